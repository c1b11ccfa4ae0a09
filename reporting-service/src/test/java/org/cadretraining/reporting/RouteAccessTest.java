package org.cadretraining.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.RouteAccessCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every route of the service, listed from its handler mappings: each has a rule, and refuses whom it must. */
class RouteAccessTest extends RunningService {
    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteHasARuleAndRefusesTheAnonymousAndTheUngranted() {
        RouteAccessCheck.assertEveryRouteHasARule(context);
        RouteAccessCheck.assertAnonymousCallsAre401(context, anonymous());
        ApiClient ungranted = as(user("no.grant"));
        // Until the grants are read at start-up every route answers 503; then a user without one is refused.
        await().atMost(Duration.ofSeconds(60)).until(() -> ungranted.get("/api/v1/units").status() == 403);
        RouteAccessCheck.assertUngrantedCallsAre403(context, ungranted);
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
