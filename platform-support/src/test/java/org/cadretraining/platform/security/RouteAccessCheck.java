package org.cadretraining.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Lists every route a service's context maps and checks its access rule: each platform route has one, an anonymous
 * call is 401, a signed-in user without grants is 403. A new route without a rule fails the build here. Routes of
 * the framework (API docs, the error page) must be among the public paths of the security chain.
 */
public final class RouteAccessCheck {
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    private RouteAccessCheck() {
    }

    /** One method and path a handler answers. */
    public record Route(RequestMethod method, String pattern, HandlerMethod handler, Access rule) {
        /** The path with every variable filled in: an id that names nothing, or a format the route knows. */
        public String samplePath() {
            Matcher m = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                String value = m.group(1).equals("format") ? "csv" : UUID.randomUUID().toString();
                m.appendReplacement(path, value);
            }
            m.appendTail(path);
            return path.toString();
        }

        public boolean isPlatformRoute() {
            return handler.getBeanType().getName().startsWith(AccessInterceptor.PLATFORM_PACKAGE);
        }

        @Override
        public String toString() {
            return method + " " + pattern + " (" + handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName() + ")";
        }
    }

    public static List<Route> routes(ApplicationContext context) {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
                for (String pattern : entry.getKey().getPatternValues()) {
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        routes.add(new Route(method, pattern, entry.getValue(), AccessInterceptor.ruleOf(entry.getValue())));
                    }
                }
            }
        }
        return routes;
    }

    /** Every platform route has a rule; every other route is one of the chain's public paths. */
    public static void assertEveryRouteHasARule(ApplicationContext context) {
        List<Route> routes = routes(context);
        assertThat(routes).as("the service maps no route at all").isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes) {
            if (route.isPlatformRoute()) {
                softly.assertThat(route.rule()).as("%s has no @Access rule", route).isNotNull();
            } else {
                softly.assertThat(isPublic(route.pattern())).as("%s is a framework route outside the public paths", route).isTrue();
            }
        }
        softly.assertAll();
    }

    /** Every platform route answers 401 to a call without a token. */
    public static void assertAnonymousCallsAre401(ApplicationContext context, ApiClient anonymous) {
        SoftAssertions softly = new SoftAssertions();
        for (Route route : platformRoutes(context)) {
            softly.assertThat(call(anonymous, route).status()).as("%s without a token", route).isEqualTo(401);
        }
        softly.assertAll();
    }

    /** Every platform route but those for any signed-in user answers 403 to a user with no grant. */
    public static void assertUngrantedCallsAre403(ApplicationContext context, ApiClient ungranted) {
        SoftAssertions softly = new SoftAssertions();
        for (Route route : platformRoutes(context)) {
            if (route.rule() != null && route.rule().anyUser()) {
                continue;
            }
            softly.assertThat(call(ungranted, route).status()).as("%s by a user without grants", route).isEqualTo(403);
        }
        softly.assertAll();
    }

    private static List<Route> platformRoutes(ApplicationContext context) {
        return routes(context).stream().filter(Route::isPlatformRoute).toList();
    }

    private static ApiClient.Response call(ApiClient api, Route route) {
        String path = route.samplePath();
        return switch (route.method()) {
            case GET -> api.get(path);
            case DELETE -> api.delete(path);
            case PUT -> api.put(path, "{}");
            default -> api.post(path, "{}");
        };
    }

    private static boolean isPublic(String pattern) {
        PathPatternParser parser = new PathPatternParser();
        String sample = VARIABLE.matcher(pattern).replaceAll("x");
        return PlatformSecurityAutoConfiguration.PUBLIC_PATHS.stream()
                .anyMatch(p -> parser.parse(p).matches(PathContainer.parsePath(sample)));
    }
}
