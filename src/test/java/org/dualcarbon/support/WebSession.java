package org.dualcarbon.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client session against the running platform: cookies, our form login, and plain or Basic-
 * authenticated calls. Needed where MockMvc cannot go — the engine REST API and the Camunda webapps are
 * served by their own servlets.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Logs in through our login page; returns where the platform sent the browser. */
    public String login(String username, String password) {
        HttpResponse<String> response = postForm("/login", List.of(Map.entry("username", username),
                Map.entry("password", password), Map.entry("_csrf", csrfToken("/login"))));
        String location = response.headers().firstValue("Location").orElse("");
        if (DemoSecondFactor.required(username) && !location.contains("/login?error")) {
            // the second step of the roles that need a second factor: the demo account's authenticator code
            HttpResponse<String> second = postForm("/login/otp", List.of(Map.entry("code", DemoSecondFactor.nextLoginCode(username)),
                    Map.entry("_csrf", csrfToken("/login/otp"))));
            location = second.headers().firstValue("Location").orElse("");
        }
        return location;
    }

    /** The CSRF token a page of this session carries (every signed-in page has one in its logout form). */
    public String csrfToken(String path) {
        Matcher token = CSRF.matcher(get(path).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        return token.group(1);
    }

    /** Posts a form as a browser does: fields in order, a repeated name once per value. Redirects are not followed. */
    public HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> fields) {
        String form = fields.stream().map(f -> enc(f.getKey()) + "=" + enc(f.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Posts one file and plain fields as multipart/form-data, as a browser's upload form does. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
                                              byte[] content) {
        String boundary = "----dc" + Long.toHexString(System.nanoTime());
        byte[] body = multipart(boundary, fields, fileField, fileName, content);
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static byte[] multipart(String boundary, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,application/json").GET().build());
    }

    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET().build());
    }

    /** A call with HTTP Basic credentials and no session, as an API client makes it. */
    public HttpResponse<String> basic(String method, String path, String username, String password, String jsonBody) {
        return basic(method, path, username, password, jsonBody, "application/json");
    }

    public HttpResponse<String> basic(String method, String path, String username, String password, String jsonBody,
                                      String accept) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + credentials).header("Accept", accept);
        if (DemoSecondFactor.required(username)) {
            request.header(org.dualcarbon.security.SecondFactor.HEADER, DemoSecondFactor.currentCode());
        }
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        return HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).join();
    }

    /** Any call inside this session: method, body and content type as given (no CSRF token is added). */
    public HttpResponse<String> call(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request.build());
    }

    /** A multipart upload with HTTP Basic credentials and no session, as an API client sends a file. */
    public HttpResponse<String> basicMultipart(String path, String username, String password, Map<String, String> fields,
                                               String fileField, String fileName, byte[] content) {
        String boundary = "----dc" + Long.toHexString(System.nanoTime());
        byte[] body = multipart(boundary, fields, fileField, fileName, content);
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json").header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (DemoSecondFactor.required(username)) {
            builder.header(org.dualcarbon.security.SecondFactor.HEADER, DemoSecondFactor.currentCode());
        }
        HttpRequest request = builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString()).join();
    }

    /** The value of one of this session's cookies, or null. */
    public String cookie(String name) {
        return client.cookieHandler().map(h -> ((CookieManager) h).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst().orElse(null)).orElse(null);
    }

    /** A GET with HTTP Basic outside any session and exactly the second-factor header given (none when null). */
    public HttpResponse<String> anonymousBasic(String path, String username, String password, String code) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json");
        if (code != null) {
            request.header(org.dualcarbon.security.SecondFactor.HEADER, code);
        }
        return HttpClient.newHttpClient().sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofString()).join();
    }

    /** An anonymous call outside any session. */
    public HttpResponse<String> anonymous(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString()).join();
    }

    /** A JSON call inside this session, with the Camunda webapps' CSRF header taken from its cookie. */
    public HttpResponse<String> camundaApi(String method, String path, String jsonBody) {
        String xsrf = client.cookieHandler().map(h -> ((CookieManager) h).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue).findFirst().orElse(""))
                .orElse("");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("X-XSRF-TOKEN", xsrf);
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
