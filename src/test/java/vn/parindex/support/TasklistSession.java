package vn.parindex.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

/** A Camunda Tasklist session logged in as a browser does (XSRF cookie, then form login). */
public record TasklistSession(int port, String cookie, String xsrfToken) {

    public static TasklistSession login(int port, String user, String password) {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        try {
            client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(
                            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("X-XSRF-TOKEN", xsrf(cookies)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 200) {
                throw new IllegalStateException("Tasklist login failed: " + login.statusCode() + " " + login.body());
            }
            // the session is renewed at login; its first request gets the new anti-forgery token, as the Tasklist's does
            client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            String cookie = cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            return new TasklistSession(port, cookie, xsrf(cookies));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The anti-forgery token, which the Tasklist renews at login. */
    private static String xsrf(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();
    }

    /** Requests with the session's cookie only, as a page of the app sends them. */
    public Http http() {
        return Http.withCookie(port, cookie);
    }

    /** A JSON POST to the Tasklist's own API, with the anti-forgery token the Tasklist sends. */
    public HttpResponse<String> post(String path, String body) {
        return http().json("POST", path, body, "X-XSRF-TOKEN", xsrfToken);
    }
}
