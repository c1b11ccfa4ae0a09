package org.cadretraining.faults.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.cadretraining.faults.load.Province;
import org.cadretraining.faults.platform.Officials.Official;
import org.cadretraining.faults.platform.ServiceClient;
import org.cadretraining.faults.platform.ServiceClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Province-stage approvals racing for a class's last seats, all released at once while the load runs: exactly as many
 * cadres are enrolled as the class has seats, the others are waitlisted in distinct positions, and no one gets a 5xx.
 */
public final class LastSeatRace implements Fault {
    private static final int NOMINEES = 15;

    @Override
    public String name() {
        return "approvals racing for a class's last seats";
    }

    @Override
    public String description() {
        return NOMINEES + " nominations approved at unit level are approved at province level all at once, for a class of "
                + "5 seats.";
    }

    @Override
    public void inject(FaultContext context) throws Exception {
        Province province = context.province();
        ServiceClient enrollment = context.platform().enrollmentApi();
        Province.Program program = province.raceProgram();
        String classId = province.scheduleClass(enrollment, program, "Khóa 1", program.capacity());
        assertThat(classId).isNotNull();
        List<String> cadres = new ArrayList<>();
        Awaitility.await("cadres registered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> RegistryDownDuringNominations.registered(context, cadres, NOMINEES));
        Awaitility.await("the nominees in enrollment's replica").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> cadres.stream().allMatch(id -> enrollment.get(Official.UNIT, "read replica", "/api/v1/cadres/" + id).ok()));
        List<String> nominations = new ArrayList<>();
        for (String cadreId : cadres) {
            String nominationId = enrollment.post(Official.UNIT, "nominate", "/api/v1/nominations",
                    Map.of("cadreId", cadreId, "classId", classId)).expect(201).text("nominationId");
            enrollment.post(Official.UNIT, "approve (unit)", "/api/v1/nominations/" + nominationId + "/approve",
                    Map.of("stage", "UNIT")).expect(200);
            nominations.add(nominationId);
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(NOMINEES);
        List<Reply> replies = new ArrayList<>();
        try {
            List<Future<Reply>> racing = new ArrayList<>();
            for (String nominationId : nominations) {
                Callable<Reply> approve = () -> {
                    go.await();
                    return enrollment.post(Official.TRAINING, "approve (province, race)", "/api/v1/nominations/" + nominationId
                            + "/approve", Map.of("stage", "PROVINCE"));
                };
                racing.add(racers.submit(approve));
            }
            go.countDown();
            for (Future<Reply> reply : racing) {
                replies.add(reply.get());
            }
        } finally {
            racers.shutdownNow();
        }
        assertThat(replies).as("every racing approval answered 200").allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        long enrolled = replies.stream().filter(r -> "ENROLLED".equals(r.text("status"))).count();
        List<Integer> positions = replies.stream().filter(r -> "WAITLISTED".equals(r.text("status")))
                .map(r -> r.json().path("waitlistPosition").asInt()).sorted().toList();
        assertThat(enrolled).as("enrolled").isEqualTo(program.capacity());
        assertThat(positions).as("waitlist positions").containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, NOMINEES - program.capacity()).boxed().toList());
        try (Connection db = java.sql.DriverManager.getConnection(context.platform().enrollmentDatabase().jdbcUrl(),
                context.platform().enrollmentDatabase().username(), context.platform().enrollmentDatabase().password());
             ResultSet rs = db.createStatement().executeQuery("SELECT (SELECT count(*) FROM enrollment WHERE class_id = '" + classId
                     + "' AND status = 'ENROLLED'), (SELECT count(*) FROM nomination WHERE class_id = '" + classId
                     + "' AND status = 'WAITLISTED')")) {
            rs.next();
            assertThat(rs.getLong(1)).as("seats taken in the database").isEqualTo(program.capacity());
            assertThat(rs.getLong(2)).as("waitlisted in the database").isEqualTo(NOMINEES - program.capacity());
        }
        context.note("seats / approvals racing", program.capacity() + " / " + NOMINEES);
        context.note("enrolled, waitlisted", enrolled + ", " + positions.size() + " (positions 1–" + positions.size() + ")");
    }
}
