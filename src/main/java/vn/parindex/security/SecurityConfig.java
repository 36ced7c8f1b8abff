package vn.parindex.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.parindex.web.EngineRestErrors;

@Configuration
class SecurityConfig implements WebMvcConfigurer {

    /** Camunda's REST API is open by default: require HTTP Basic against the engine's users. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setName("engine-rest-authentication");
        registration.setOrder(-30);
        return registration;
    }

    /** After the engine's authentication, whose user it reads. */
    @Bean
    FilterRegistrationBean<EngineCommandGuard> engineCommandGuard(IdentityService identityService) {
        FilterRegistrationBean<EngineCommandGuard> registration =
                new FilterRegistrationBean<>(new EngineCommandGuard(identityService));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(-20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService,
                                                                      PasswordChange passwordChange) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService, null, passwordChange));
        registration.addUrlPatterns("/api/*");
        registration.setName("api-authentication");
        return registration;
    }

    /**
     * After the forgery check and the login throttle, before the engine's own authentication. All of the webapps' API:
     * the plugins of the Cockpit, Admin and Tasklist read the engine as much as its REST API does.
     */
    @Bean
    FilterRegistrationBean<EngineAccessGuard> engineAccessGuard(IdentityService identityService,
                                                                PasswordChange passwordChange) {
        FilterRegistrationBean<EngineAccessGuard> registration =
                new FilterRegistrationBean<>(new EngineAccessGuard(identityService, passwordChange));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(-40);
        return registration;
    }

    /** Health answers anyone (a load balancer); the metrics only the administrators. */
    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> metricsAuthentication(IdentityService identityService,
                                                                          PasswordChange passwordChange) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService, Roles.ADMIN, passwordChange));
        registration.addUrlPatterns("/actuator/metrics", "/actuator/metrics/*");
        registration.setName("metrics-authentication");
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Around Camunda's webapps, whose own header filter writes the nonce. */
    @Bean
    FilterRegistrationBean<CspNoncePerRequest> cspNoncePerRequest() {
        FilterRegistrationBean<CspNoncePerRequest> registration = new FilterRegistrationBean<>(new CspNoncePerRequest());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Before every password check; the Tasklist logs in at /camunda/api/admin/auth/user/default/login/{app}. */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, DeviceCookie devices,
                                                                    IdentityService identityService) {
        FilterRegistrationBean<LoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, devices, identityService));
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/actuator/*", "/camunda/api/admin/auth/user/*");
        registration.setOrder(-90);
        return registration;
    }

    /** Before authentication: a forged write is refused whoever's credentials the browser attached. */
    @Bean
    FilterRegistrationBean<AntiForgery> antiForgery() {
        FilterRegistrationBean<AntiForgery> registration = new FilterRegistrationBean<>(new AntiForgery());
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(-100);
        return registration;
    }

    /**
     * Outside the engine's authentication, so that it sees every server error of the engine's REST API, as outside tools
     * and the Camunda webapps (under /camunda/api/engine) call it.
     */
    @Bean
    FilterRegistrationBean<EngineRestErrors> engineRestErrors() {
        FilterRegistrationBean<EngineRestErrors> registration = new FilterRegistrationBean<>(new EngineRestErrors());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(-50);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == CurrentUser.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                          NativeWebRequest request, WebDataBinderFactory binderFactory) {
                return request.getAttribute(ApiAuthenticationFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            }
        });
    }
}
