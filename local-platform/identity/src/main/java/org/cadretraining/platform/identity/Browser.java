package org.cadretraining.platform.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client that behaves as a browser does where sign-in is concerned: it keeps cookies (by name, for one host),
 * asks for HTML, and follows redirects one by one so that each step can be seen. {@link #signIn} goes through an
 * application's sign-in, filling in the identity provider's login form on the way.
 */
public final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final String ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    // Cookies kept by hand: java.net.CookieManager does not match cookies of a host without a dot (localhost).
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** A request as a page would send it, with this browser's cookies; redirects are not followed. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String value = pair.substring(eq + 1).strip();
                    if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                        cookies.remove(pair.substring(0, eq).strip());
                    } else {
                        cookies.put(pair.substring(0, eq).strip(), value);
                    }
                }
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach " + request.build().uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page: GET asking for HTML. */
    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", ACCEPT_HTML).GET());
    }

    /** A form post. */
    public HttpResponse<String> postForm(String url, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", ACCEPT_HTML)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** Follows redirects from {@code response} until a page that is not one; returns that page. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        return follow(response, null);
    }

    /** Follows redirects, but not one to an address starting with {@code stopAt}: that redirect is returned. */
    private HttpResponse<String> follow(HttpResponse<String> response, String stopAt) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 20 && isRedirect(current); hops++) {
            String next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow()).toString();
            if (stopAt != null && next.startsWith(stopAt)) {
                return current;
            }
            current = get(next);
        }
        return current;
    }

    /**
     * Opens {@code startUrl} and follows the application's sign-in: where it lands on the provider's login form, fills
     * it in. Returns the page the application shows once the user is signed in.
     */
    public HttpResponse<String> signIn(String startUrl, String username, String password) {
        return signIn(startUrl, username, password, null);
    }

    /** As {@link #signIn(String, String, String)}, stopping at the redirect to {@code stopAt} (a native client's callback). */
    public HttpResponse<String> signIn(String startUrl, String username, String password, String stopAt) {
        HttpResponse<String> page = follow(get(startUrl), stopAt);
        Matcher csrf = CSRF.matcher(page.body());
        if (!page.uri().getPath().endsWith("/login") || !csrf.find()) {
            throw new IllegalStateException("Expected the provider's login form, got " + page.statusCode() + " at " + page.uri());
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        HttpResponse<String> posted = postForm(page.uri().toString(), Map.of("username", username, "password", password, "_csrf", token));
        String next = posted.headers().firstValue("Location").orElse("");
        if (next.contains("error")) {
            throw new IllegalStateException("The provider refused the sign-in of " + username);
        }
        return follow(posted, stopAt);
    }

    static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() / 100 == 3 && response.headers().firstValue("Location").isPresent();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
