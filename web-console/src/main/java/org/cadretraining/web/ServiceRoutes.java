package org.cadretraining.web;

import static org.cadretraining.web.ServiceRoutes.Prefixes.ENROLLMENT;
import static org.cadretraining.web.ServiceRoutes.Prefixes.REGISTRY;
import static org.cadretraining.web.ServiceRoutes.Prefixes.REPORTING;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.stripPrefix;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions.tokenRelay;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The services behind one origin: {@code /registry/api/v1/…} goes to the registry's {@code /api/v1/…}, and so on, with
 * the signed-in user's access token in place of the browser's cookies (Spring Cloud Gateway's token relay; the token
 * is refreshed here when it expires). Live updates (server-sent events) stream through.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {
    /** The first path segment that names the service. */
    static final class Prefixes {
        static final String REGISTRY = "/registry";
        static final String ENROLLMENT = "/enrollment";
        static final String REPORTING = "/reporting";

        private Prefixes() {
        }
    }

    @Bean
    RouterFunction<ServerResponse> registryRoute(@Value("${web.services.registry}") String registry) {
        return relay("registry", REGISTRY, registry);
    }

    @Bean
    RouterFunction<ServerResponse> enrollmentRoute(@Value("${web.services.enrollment}") String enrollment) {
        return relay("enrollment", ENROLLMENT, enrollment);
    }

    @Bean
    RouterFunction<ServerResponse> reportingRoute(@Value("${web.services.reporting}") String reporting) {
        return relay("reporting", REPORTING, reporting);
    }

    private static RouterFunction<ServerResponse> relay(String id, String prefix, String target) {
        return route(id)
                .route(path(prefix + "/api/**"), http())
                .before(uri(target))
                .before(stripPrefix(1))
                // The session and CSRF cookies are this application's; the services get the bearer token only.
                .before(removeRequestHeader("Cookie"))
                .before(removeRequestHeader("X-XSRF-TOKEN"))
                .filter(tokenRelay())
                .build();
    }
}
