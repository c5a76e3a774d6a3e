package org.dualcarbon.common.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The platform's REST API as the command-line tools call it (device simulator, ledger verification): one account with
 * HTTP Basic, JSON answers; anything but 200 is an error that names the call, the status and the answer's text.
 */
public final class PlatformApiClient {

    private final URI platform;
    private final String authorization;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public PlatformApiClient(URI platform, String user, String password) {
        this.platform = platform;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code method path} (no body) and its JSON answer. */
    public JsonNode call(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(platform.resolve(path)).header("Authorization", authorization)
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}
