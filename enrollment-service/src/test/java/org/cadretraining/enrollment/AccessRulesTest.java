package org.cadretraining.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.security.RouteAccessCheck;
import org.cadretraining.platform.security.RouteAccessCheck.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;

/** Every route of the service has an access rule and denies by default: no token is 401, no grant is 403. */
class AccessRulesTest extends EnrollmentTestSupport {
    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteHasARuleAnAnonymousCallIs401AndAUserWithoutGrantsIs403() {
        // The check covers the service's routes, not an empty list.
        assertThat(RouteAccessCheck.routes(context)).extracting(Route::pattern).contains("/api/v1/programs", "/api/v1/classes",
                "/api/v1/classes/{classId}/results", "/api/v1/nominations/{nominationId}/approve", "/api/v1/plans/{planId}/needs",
                "/api/v1/enrollments/{enrollmentId}/withdraw", "/api/v1/study-plans", "/api/v1/cadres/{cadreId}",
                "/api/v1/nominations", "/api/v1/nominations/eligibility", "/api/v1/nominations/decisions",
                "/api/v1/classes/{classId}/roster");
        RouteAccessCheck.assertEveryRouteHasARule(context);
        RouteAccessCheck.assertAnonymousCallsAre401(context, anonymous);
        RouteAccessCheck.assertUngrantedCallsAre403(context, as(user("chua.duoc.cap.quyen")));
    }

    @Test
    void aReportViewerCannotWriteAnythingHere() {
        String province = province();
        String viewer = user("xem.bao.cao");
        grant(viewer, AccessRole.REPORT_VIEWER, province);
        ApiClient reports = as(viewer);

        SoftAssertions softly = new SoftAssertions();
        List<Route> writes = RouteAccessCheck.routes(context).stream().filter(Route::isPlatformRoute)
                .filter(r -> r.method() != RequestMethod.GET).toList();
        assertThat(writes).hasSizeGreaterThan(15);
        for (Route route : writes) {
            ApiClient.Response response = route.method() == RequestMethod.DELETE ? reports.delete(route.samplePath())
                    : route.method() == RequestMethod.PUT ? reports.put(route.samplePath(), "{}")
                    : reports.post(route.samplePath(), "{}");
            softly.assertThat(response.status()).as("%s by a report viewer", route).isEqualTo(403);
        }
        softly.assertAll();

        // And on real things, with real bodies: refused, and nothing changed.
        String classId = scheduleClass(politicalTheoryProgram(), 10);
        ApiClient.Response open = reports.post("/api/v1/classes/" + classId + "/open", "");
        assertProblem(open, 403, "access-denied", null);
        assertThat(open.json().path("detail").asText()).contains("CLASSES_MANAGE");
        assertThat(api.get("/api/v1/classes/" + classId).expect(200).json().path("status").asText()).isEqualTo("SCHEDULED");
        long programs = count("program");
        assertProblem(reports.post("/api/v1/programs", java.util.Map.of("code", code(), "name", "Bồi dưỡng",
                "kind", "REFRESHER", "category", "PARTY_WORK")), 403, "access-denied", null);
        assertThat(count("program")).isEqualTo(programs);
    }
}
