package vn.parindex.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A Camunda Tasklist session logged in as a browser does (XSRF cookie, then form login). */
public record TasklistSession(int port, String cookie, String xsrfToken) {

    /**
     * One login at the Tasklist's form by a browser holding these cookies (e.g. a device cookie), from this client
     * address (forwarded by a local proxy the server trusts) or, if null, from the test's own.
     */
    public record Attempt(HttpResponse<String> response, HttpClient client, CookieManager cookies) {

        public static Attempt of(int port, String user, String password, String address, List<HttpCookie> held) {
            CookieManager cookies = new CookieManager();
            URI base = URI.create("http://localhost:" + port);
            held.forEach(c -> cookies.getCookieStore().add(base, c));
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
            try {
                client.send(from(HttpRequest.newBuilder(base.resolve("/camunda/app/tasklist/default/")), address).build(),
                        HttpResponse.BodyHandlers.discarding());
                HttpResponse<String> login = client.send(from(HttpRequest.newBuilder(
                                base.resolve("/camunda/api/admin/auth/user/default/login/tasklist")), address)
                        .header("X-XSRF-TOKEN", xsrf(cookies)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Attempt(login, client, cookies);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The device cookie the browser holds after this attempt, if any. */
        public Optional<HttpCookie> deviceCookie() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().startsWith("par-device-")).findFirst();
        }

        private static HttpRequest.Builder from(HttpRequest.Builder request, String address) {
            return address == null ? request : request.header("X-Forwarded-For", address);
        }
    }

    public static TasklistSession login(int port, String user, String password) {
        Attempt login = Attempt.of(port, user, password, null, List.of());
        if (login.response().statusCode() != 200) {
            throw new IllegalStateException("Tasklist login failed: " + login.response().statusCode() + " "
                    + login.response().body());
        }
        try {
            // the session is renewed at login; its first request gets the new anti-forgery token, as the Tasklist's does
            login.client().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/api/engine/engine/"))
                    .build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String cookie = login.cookies().getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return new TasklistSession(port, cookie, xsrf(login.cookies()));
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
