package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** One route, however its path is spelt; a path routers may read differently has none. */
class RoutedPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/user/u1/credentials", "/engine-rest/user/u1/credentials;x=1",
            "/engine-rest;a=b/user;x=1/u1;y=2/credentials;z", "/engine-rest//user/u1//credentials/",
            "/engine-rest/user/u1/%63redentials", "/engine-rest/%75ser/u1/credentials;jsessionid=1"})
    void matrixParametersEncodingAndEmptySegmentsDoNotChangeTheRoute(String uri) {
        assertThat(RoutedPath.of(new MockHttpServletRequest("PUT", uri))).hasValue("/engine-rest/user/u1/credentials");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/user/u1%2Fcredentials", "/engine-rest/user/u1%2fcredentials",
            "/engine-rest/user/u1%5Ccredentials", "/engine-rest/task/../user/u1/credentials",
            "/engine-rest/./user/u1/credentials", "/engine-rest/x/%2e%2e/user/u1/credentials",
            "/engine-rest/user/u1/credentials%zz"})
    void aPathRoutersMayReadDifferentlyHasNoRoute(String uri) {
        assertThat(RoutedPath.of(new MockHttpServletRequest("PUT", uri))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/engine-rest/task/1/claim, false, task/1/claim",
            "/engine-rest/engine/default/Task/1/Claim, false, task/1/claim",
            "/camunda/api/engine/engine/default/message, true, message", "/camunda/api/engine/engine, true, engine",
            "/engine-rest/engine/default, false, ''", "/engine-rest, false, ''"})
    void theEngineResourceIsTheSameForEitherApiAndEveryEngineName(String path, boolean webapps, String resource) {
        assertThat(EngineResource.of(path)).hasValue(new EngineResource(webapps, resource));
    }
}
