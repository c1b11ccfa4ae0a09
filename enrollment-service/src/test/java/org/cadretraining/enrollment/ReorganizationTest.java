package org.cadretraining.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.cadretraining.enrollment.reorganization.messaging.UnitReorganizationListener;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.registry.UnitClosed;
import org.cadretraining.events.registry.UnitMoved;
import org.cadretraining.events.registry.UnitSplit;
import org.cadretraining.events.registry.UnitsMerged;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Enrollment follows a reorganization published as the registry does (reorg-events: UnitsMerged, the cadres'
 * transfers, each predecessor's UnitClosed; a split's UnitSplit), on the real broker and database: plan seats and open
 * nominations pass to the successors, the replica moves, and the same facts told again change nothing.
 */
class ReorganizationTest extends EnrollmentTestSupport {
    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

    private int year() {
        return freshPlanYear();
    }

    private String approvedPlan(String owner, int year, String programId, Map<String, Integer> allocations) {
        String planId = PlanOwnersTest.createPlan(api, owner, year).expect(201).json().path("planId").asText();
        int quota = allocations.values().stream().mapToInt(Integer::intValue).sum();
        PlanOwnersTest.quota(api, planId, programId, "IN_SERVICE", quota, allocations).expect(200);
        api.post("/api/v1/plans/" + planId + "/approve", "").expect(200);
        return planId;
    }

    /** The plan's seats per unit, as its view shows them (units with no seats left out). */
    private Map<String, Integer> seats(String planId) {
        Map<String, Integer> seats = new HashMap<>();
        for (JsonNode unit : api.get("/api/v1/plans/" + planId).expect(200).json().path("units")) {
            if (unit.path("allocated").asInt() > 0) {
                seats.merge(unit.path("unitId").asText(), unit.path("allocated").asInt(), Integer::sum);
            }
        }
        return seats;
    }

    /** The plan's allocations in a TrainingPlanRevised, per unit. */
    private static Map<String, Integer> allocations(JsonNode revised) {
        Map<String, Integer> seats = new HashMap<>();
        for (JsonNode quota : revised.path("quotas")) {
            for (JsonNode allocation : quota.path("allocations")) {
                seats.merge(allocation.path("unitId").asText(), allocation.path("seats").asInt(), Integer::sum);
            }
        }
        return seats;
    }

    /** The plan's latest TrainingPlanRevised, once it is one that {@code matches}. */
    private static JsonNode latestRevision(String planId, Predicate<JsonNode> matches) {
        Predicate<List<KafkaProbe.Received>> latestMatches = all -> {
            List<KafkaProbe.Received> revisions = revisions(all, planId);
            return !revisions.isEmpty() && matches.test(json(revisions.get(revisions.size() - 1)));
        };
        List<KafkaProbe.Received> all = kafka.readUntil(Topics.PLANS.name(), latestMatches, WAIT);
        assertThat(latestMatches.test(all)).as("the latest revision of plan %s", planId).isTrue();
        List<KafkaProbe.Received> revisions = revisions(all, planId);
        return json(revisions.get(revisions.size() - 1));
    }

    private static List<KafkaProbe.Received> revisions(List<KafkaProbe.Received> records, String planId) {
        return records.stream().filter(r -> planId.equals(r.key()) && EventTypes.TRAINING_PLAN_REVISED.ceType().equals(r.header("ce_type")))
                .toList();
    }

    private static List<JsonNode> reassignments(String cadreId) {
        return kafka.readUntil(Topics.ENROLLMENTS.name(), all -> false, Duration.ofSeconds(2)).stream()
                .filter(r -> cadreId.equals(r.key()) && EventTypes.NOMINATION_REASSIGNED.ceType().equals(r.header("ce_type")))
                .map(EnrollmentTestSupport::json).toList();
    }

    private JsonNode nomination(String nominationId) {
        return api.get("/api/v1/nominations/" + nominationId).expect(200).json();
    }

    private boolean processed(String eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = :c AND event_id = :id")
                .param("c", UnitReorganizationListener.CONSUMER).param("id", eventId).query(Long.class).single() == 1;
    }

    private List<String> cadresIn(String unit, int count) {
        List<String> ids = IntStream.range(0, count).mapToObj(i -> uuid()).toList();
        ids.forEach(id -> sendRegistered(id, unit, CadreStatus.ACTIVE, ELEMENTARY));
        awaitReplicated(ids);
        return ids;
    }

    @Test
    void aMergerPassesSeatsOpenNominationsAndPlansToTheSuccessorAndTellingItAgainChangesNothing() {
        int year = year();
        String province = knownUnit(null, UnitLevel.PROVINCE);
        String a = knownUnit(province, UnitLevel.COMMUNE);
        String b = knownUnit(province, UnitLevel.COMMUNE);
        String other = knownUnit(province, UnitLevel.COMMUNE);
        String successor = knownUnit(province, UnitLevel.COMMUNE);
        String programId = politicalTheoryProgram();
        String plan = approvedPlan(province, year, programId, Map.of(a, 3, b, 2, other, 1));
        // Each predecessor has a plan of its own for the year too.
        String planOfA = approvedPlan(a, year, politicalTheoryProgram(), Map.of(a, 2));
        String planOfB = approvedPlan(b, year, politicalTheoryProgram(), Map.of(b, 1));
        String classId = classOf(programId, "IN_SERVICE", LocalDate.of(year, 3, 2), LocalDate.of(year, 7, 31), 20);

        String enrolled = cadreIn(a, CadreStatus.ACTIVE, ELEMENTARY);
        String seated = pendingProvince(enrolled, classId);
        JsonNode seat = approve(seated).expect(200).json();
        assertThat(seat.path("status").asText()).isEqualTo("ENROLLED");
        assertThat(seat.path("planId").asText()).isEqualTo(plan);
        String waiting = cadreIn(a, CadreStatus.ACTIVE, ELEMENTARY);
        String approvedByA = pendingProvince(waiting, classId);
        String fresh = cadreIn(b, CadreStatus.ACTIVE, ELEMENTARY);
        String nominatedByB = nominate(fresh, classId).expect(201).json().path("nominationId").asText();
        List<String> ofA = new ArrayList<>(cadresIn(a, 12));
        ofA.addAll(List.of(enrolled, waiting));
        List<String> ofB = new ArrayList<>(cadresIn(b, 8));
        ofB.add(fresh);

        // The merger as the registry publishes it: UnitsMerged, each cadre's transfer, each predecessor's closure.
        String reorganization = uuid();
        UnitsMerged merger = new UnitsMerged(reorganization, successor, List.of(a, b), EFFECTIVE);
        String mergedId = sendUnitEvent(EventTypes.UNITS_MERGED, successor, merger, null);
        ofA.forEach(cadre -> sendReorganizationTransfer(cadre, a, successor, reorganization, EFFECTIVE));
        ofB.forEach(cadre -> sendReorganizationTransfer(cadre, b, successor, reorganization, EFFECTIVE));
        sendUnitEvent(EventTypes.UNIT_CLOSED, a, new UnitClosed(a, EFFECTIVE.minusDays(1), reorganization, List.of(successor)), null);
        sendUnitEvent(EventTypes.UNIT_CLOSED, b, new UnitClosed(b, EFFECTIVE.minusDays(1), reorganization, List.of(successor)), null);

        // The seats: A keeps the one its enrolled cadre took (history); the rest of A's and all of B's are the successor's.
        Map<String, Integer> expected = Map.of(a, 1, successor, 4, other, 1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(seats(plan)).isEqualTo(expected));
        JsonNode revised = latestRevision(plan, r -> allocations(r).equals(expected));
        assertThat(revised.path("reorganizationId").asText()).isEqualTo(reorganization);
        assertThat(revised.path("effectiveDate").asText()).isEqualTo("2025-07-01");
        assertThat(revised.path("quotas")).hasSize(1);
        assertThat(revised.path("quotas").get(0).path("quota").asInt()).isEqualTo(6);
        assertThat(revised.path("reason").asText()).contains(successor);

        // The cadre replica follows the burst of transfers, so eligibility and the unit stage use the successor.
        await().atMost(WAIT).untilAsserted(() -> {
            for (String cadre : ofA) {
                assertThat(replica(cadre).path("unitId").asText()).as("cadre %s", cadre).isEqualTo(successor);
            }
            for (String cadre : ofB) {
                assertThat(replica(cadre).path("unitId").asText()).as("cadre %s", cadre).isEqualTo(successor);
            }
        });

        // Open nominations are the successor's, at the stage they had reached; the enrolled cadre's keeps its unit.
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(nomination(approvedByA).path("unitId").asText()).isEqualTo(successor);
            assertThat(nomination(nominatedByB).path("unitId").asText()).isEqualTo(successor);
        });
        assertThat(nomination(approvedByA).path("status").asText()).isEqualTo("PENDING_PROVINCE");
        assertThat(nomination(nominatedByB).path("status").asText()).isEqualTo("PENDING_UNIT");
        assertThat(nomination(seated).path("unitId").asText()).isEqualTo(a);
        assertThat(api.get("/api/v1/enrollments/" + seat.path("enrollmentId").asText()).expect(200).json().path("unitId").asText())
                .isEqualTo(a);
        await().atMost(WAIT).until(() -> reassignments(waiting).size() == 1 && reassignments(fresh).size() == 1);
        JsonNode reassigned = reassignments(waiting).get(0);
        assertThat(reassigned.path("nominationId").asText()).isEqualTo(approvedByA);
        assertThat(reassigned.path("fromUnitId").asText()).isEqualTo(a);
        assertThat(reassigned.path("toUnitId").asText()).isEqualTo(successor);
        assertThat(reassigned.path("planId").asText()).isEqualTo(plan);
        assertThat(reassigned.path("reorganizationId").asText()).isEqualTo(reorganization);
        assertThat(reassignments(enrolled)).isEmpty();

        // The predecessors' own plans: the first to arrive is the successor's; the other, the successor having an
        // approved plan for the year by then, keeps its owner, and the successor manages it.
        await().atMost(WAIT).until(() -> api.get("/api/v1/plans?ownerUnitId=" + successor + "&year=" + year).expect(200).json().path("totalItems").asLong() == 2);
        JsonNode ownedA = api.get("/api/v1/plans/" + planOfA).expect(200).json();
        JsonNode ownedB = api.get("/api/v1/plans/" + planOfB).expect(200).json();
        JsonNode passed = ownedA.path("ownerUnitId").asText().equals(successor) ? ownedA : ownedB;
        JsonNode apart = passed == ownedA ? ownedB : ownedA;
        assertThat(passed.path("ownerUnitId").asText()).isEqualTo(successor);
        assertThat(passed.path("ownerSuccessorUnitId").isNull()).isTrue();
        assertThat(apart.path("ownerUnitId").asText()).isIn(a, b);
        assertThat(apart.path("ownerSuccessorUnitId").asText()).isEqualTo(successor);
        assertThat(apart.path("ownerNote").asText()).contains(successor, "hai kế hoạch giữ riêng");
        assertThat(latestRevision(apart.path("planId").asText(), r -> true).path("reason").asText()).contains("hai kế hoạch giữ riêng");

        // A redelivered UnitsMerged, and the same merger told again under a new id, change nothing.
        long events = count("outbox_event");
        Map<String, Integer> before = seats(plan);
        sendUnitEvent(EventTypes.UNITS_MERGED, successor, merger, mergedId);
        String again = sendUnitEvent(EventTypes.UNITS_MERGED, successor, merger, null);
        // Same key, same partition: once the new copy is processed, the redelivery before it has been read too.
        await().atMost(WAIT).until(() -> processed(again));
        assertThat(processed(mergedId)).isTrue();
        assertThat(count("outbox_event")).isEqualTo(events);
        assertThat(seats(plan)).isEqualTo(before);

        // A closed unit neither nominates nor is given seats any more; the successor's seats are there to be used.
        assertProblem(api.post("/api/v1/nominations", Map.of("cadreId", waiting, "classId",
                classOf(programId, "IN_SERVICE", LocalDate.of(year, 3, 2), LocalDate.of(year, 7, 31), 5), "unitId", a)),
                422, "unit-closed", "unitId");
        String draft = PlanOwnersTest.createPlan(api, province, freshPlanYear(year)).expect(201).json().path("planId").asText();
        assertProblem(PlanOwnersTest.quota(api, draft, programId, "IN_SERVICE", 2, Map.of(a, 2)), 422, "unit-closed", "allocations");
        JsonNode promoted = approve(approvedByA).expect(200).json();
        assertThat(promoted.path("status").asText()).isEqualTo("ENROLLED");
        assertThat(api.get("/api/v1/enrollments/" + promoted.path("enrollmentId").asText()).expect(200).json().path("unitId").asText())
                .isEqualTo(successor);
    }

    @Test
    void aSplitSharesSeatsEvenlyUntilItsCadresHaveMovedThenByTheCadresEachReceived() {
        int year = year();
        String province = knownUnit(null, UnitLevel.PROVINCE);
        String split = knownUnit(province, UnitLevel.COMMUNE);
        String first = knownUnit(province, UnitLevel.COMMUNE);
        String second = knownUnit(province, UnitLevel.COMMUNE);
        String other = knownUnit(province, UnitLevel.COMMUNE);
        String programId = politicalTheoryProgram();
        String plan = approvedPlan(province, year, programId, Map.of(split, 9, other, 1));
        String classId = classOf(programId, "IN_SERVICE", LocalDate.of(year, 3, 2), LocalDate.of(year, 7, 31), 20);
        String nominee = cadreIn(split, CadreStatus.ACTIVE, ELEMENTARY);
        String nomination = nominate(nominee, classId).expect(201).json().path("nominationId").asText();
        List<String> toSecond = new ArrayList<>(cadresIn(split, 1));
        toSecond.add(nominee);
        List<String> toFirst = cadresIn(split, 1);

        // UnitSplit first: the transfers are still to come, so the seats are shared evenly, the remainder to the first.
        String reorganization = uuid();
        sendUnitEvent(EventTypes.UNIT_SPLIT, split, new UnitSplit(reorganization, split, List.of(first, second), EFFECTIVE), null);
        Map<String, Integer> evenly = Map.of(first, 5, second, 4, other, 1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(seats(plan)).isEqualTo(evenly));
        assertThat(latestRevision(plan, r -> allocations(r).equals(evenly)).path("reason").asText()).contains("tạm chia đều");
        assertThat(nomination(nomination).path("unitId").asText()).as("its nominee has not moved yet").isEqualTo(split);

        // The cadres move, two to the second, one to the first: the seats are shared again, 9 × 1/3 and 9 × 2/3.
        toSecond.forEach(cadre -> sendReorganizationTransfer(cadre, split, second, reorganization, EFFECTIVE));
        toFirst.forEach(cadre -> sendReorganizationTransfer(cadre, split, first, reorganization, EFFECTIVE));
        Map<String, Integer> byCadres = Map.of(first, 3, second, 6, other, 1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(seats(plan)).isEqualTo(byCadres));
        JsonNode revised = latestRevision(plan, r -> allocations(r).equals(byCadres));
        assertThat(revised.path("reason").asText()).contains("chia lại theo số cán bộ", first + ": 1", second + ": 2");
        assertThat(revised.path("reorganizationId").asText()).isEqualTo(reorganization);
        // The open nomination went where its nominee went.
        await().atMost(WAIT).until(() -> nomination(nomination).path("unitId").asText().equals(second));
        assertThat(reassignments(nominee)).singleElement().satisfies(r -> assertThat(r.path("toUnitId").asText()).isEqualTo(second));

        // The split unit's closure says it again: nothing changes.
        long events = count("outbox_event");
        String closed = sendUnitEvent(EventTypes.UNIT_CLOSED, split, new UnitClosed(split, EFFECTIVE.minusDays(1), reorganization,
                List.of(first, second)), null);
        await().atMost(WAIT).until(() -> processed(closed));
        assertThat(count("outbox_event")).isEqualTo(events);
        assertThat(seats(plan)).isEqualTo(byCadres);
    }

    @Test
    void anAbolishedDistrictsSeatsPassToItsFormerCommunesAndItsOrgansCadresGoToTheProvinceWithTheirNominations() {
        int year = year();
        String province = knownUnit(null, UnitLevel.PROVINCE);
        String district = knownUnit(province, UnitLevel.DISTRICT);
        String commune = knownUnit(district, UnitLevel.COMMUNE);
        String ward = knownUnit(district, UnitLevel.COMMUNE);
        String other = knownUnit(province, UnitLevel.COMMUNE);
        String programId = politicalTheoryProgram();
        String plan = approvedPlan(province, year, programId, Map.of(district, 5, commune, 1, other, 1));
        String planOfDistrict = approvedPlan(district, year, politicalTheoryProgram(), Map.of(commune, 1));
        String classId = classOf(programId, "IN_SERVICE", LocalDate.of(year, 3, 2), LocalDate.of(year, 7, 31), 20);
        String organ = cadreIn(district, CadreStatus.ACTIVE, ELEMENTARY);
        String nomination = nominate(organ, classId).expect(201).json().path("nominationId").asText();

        // The closure may be read first: registry.units is keyed by unit, registry.cadres by cadre, in no order between them.
        String reorganization = uuid();
        sendUnitEvent(EventTypes.UNIT_CLOSED, district, new UnitClosed(district, EFFECTIVE.minusDays(1), reorganization,
                List.of(commune, ward)), null);
        // No former child received a cadre of the district organ: its 5 seats are shared evenly, the remainder to the first.
        Map<String, Integer> expected = Map.of(commune, 1 + 3, ward, 2, other, 1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(seats(plan)).isEqualTo(expected));
        JsonNode revised = latestRevision(plan, r -> allocations(r).equals(expected));
        assertThat(revised.path("reorganizationId").asText()).isEqualTo(reorganization);
        assertThat(revised.path("effectiveDate").asText()).isEqualTo("2025-07-01");
        assertThat(revised.path("reason").asText()).contains("Giải thể", district, commune, ward);
        assertThat(nomination(nomination).path("unitId").asText()).as("its nominee has not moved yet").isEqualTo(district);
        // The district's own plan: the province already has one for the year, so the two stay apart and the province manages it.
        JsonNode owned = api.get("/api/v1/plans/" + planOfDistrict).expect(200).json();
        assertThat(owned.path("ownerUnitId").asText()).isEqualTo(district);
        assertThat(owned.path("ownerSuccessorUnitId").asText()).isEqualTo(province);

        // Its communes come directly under the province; the organ's cadre goes to the province, and their nomination too.
        sendUnitEvent(EventTypes.UNIT_MOVED, commune, new UnitMoved(commune, district, province, Instant.now(), EFFECTIVE, reorganization), null);
        sendUnitEvent(EventTypes.UNIT_MOVED, ward, new UnitMoved(ward, district, province, Instant.now(), EFFECTIVE, reorganization), null);
        sendReorganizationTransfer(organ, district, province, reorganization, EFFECTIVE);
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(directory.parentOf(commune)).contains(province);
            assertThat(directory.parentOf(ward)).contains(province);
            assertThat(replica(organ).path("unitId").asText()).isEqualTo(province);
            assertThat(nomination(nomination).path("unitId").asText()).isEqualTo(province);
        });
        assertThat(reassignments(organ)).singleElement().satisfies(r -> {
            assertThat(r.path("fromUnitId").asText()).isEqualTo(district);
            assertThat(r.path("toUnitId").asText()).isEqualTo(province);
            assertThat(r.path("reorganizationId").asText()).isEqualTo(reorganization);
        });
        // The province is no successor of the district's seats: they stay as the closure shared them, revised once.
        assertThat(seats(plan)).isEqualTo(expected);
        assertThat(revisions(kafka.readUntil(Topics.PLANS.name(), all -> false, Duration.ofSeconds(2)), plan)).hasSize(1);
        // The district nominates no more; its former commune does, under the province's plan that gave it the seats.
        String later = cadreIn(commune, CadreStatus.ACTIVE, ELEMENTARY);
        assertProblem(api.post("/api/v1/nominations", Map.of("cadreId", later, "classId", classId, "unitId", district)),
                422, "unit-closed", "unitId");
        JsonNode byCommune = nominate(later, classId).expect(201).json();
        assertThat(byCommune.path("unitId").asText()).isEqualTo(commune);
        assertThat(byCommune.path("planId").asText()).isEqualTo(plan);
    }

    @Test
    void aReorganizationsEventsMayArriveInAnyOrder() {
        int year = year();
        String province = knownUnit(null, UnitLevel.PROVINCE);
        String split = knownUnit(province, UnitLevel.COMMUNE);
        String first = knownUnit(province, UnitLevel.COMMUNE);
        String second = knownUnit(province, UnitLevel.COMMUNE);
        String merged = knownUnit(province, UnitLevel.COMMUNE);
        String successor = knownUnit(province, UnitLevel.COMMUNE);
        String programId = politicalTheoryProgram();
        String plan = approvedPlan(province, year, programId, Map.of(split, 7, merged, 2));
        String classId = classOf(programId, "IN_SERVICE", LocalDate.of(year, 3, 2), LocalDate.of(year, 7, 31), 20);
        String nominee = cadreIn(merged, CadreStatus.ACTIVE, ELEMENTARY);
        String nomination = nominate(nominee, classId).expect(201).json().path("nominationId").asText();
        List<String> toFirst = cadresIn(split, 3);
        List<String> toSecond = cadresIn(split, 1);

        // The cadres' transfers are read before any unit event: the nomination follows its nominee at once.
        String splitting = uuid();
        String merging = uuid();
        toFirst.forEach(cadre -> sendReorganizationTransfer(cadre, split, first, splitting, EFFECTIVE));
        toSecond.forEach(cadre -> sendReorganizationTransfer(cadre, split, second, splitting, EFFECTIVE));
        sendReorganizationTransfer(nominee, merged, successor, merging, EFFECTIVE);
        await().atMost(WAIT).until(() -> nomination(nomination).path("unitId").asText().equals(successor));
        await().atMost(WAIT).untilAsserted(() -> {
            for (String cadre : toFirst) {
                assertThat(replica(cadre).path("unitId").asText()).isEqualTo(first);
            }
            assertThat(replica(toSecond.get(0)).path("unitId").asText()).isEqualTo(second);
        });
        assertThat(seats(plan)).as("no unit has closed yet").isEqualTo(Map.of(split, 7, merged, 2));

        // The merged unit's closure before the merger; the split once its cadres have all moved: 7 × 3/4 and 7 × 1/4,
        // 5.25 and 1.75, the seat left over to the larger remainder.
        sendUnitEvent(EventTypes.UNIT_CLOSED, merged, new UnitClosed(merged, EFFECTIVE.minusDays(1), merging, List.of(successor)), null);
        sendUnitEvent(EventTypes.UNIT_SPLIT, split, new UnitSplit(splitting, split, List.of(first, second), EFFECTIVE), null);
        Map<String, Integer> expected = Map.of(first, 5, second, 2, successor, 2);
        await().atMost(WAIT).untilAsserted(() -> assertThat(seats(plan)).isEqualTo(expected));
        JsonNode revised = latestRevision(plan, r -> allocations(r).equals(expected));
        assertThat(revised.path("reason").asText()).contains(first + ": 3", second + ": 1").doesNotContain("tạm chia đều");
        assertThat(revisions(kafka.readUntil(Topics.PLANS.name(), all -> false, Duration.ofSeconds(2)), plan)).hasSize(2);

        // The merger and the split's closure, read last, find the work done.
        long events = count("outbox_event");
        String mergedLate = sendUnitEvent(EventTypes.UNITS_MERGED, successor, new UnitsMerged(merging, successor, List.of(merged), EFFECTIVE), null);
        String closedLate = sendUnitEvent(EventTypes.UNIT_CLOSED, split, new UnitClosed(split, EFFECTIVE.minusDays(1), splitting,
                List.of(first, second)), null);
        await().atMost(WAIT).until(() -> processed(mergedLate) && processed(closedLate));
        assertThat(count("outbox_event")).isEqualTo(events);
        assertThat(seats(plan)).isEqualTo(expected);
        assertThat(reassignments(nominee)).singleElement().satisfies(r -> assertThat(r.path("toUnitId").asText()).isEqualTo(successor));
    }

    @Test
    void aPoisonRecordOnTheUnitsTopicIsDeadLetteredAndTheConsumerGoesOn() {
        String unit = uuid();
        kafka.sendCloudEvent(Topics.UNITS.name(), unit, EventTypes.UNITS_MERGED.ceType(), null, "{not json");
        // Same key, same partition: the closure behind the poison record gets through.
        String closed = sendUnitEvent(EventTypes.UNIT_CLOSED, unit, new UnitClosed(unit, EFFECTIVE.minusDays(1), null, List.of()), null);
        await().atMost(WAIT).until(() -> processed(closed));

        String dlq = Topics.UNITS.deadLetter("enrollment-service");
        List<KafkaProbe.Received> dead = kafka.readUntil(dlq, all -> all.stream().anyMatch(r -> unit.equals(r.key())), Duration.ofSeconds(60));
        assertThat(dead).filteredOn(r -> unit.equals(r.key())).singleElement().satisfies(r -> {
            assertThat(r.header("ce_type")).isEqualTo(EventTypes.UNITS_MERGED.ceType());
            assertThat(r.header("x-exception-message")).contains("Unreadable");
        });
        assertThat(environment.getProperty("spring.cloud.stream.bindings.unitReorganization-in-0.destination")).isEqualTo(Topics.UNITS.name());
        assertThat(environment.getProperty("spring.cloud.stream.bindings.unitReorganization-in-0.group")).isEqualTo("enrollment-service");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.unitReorganization-in-0.consumer.dlq-name")).isEqualTo(dlq);
    }
}
