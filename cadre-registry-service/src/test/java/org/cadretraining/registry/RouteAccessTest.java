package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.cadretraining.platform.security.RouteAccessCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every route the registry maps has an access rule; without a token it is 401, without a grant 403. */
class RouteAccessTest extends RegistryIntegrationTest {
    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteHasARuleRefusesAnonymousCallersAndUsersWithoutAGrant() {
        assertThat(RouteAccessCheck.routes(context)).extracting(RouteAccessCheck.Route::pattern)
                .contains("/api/v1/cadres/{cadreId}", "/api/v1/access/grants", "/api/v1/cadre-facts/{cadreId}",
                        "/api/v1/access-log");
        RouteAccessCheck.assertEveryRouteHasARule(context);
        RouteAccessCheck.assertAnonymousCallsAre401(context, anonymous());
        RouteAccessCheck.assertUngrantedCallsAre403(context, as(user("chua.duoc.cap.quyen")));
    }

    @Test
    void anIdentityInAHeaderIsNoIdentity() {
        assertThat(anonymous().withHeader("X-Acting-User", ADMIN).get("/api/v1/units").status()).isEqualTo(401);
        assertThat(anonymous().get("/api/v1/cadres?actingUser=" + ADMIN).status()).isEqualTo(401);
    }

    @Test
    void aUserWithoutGrantsStillLearnsWhoTheyAreAndThatTheyHoldNothing() {
        String subject = user("moi.vao");
        var me = as(subject).get("/api/v1/access/me").expect(200).json();
        assertThat(me.path("subject").asText()).isEqualTo(subject);
        assertThat(me.path("platformAdministrator").asBoolean()).isFalse();
        assertThat(me.path("grants")).isEmpty();
        assertThat(me.path("permissions").properties()).isEmpty();
    }
}
