package vn.parindex.support;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A plain HTTP client against the running test server: with HTTP Basic as an outside tool (which sends
 * {@code X-Requested-With}, as the README tells tools to), or with a session cookie as a browser page (which adds the
 * header per request, as the app's forms do).
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final int port;
    private final String authorization;
    private final String cookie;
    private final boolean antiForgeryHeader;
    private final String forwardedFor;

    private Http(int port, String authorization, String cookie, boolean antiForgeryHeader, String forwardedFor) {
        this.port = port;
        this.authorization = authorization;
        this.cookie = cookie;
        this.antiForgeryHeader = antiForgeryHeader;
        this.forwardedFor = forwardedFor;
    }

    public static Http anonymous(int port) {
        return new Http(port, null, null, false, null);
    }

    public static Http as(int port, String user, String password) {
        return new Http(port, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)), null, true, null);
    }

    public static Http withCookie(int port, String cookie) {
        return new Http(port, null, cookie, false, null);
    }

    /** The same credentials sent as a cross-site form would send them: without {@code X-Requested-With}. */
    public Http withoutAntiForgeryHeader() {
        return new Http(port, authorization, cookie, false, forwardedFor);
    }

    /** The same requests as if from this client address, forwarded by a local proxy the server trusts. */
    public Http from(String address) {
        return new Http(port, authorization, cookie, antiForgeryHeader, address);
    }

    public HttpResponse<String> get(String path) {
        return send(builder(path).GET());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(builder(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A download as a stream, for a caller that reads it without keeping it whole. */
    public HttpResponse<InputStream> stream(String path) {
        return send(builder(path).GET(), HttpResponse.BodyHandlers.ofInputStream());
    }

    public HttpResponse<String> json(String method, String path, String body, String... headers) {
        return send(jsonRequest(method, path, body, headers));
    }

    /** The same, the answer kept as bytes: to compare with its Content-Length. */
    public HttpResponse<byte[]> jsonForBytes(String method, String path, String body, String... headers) {
        return send(jsonRequest(method, path, body, headers), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder jsonRequest(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = builder(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        for (int i = 0; i < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return b;
    }

    /** A multipart/form-data upload of one file plus text fields given as name, value pairs. */
    public HttpResponse<String> upload(String path, String fileName, byte[] content, String... fields) {
        return upload(path, fileName, HttpRequest.BodyPublishers.ofByteArray(content), fields);
    }

    /** The same, streaming the file's content from disk. */
    public HttpResponse<String> upload(String path, String fileName, Path content, String... fields) {
        try {
            return upload(path, fileName, HttpRequest.BodyPublishers.ofFile(content), fields);
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An upload whose answer is a file (a workbook). */
    public HttpResponse<byte[]> uploadForBytes(String path, String fileName, byte[] content) {
        return send(multipart(path, fileName, HttpRequest.BodyPublishers.ofByteArray(content)),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * A multipart/form-data request of text fields (name, value pairs) and any number of files (name to content), each
     * in a part named {@code filePart}, as a browser's FormData sends them.
     */
    public HttpResponse<String> form(String path, String filePart, Map<String, byte[]> files, String... fields) {
        return send(multipart(path, files.entrySet().stream().map(f -> new FilePart(filePart, f.getKey(),
                HttpRequest.BodyPublishers.ofByteArray(f.getValue()))).toList(), fields));
    }

    private HttpResponse<String> upload(String path, String fileName, HttpRequest.BodyPublisher content, String... fields) {
        return send(multipart(path, fileName, content, fields));
    }

    private record FilePart(String name, String fileName, HttpRequest.BodyPublisher content) {
    }

    private HttpRequest.Builder multipart(String path, String fileName, HttpRequest.BodyPublisher content, String... fields) {
        return multipart(path, List.of(new FilePart("file", fileName, content)), fields);
    }

    private HttpRequest.Builder multipart(String path, List<FilePart> files, String... fields) {
        String boundary = "----par" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fields[i])
                    .append("\"\r\n\r\n").append(fields[i + 1]).append("\r\n");
        }
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>(List.of(HttpRequest.BodyPublishers.ofString(head.toString(), StandardCharsets.UTF_8)));
        for (FilePart file : files) {
            parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + file.name() + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n",
                    StandardCharsets.UTF_8));
            parts.add(file.content());
            parts.add(HttpRequest.BodyPublishers.ofString("\r\n"));
        }
        parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n"));
        return builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new)));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (antiForgeryHeader) {
            b.header("X-Requested-With", "par-index-tests");
        }
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return b;
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) {
        return send(b, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder b, HttpResponse.BodyHandler<T> handler) {
        try {
            return CLIENT.send(b.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
