package vn.parindex.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * OWASP's device cookie: after a successful login at the Tasklist's form the browser gets a signed cookie naming the
 * login, and a later login of that name presenting it is spared the waits strangers cause ({@link LoginThrottle}).
 * One cookie per login (a shared office computer keeps each user's), sent only to the login form. It authenticates
 * nobody: the password is still checked. The key is shared by the nodes ({@link SharedSecrets}).
 */
@Component
class DeviceCookie {

    static final String PREFIX = "par-device-";
    static final Duration LIFETIME = Duration.ofDays(365);
    private static final String KEY = "device-cookie";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SharedSecrets secrets;

    DeviceCookie(SharedSecrets secrets) {
        this.secrets = secrets;
    }

    /** The device the request's cookie proves this login logged in from before; empty without a valid, unexpired one. */
    Optional<String> of(HttpServletRequest request, String login) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        String name = name(login);
        return Arrays.stream(cookies).filter(c -> c.getName().equals(name)).map(Cookie::getValue)
                .map(value -> value.split("\\.")).filter(parts -> parts.length == 3)
                .filter(parts -> parts[1].matches("[0-9]{1,18}") && Long.parseLong(parts[1]) > System.currentTimeMillis() / 1000)
                .filter(parts -> MessageDigest.isEqual(parts[2].getBytes(StandardCharsets.US_ASCII),
                        signature(login, parts[0], parts[1]).getBytes(StandardCharsets.US_ASCII)))
                .map(parts -> parts[0]).findFirst();
    }

    /** A new cookie for this login, on the answer to his successful login at the form. */
    void issue(HttpServletRequest request, HttpServletResponse response, String login) {
        // the form's path as routed: a raw URI may spell it otherwise (login;x=1/tasklist), which no cookie path matches
        String form = RoutedPath.of(request).filter(path -> path.contains("/login/")).orElse(null);
        if (form == null) {
            return;
        }
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String device = BASE64.encodeToString(id);
        String expires = String.valueOf(System.currentTimeMillis() / 1000 + LIFETIME.toSeconds());
        ResponseCookie cookie = ResponseCookie.from(name(login), device + "." + expires + "." + signature(login, device, expires))
                .httpOnly(true).secure(request.isSecure()).sameSite("Lax").maxAge(LIFETIME)
                .path(request.getContextPath() + form.substring(0, form.indexOf("/login/") + "/login".length())).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** Named by a digest of the login: any login makes a valid cookie name, and one user's cookie leaves the others'. */
    private static String name(String login) {
        return PREFIX + HexFormat.of().formatHex(digest(login)).substring(0, 16);
    }

    private String signature(String login, String device, String expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get(KEY), "HmacSHA256"));
            return BASE64.encodeToString(mac.doFinal((login + "\n" + device + "\n" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] digest(String login) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(login.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
