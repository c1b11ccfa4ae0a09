package org.cadretraining.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.PlatformSecurityAutoConfiguration;
import org.cadretraining.platform.security.RouteAccessCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/** Every route of the service, listed from its handler mappings: each has a rule, and refuses whom it must. */
class RouteAccessTest extends RunningService {
    private static final String API_DOCS_YAML = "/v3/api-docs.yaml";
    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteHasARuleAndRefusesTheAnonymousAndTheUngranted() {
        assertEveryRouteHasARule();
        RouteAccessCheck.assertAnonymousCallsAre401(context, anonymous());
        ApiClient ungranted = as(user("no.grant"));
        // Until the grants are read at start-up every route answers 503; then a user without one is refused.
        await().atMost(Duration.ofSeconds(60)).until(() -> ungranted.get("/api/v1/units").status() == 403);
        RouteAccessCheck.assertUngrantedCallsAre403(context, ungranted);
    }

    /**
     * {@link RouteAccessCheck#assertEveryRouteHasARule}, but for one framework route: springdoc's YAML description
     * ({@value #API_DOCS_YAML}) is not among the chain's public paths (those list {@code /v3/api-docs} and
     * {@code /v3/api-docs/**} only), so it falls under "any signed-in caller". It describes the API, as the public JSON
     * does; the shared check should list it as public (a change to platform-support), and this copy then goes.
     */
    private void assertEveryRouteHasARule() {
        PathPatternParser parser = new PathPatternParser();
        List<String> unruled = RouteAccessCheck.routes(context).stream()
                .filter(r -> r.isPlatformRoute() ? r.rule() == null : Arrays.stream(PlatformSecurityAutoConfiguration.PUBLIC_PATHS)
                        .noneMatch(p -> parser.parse(p).matches(PathContainer.parsePath(r.samplePath()))))
                .map(RouteAccessCheck.Route::toString).toList();
        assertThat(unruled).singleElement().asString().startsWith("GET " + API_DOCS_YAML + " ");
        anonymous().get(API_DOCS_YAML).expect(401);
    }

    /** The rules themselves, so that a changed rule is a deliberate change here too. */
    @Test
    void theRulesAreTheOnesTheRolesNeed() {
        Map<String, String> rules = new TreeMap<>();
        RouteAccessCheck.routes(context).stream().filter(RouteAccessCheck.Route::isPlatformRoute)
                .forEach(r -> rules.put(r.method() + " " + r.pattern(), describe(r.rule())));
        String reports = "REPORTS_READ";
        assertThat(rules).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("GET /api/v1/units/{unitId}/progress", reports),
                Map.entry("GET /api/v1/units", reports),
                Map.entry("GET /api/v1/targets", reports),
                Map.entry("GET /api/v1/targets/{targetId}", reports),
                Map.entry("POST /api/v1/targets", "TARGETS_MANAGE"),
                Map.entry("DELETE /api/v1/targets/{targetId}", "TARGETS_MANAGE"),
                Map.entry("GET /api/v1/classes/statistics", reports),
                Map.entry("GET /api/v1/plans/{planId}/fulfilment", reports),
                Map.entry("GET /api/v1/cadres/{cadreId}/record", "PERSON_READ"),
                Map.entry("GET /api/v1/dashboard/cadres", "PERSON_READ"),
                Map.entry("GET /api/v1/dashboard/plans", reports),
                Map.entry("GET /api/v1/dashboard/labels", reports),
                Map.entry("GET /api/v1/dashboard/events", reports),
                Map.entry("GET /api/v1/exports/units/{unitId}/progress.{format}", reports),
                Map.entry("GET /api/v1/exports/targets.{format}", reports),
                Map.entry("GET /api/v1/exports/classes/statistics.{format}", reports),
                Map.entry("GET /api/v1/exports/plans/{planId}/fulfilment.{format}", reports),
                Map.entry("GET /api/v1/exports/cadres/{cadreId}/record.{format}", "PERSON_READ"),
                Map.entry("GET /internal/v1/stores/{store}", "scope reporting.stores"),
                Map.entry("GET /internal/v1/stores/{store}/all", "scope reporting.stores"),
                Map.entry("GET /internal/v1/stores/{store}/prefixed", "scope reporting.stores"),
                Map.entry("GET /api/v1/access-log", "ACCESS_LOG_READ")));
    }

    private static String describe(Access rule) {
        if (rule == null) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        Arrays.stream(rule.value()).forEach(p -> text.append(text.isEmpty() ? "" : " or ").append(p));
        Arrays.stream(rule.scopes()).forEach(s -> text.append(text.isEmpty() ? "" : " or ").append("scope ").append(s));
        if (rule.anyGrant()) {
            text.append(text.isEmpty() ? "" : " or ").append("any grant");
        }
        if (rule.anyUser()) {
            text.append(text.isEmpty() ? "" : " or ").append("any user");
        }
        return text.toString();
    }
}
