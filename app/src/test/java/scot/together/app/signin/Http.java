package scot.together.app.signin;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import scot.together.app.support.Response;

/** Requests with the headers the support's Api does not send: a proxy's, a bearer token, a session's cookie. */
final class Http {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Http(URI base) {
        this.base = base;
    }

    HttpRequest.Builder to(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Response get(String path, String... headers) {
        return send(to(path, headers).GET());
    }

    Response postJson(String path, String json, String... headers) {
        return send(to(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sign-in page's session, as a browser keeps it: its cookie and its CSRF token. */
    final class PageSession {
        private final String[] proxy;
        private String cookie;
        private String csrf;

        PageSession(String... proxyHeaders) {
            this.proxy = proxyHeaders;
            Response page = Http.this.get("/sign-in", proxyHeaders);
            cookie = sessionCookie(page);
            Matcher token = CSRF.matcher(page.body());
            if (cookie == null || !token.find()) {
                throw new AssertionError("The sign-in page gave no session or no CSRF token");
            }
            csrf = token.group(1);
        }

        /** Posts the sign-in form; the answer is a redirect. */
        Response signIn(String user, String password) {
            String form = Map.of("username", user, "password", password, "_csrf", csrf).entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            Response answer = send(to("/sign-in", proxy).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            String renewed = sessionCookie(answer);
            if (renewed != null) {
                cookie = renewed;
            }
            return answer;
        }

        Response get(String path) {
            String[] headers = new String[proxy.length + 2];
            System.arraycopy(proxy, 0, headers, 0, proxy.length);
            headers[proxy.length] = "Cookie";
            headers[proxy.length + 1] = cookie;
            return Http.this.get(path, headers);
        }
    }

    /** The session cookie a response sets, as name=value; null when it sets none. */
    static String sessionCookie(Response response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElse(null);
    }
}
