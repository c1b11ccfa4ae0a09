package org.cadretraining.faults.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.awaitility.Awaitility;
import org.cadretraining.faults.faults.FaultContext.OutboxHold;
import org.cadretraining.faults.load.Province;
import org.cadretraining.faults.platform.FaultPlatform;
import org.cadretraining.faults.platform.Officials.Official;
import org.cadretraining.faults.platform.ServiceClient;
import org.cadretraining.faults.platform.ServiceClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry down while units nominate cadres that enrollment's replica has not heard of yet. To have such cadres,
 * the registry's outbox is held (its relay blocked on its lease row) while they are registered; then the registry is
 * killed. Enrollment cannot look them up: each nomination must be refused with 503 and Retry-After, change nothing, and
 * succeed once the registry is back, whether by its API or by the events its outbox sends then.
 */
public final class RegistryDownDuringNominations implements Fault {
    private static final int CADRES = 6;

    @Override
    public String name() {
        return "the registry down during nominations";
    }

    @Override
    public String description() {
        return CADRES + " cadres are registered while the registry's outbox is held, so that enrollment's replica has not "
                + "heard of them; the registry is killed; they are nominated (503 with Retry-After expected), then again "
                + "once it is back (201 expected).";
    }

    @Override
    public void inject(FaultContext context) throws Exception {
        FaultPlatform platform = context.platform();
        ServiceClient enrollment = platform.enrollmentApi();
        Province province = context.province();
        String classId = province.scheduleClass(enrollment, province.programs().get(0), "Khóa dự phòng", 60);
        assertThat(classId).as("a class for the nominations").isNotNull();
        context.awaitLoad(20, Duration.ofSeconds(60));
        List<String> unknown = new ArrayList<>();
        try (OutboxHold held = context.holdOutbox(platform.registryDatabase())) {
            Awaitility.await("cadres registered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> registered(context, unknown, CADRES));
            for (String cadreId : unknown) {
                assertThat(enrollment.get(Official.UNIT, "read replica", "/api/v1/cadres/" + cadreId).status())
                        .as("enrollment's replica has not heard of " + cadreId).isEqualTo(404);
            }
            platform.registry().kill();
            // Its relay's renewal of the lease, waiting on the held row, dies with it.
            held.endSessionsWaitingOnIt();
        }
        Instant down = Instant.now();
        List<Reply> refusals = new ArrayList<>();
        for (String cadreId : unknown) {
            refusals.add(nominate(enrollment, cadreId, classId));
        }
        assertThat(refusals).as("nominations of cadres enrollment cannot look up while the registry is down")
                .allSatisfy(reply -> {
                    assertThat(reply.status()).as(reply.body()).isEqualTo(503);
                    assertThat(reply.retryAfter()).as("Retry-After").isTrue();
                });
        context.note("nominations refused with 503 + Retry-After", refusals.size());
        platform.registry().startAndAwait(FaultPlatform.START_UP);
        Instant back = Instant.now();
        context.note("registry down for", Duration.between(down, back).toMillis() + " ms");
        Set<String> pending = new HashSet<>(unknown);
        Awaitility.await("the nominations once the registry is back").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    for (String cadreId : List.copyOf(pending)) {
                        Reply reply = nominate(enrollment, cadreId, classId);
                        if (reply.status() == 201) {
                            pending.remove(cadreId);
                        } else if (reply.status() != 503) {
                            throw new AssertionError("A nomination after the registry came back: " + reply.status() + " " + reply.body());
                        }
                    }
                    return pending.isEmpty();
                });
        context.note("all nominated within", Duration.between(back, Instant.now()).toMillis() + " ms of the registry being ready");
    }

    /** Registers one more cadre through the load's officials; whether {@code into} holds {@code count} now. */
    static boolean registered(FaultContext context, List<String> into, int count) {
        String cadreId = context.load().register();
        if (cadreId != null) {
            into.add(cadreId);
        }
        return into.size() >= count;
    }

    private static Reply nominate(ServiceClient enrollment, String cadreId, String classId) {
        return enrollment.post(Official.UNIT, "nominate (registry down)", "/api/v1/nominations",
                Map.of("cadreId", cadreId, "classId", classId));
    }
}
