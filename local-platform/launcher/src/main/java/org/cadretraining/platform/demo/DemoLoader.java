package org.cadretraining.platform.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Fills a running platform with the demo province through the services' public APIs, as a province's staff would:
 * units and cadres on the registry, programs, classes, enrollments and graduations on enrollment, and the year's
 * training plan ({@link DemoPlan}): approved, then filled by nominations each unit and the province approve. Nothing
 * is written to a database or topic directly, so the demo also exercises every event flow.
 */
public final class DemoLoader {
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final long SEED = 2026;
    private static final Duration CONVERGENCE = Duration.ofSeconds(120);
    private final ApiClient registry;
    private final ApiClient enrollment;
    private final ApiClient reporting;
    /** The seats the plan's nominations were given, as enrollment numbers them. */
    private final List<String> planEnrollments = java.util.Collections.synchronizedList(new ArrayList<>());

    /** @param accessToken the administrator's, signed in at the platform's identity provider */
    public DemoLoader(String registryUrl, String enrollmentUrl, String reportingUrl, String accessToken) {
        this.registry = new ApiClient(registryUrl).withToken(accessToken);
        this.enrollment = new ApiClient(enrollmentUrl).withToken(accessToken);
        this.reporting = new ApiClient(reportingUrl).withToken(accessToken);
    }

    /**
     * {@code studying}: distinct cadres in a class still running; one may study in several. {@code units}: every unit
     * created, those the 2025 reorganization closed included; {@code unitIds} their ids by demo code. The plan is the demo's
     * approved yearly training plan: {@code planQuota} seats over its programs and modes, {@code planSent} cadres sent
     * against them (each seated through a nomination approved by the unit and the province).
     */
    public record Loaded(String provinceUnitId, String provinceName, int units, int cadres, int enrollments, int graduations,
                         int studying, String planId, String planName, int planYear, int planQuota, int planSent,
                         List<String> planEnrollmentIds, DemoProvince province, Map<String, String> unitIds) {
        /** How many units exist today (the province's live tree and its Political School), closed ones not counted. */
        public int unitsToday() {
            return province.unitsToday().size() + 1;
        }
    }

    record Registered(DemoCadre cadre, String cadreId) {
    }

    public Loaded load(int cadreCount) {
        long started = System.nanoTime();
        DemoProvince province = DemoProvince.generate(SEED, cadreCount);
        Map<String, String> unitIds = createUnits(province.units());
        String provinceCode = province.units().stream().filter(u -> u.parentCode() == null).findFirst().orElseThrow().code();
        // The Political School is a unit of the register: its staff record the results of the classes it runs.
        unitIds.put(DemoIdentities.SCHOOL_CODE, registry.post("/api/v1/units", Map.of("code", DemoIdentities.SCHOOL_CODE,
                "name", DemoIdentities.SCHOOL_NAME, "level", UnitLevel.PROVINCE.name(),
                "kind", org.cadretraining.events.vocabulary.UnitKind.PUBLIC_SERVICE_UNIT.name(),
                "validFrom", DienBienUnits.ESTABLISHED.toString(),
                "parentUnitId", unitIds.get(provinceCode))).expect(201).json().path("unitId").asText());
        grantDemoOfficials(unitIds);
        List<Registered> cadres = registerCadres(province.cadres(), unitIds);
        log.info("Demo: {} units and {} cadres registered in {} ms", unitIds.size(), cadres.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());

        long reorganizing = System.nanoTime();
        Map<String, String> unitToday = province.unitsTodayOfCadres();
        new DemoReorganizationUpload(registry, province.reorganization()).apply(province.units(), cadres.stream()
                .map(r -> new DemoReorganizationUpload.Staff(r.cadreId(), r.cadre(), unitToday.get(r.cadre().nationalId())))
                .toList(), unitIds);
        log.info("Demo: reorganization of {} applied in {} ms", province.reorganization().effectiveDate(),
                Duration.ofNanos(System.nanoTime() - reorganizing).toMillis());
        awaitReplica(cadres, unitToday, unitIds);
        int enrolled = 0;
        int graduated = 0;
        Set<String> studying = new HashSet<>();
        Set<String> inAClass = new HashSet<>();
        Map<String, String> programIds = new LinkedHashMap<>();
        for (DemoProgram program : DemoProgram.CATALOGUE) {
            String programId = enrollment.post("/api/v1/programs", programRequest(program)).expect(201).json().path("programId").asText();
            programIds.put(program.code(), programId);
            String finished = createClass(programId, program, "Khóa 12", LocalDate.of(2025, 9, 8), LocalDate.of(2026, 6, 26), unitIds);
            String running = createClass(programId, program, "Khóa 13", LocalDate.of(2026, 9, 7), LocalDate.of(2027, 6, 25), unitIds);
            List<Registered> eligible = cadres.stream().filter(r -> program.admits(r.cadre())).toList();
            int seats = Math.min(eligible.size() / 2, program.capacity() * 2 / 3);
            for (int i = 0; i < seats * 2 && i < eligible.size(); i++) {
                String classId = i % 2 == 0 ? finished : running;
                String enrollmentId = enroll(eligible.get(i).cadreId(), classId);
                enrolled++;
                inAClass.add(eligible.get(i).cadre().nationalId());
                if (classId.equals(finished)) {
                    enrollment.post("/api/v1/enrollments/" + enrollmentId + "/graduation",
                            Map.of("certificateNumber", program.code() + "-12-" + (i / 2 + 1), "graduatedOn", "2026-06-26")).expect(200);
                    graduated++;
                } else {
                    studying.add(eligible.get(i).cadreId());
                }
            }
        }

        long planStarted = System.nanoTime();
        DemoPlan plan = DemoPlan.draw(SEED, province, DemoProgram.CATALOGUE, inAClass);
        Map<String, String> cadreIds = new HashMap<>();
        cadres.forEach(r -> cadreIds.put(r.cadre().nationalId(), r.cadreId()));
        String planId = filePlan(plan, programIds, unitIds, cadreIds, unitToday);
        plan.quotas().forEach(q -> q.nominees().forEach(c -> studying.add(cadreIds.get(c.nationalId()))));
        log.info("Demo: plan {} approved with {} seats, {} cadres sent against it, in {} ms", plan.year(), plan.totalQuota(),
                plan.totalSent(), Duration.ofNanos(System.nanoTime() - planStarted).toMillis());

        String provinceId = unitIds.get(provinceCode);
        awaitReporting(provinceId, cadres.size(), studying.size(), planId, plan.totalSent());
        log.info("Demo: {} enrollments, {} graduations, {} sent under the plan; loaded in {} ms", enrolled, graduated,
                plan.totalSent(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        String provinceName = province.units().stream().filter(u -> u.code().equals(provinceCode)).findFirst().orElseThrow().name();
        return new Loaded(provinceId, provinceName, unitIds.size(), cadres.size(), enrolled + plan.totalSent(), graduated,
                studying.size(), planId, plan.name(), plan.year(), plan.totalQuota(), plan.totalSent(), List.copyOf(planEnrollments),
                province, Map.copyOf(unitIds));
    }

    /**
     * Files the plan as the Organization Board would: the plan, its quotas with each unit's share, the approval (which
     * checks the ratio rule); then opens a class of the plan's year per program and sends the cadres (cử đi học): the
     * units nominate, then approve their nominations, then the province approves them, which seats the cadres.
     *
     * <p>Each round runs in parallel but the rounds do not overlap: enrollment takes the unit's allocation lock before
     * the class's row when it nominates, and the other way round when it approves, so a nomination and an approval for
     * one unit and class at the same moment can deadlock in PostgreSQL (the loser answers 500).
     */
    private String filePlan(DemoPlan plan, Map<String, String> programIds, Map<String, String> unitIds,
                            Map<String, String> cadreIds, Map<String, String> unitToday) {
        // The province's own plan; its departments and party blocs may each approve one of their own for the year.
        String planId = enrollment.post("/api/v1/plans", Map.of("year", plan.year(), "name", plan.name(),
                "needsDeadline", plan.needsDeadline().toString(), "ownerUnitId", unitIds.get(DienBienUnits.PROVINCE_CODE)))
                .expect(201).json().path("planId").asText();
        for (DemoPlan.Quota quota : plan.quotas()) {
            enrollment.post("/api/v1/plans/" + planId + "/quotas", Map.of("programId", programIds.get(quota.program().code()),
                    "mode", quota.program().mode(), "quota", quota.quota(),
                    "allocations", quota.allocations().entrySet().stream()
                            .map(a -> Map.of("unitId", unitIds.get(a.getKey()), "seats", a.getValue())).toList())).expect(200);
        }
        String status = enrollment.post("/api/v1/plans/" + planId + "/approve", Map.of()).expect(200).json().path("status").asText();
        if (!"APPROVED".equals(status)) {
            throw new IllegalStateException("The demo plan was not approved: " + status);
        }
        List<List<Callable<String>>> byClass = new ArrayList<>();
        for (DemoPlan.Quota quota : plan.quotas()) {
            DemoProgram program = quota.program();
            String classId = createClass(programIds.get(program.code()), program, "Khóa 14", program.planClassStart(plan.year()),
                    program.planClassEnd(plan.year()), unitIds);
            enrollment.post("/api/v1/classes/" + classId + "/open", Map.of()).expect(200);
            List<Callable<String>> nominations = new ArrayList<>();
            for (DemoCadre cadre : quota.nominees()) {
                nominations.add(() -> enrollment.post("/api/v1/nominations", Map.of("cadreId", cadreIds.get(cadre.nationalId()),
                        "classId", classId, "unitId", unitIds.get(unitToday.get(cadre.nationalId())), "planId", planId))
                        .expect(201).json().path("nominationId").asText());
            }
            byClass.add(nominations);
        }
        // Class by class in turn: an approval holds its class's row, so the parallel calls had better be in different classes.
        List<Callable<String>> nominations = new ArrayList<>();
        while (byClass.stream().anyMatch(c -> !c.isEmpty())) {
            for (List<Callable<String>> ofClass : byClass) {
                if (!ofClass.isEmpty()) {
                    nominations.add(ofClass.remove(0));
                }
            }
        }
        List<String> nominationIds = inParallel("nominate the plan's cadres", nominations);
        inParallel("approve the nominations at unit level", nominationIds.stream().<Callable<String>>map(id -> () ->
                approve(id, "UNIT", "PENDING_PROVINCE").path("status").asText()).toList());
        planEnrollments.addAll(inParallel("approve the nominations at province level", nominationIds.stream()
                .<Callable<String>>map(id -> () -> approve(id, "PROVINCE", "ENROLLED").path("enrollmentId").asText()).toList()));
        return planId;
    }

    private JsonNode approve(String nominationId, String stage, String expected) {
        JsonNode nomination = enrollment.post("/api/v1/nominations/" + nominationId + "/approve", Map.of("stage", stage))
                .expect(200).json();
        String status = nomination.path("status").asText();
        if (!expected.equals(status)) {
            throw new IllegalStateException("Nomination " + nominationId + " approved at " + stage + " is " + status
                    + ", not " + expected);
        }
        return nomination;
    }

    private static <T> List<T> inParallel(String what, List<Callable<T>> calls) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException("Could not " + what, e);
        } finally {
            pool.shutdown();
        }
    }

    private Map<String, String> createUnits(List<DemoUnit> units) {
        Map<String, String> ids = new LinkedHashMap<>();
        List<DemoUnit> pending = new ArrayList<>(units);
        pending.sort(Comparator.comparing(DemoUnit::level));
        while (!pending.isEmpty()) {
            DemoUnit next = pending.stream().filter(u -> u.parentCode() == null || ids.containsKey(u.parentCode()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Demo units have a parent that is never created"));
            Map<String, Object> body = new HashMap<>();
            body.put("code", next.code());
            body.put("name", next.name());
            body.put("level", next.level().name());
            body.put("kind", next.kind().name());
            body.put("validFrom", next.validFrom().toString());
            if (next.officialCode() != null) {
                body.put("officialCode", next.officialCode());
            }
            if (next.parentCode() != null) {
                body.put("parentUnitId", ids.get(next.parentCode()));
            }
            ids.put(next.code(), registry.post("/api/v1/units", body).expect(201).json().path("unitId").asText());
            pending.remove(next);
        }
        return ids;
    }

    /** Each demo official gets their role on their unit, as the platform's administrator would grant it. */
    private void grantDemoOfficials(Map<String, String> unitIds) {
        for (DemoIdentities.DemoUser user : DemoIdentities.USERS) {
            if (user.unitCode() != null) {
                registry.post("/api/v1/access/grants", Map.of("subject", user.username(), "role", user.role().name(),
                        "unitId", unitIds.get(user.unitCode()))).expect(201);
            }
        }
    }

    private List<Registered> registerCadres(List<DemoCadre> cadres, Map<String, String> unitIds) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Registered>> futures = new ArrayList<>();
            for (DemoCadre cadre : cadres) {
                futures.add(pool.submit(() -> new Registered(cadre,
                        registry.post("/api/v1/cadres", cadreRequest(cadre, unitIds.get(cadre.unitCode()))).expect(201)
                                .json().path("cadreId").asText())));
            }
            List<Registered> registered = new ArrayList<>();
            for (Future<Registered> future : futures) {
                registered.add(future.get());
            }
            return registered;
        } catch (Exception e) {
            throw new IllegalStateException("Could not register the demo cadres", e);
        } finally {
            pool.shutdown();
        }
    }

    private static Map<String, Object> cadreRequest(DemoCadre cadre, String unitId) {
        Map<String, Object> body = new HashMap<>();
        body.put("nationalId", cadre.nationalId());
        body.put("fullName", cadre.fullName());
        body.put("birthDate", cadre.birthDate().toString());
        body.put("gender", cadre.gender().name());
        body.put("ethnicity", cadre.ethnicity());
        body.put("unitId", unitId);
        body.put("position", cadre.position());
        body.put("rank", cadre.rank().name());
        body.put("managementTier", cadre.managementTier().name());
        body.put("partyMember", cadre.partyMember());
        if (cadre.partyJoinDate() != null) {
            body.put("partyJoinDate", cadre.partyJoinDate().toString());
        }
        body.put("servingSince", cadre.servingSince().toString());
        body.put("qualifications", cadre.qualifications().stream().map(q -> {
            Map<String, Object> record = new HashMap<>();
            record.put("ladder", q.ladder().name());
            record.put("level", q.level());
            record.put("fieldOfStudy", q.fieldOfStudy());
            record.put("institution", q.institution());
            record.put("year", q.year());
            if (q.awardedOn() != null) {
                record.put("awardedOn", q.awardedOn().toString());
            }
            return record;
        }).toList());
        return body;
    }

    private static Map<String, Object> programRequest(DemoProgram program) {
        return Map.of("code", program.code(), "name", program.name(), "kind", program.kind(), "category", program.category(),
                "confers", Map.of("ladder", program.ladder().name(), "level", program.level()),
                "prerequisites", program.prerequisites().stream()
                        .map(p -> Map.of("ladder", p.ladder().name(), "level", p.level())).toList());
    }

    private String createClass(String programId, DemoProgram program, String cohort, LocalDate start, LocalDate end,
                               Map<String, String> unitIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("programId", programId);
        body.put("provider", program.provider());
        if (DemoIdentities.SCHOOL_NAME.equals(program.provider())) {
            body.put("providerUnitId", unitIds.get(DemoIdentities.SCHOOL_CODE));
        }
        body.put("cohort", cohort);
        body.put("mode", program.mode());
        body.put("startDate", start.toString());
        body.put("endDate", end.toString());
        body.put("location", "Thành phố Điện Biên Phủ");
        body.put("capacity", program.capacity());
        body.put("fundingSource", "STATE_BUDGET");
        return enrollment.post("/api/v1/classes", body).expect(201).json().path("classId").asText();
    }

    private String enroll(String cadreId, String classId) {
        return enrollment.post("/api/v1/enrollments", Map.of("cadreId", cadreId, "classId", classId)).expect(201)
                .json().path("enrollmentId").asText();
    }

    /**
     * Enrollment checks eligibility and nominations against its replica, which fills from the registry's events: it
     * must have the cadres, each in their unit since the reorganization.
     */
    private void awaitReplica(List<Registered> cadres, Map<String, String> unitToday, Map<String, String> unitIds) {
        List<Registered> sample = new ArrayList<>(cadres.subList(Math.max(0, cadres.size() - 20), cadres.size()));
        for (int i = 0; i < cadres.size(); i += Math.max(1, cadres.size() / 40)) {
            sample.add(cadres.get(i));
        }
        awaitUntil("the enrollment replica to receive the demo cadres in their units of 1 July 2025", () ->
                sample.stream().allMatch(r -> {
                    ApiClient.Response replica = enrollment.get("/api/v1/cadres/" + r.cadreId());
                    return replica.status() == 200 && replica.json().path("unitId").asText()
                            .equals(unitIds.get(unitToday.get(r.cadre().nationalId())));
                }));
    }

    /** Reporting has counted every cadre, every one studying, and every one sent under the plan. */
    private void awaitReporting(String provinceId, int cadres, int studying, String planId, int sent) {
        awaitUntil("the reporting views to count " + cadres + " cadres, " + studying + " studying and " + sent
                + " sent under the plan", () -> {
            ApiClient.Response response = reporting.get("/api/v1/units/" + provinceId + "/progress");
            if (response.status() != 200) {
                return false;
            }
            JsonNode progress = response.json();
            if (progress.path("headcount").asInt() != cadres || progress.path("studyingNow").path("total").asInt() != studying) {
                return false;
            }
            ApiClient.Response plan = reporting.get("/api/v1/plans/" + planId + "/fulfilment");
            return plan.status() == 200 && plan.json().path("sent").asInt() == sent;
        });
    }

    private static void awaitUntil(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + CONVERGENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
