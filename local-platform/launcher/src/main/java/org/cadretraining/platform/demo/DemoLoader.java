package org.cadretraining.platform.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Fills a running platform with the demo province through the services' public APIs, as a province's staff would:
 * units and cadres on the registry, programs, classes, enrollments and graduations on enrollment. Nothing is written
 * to a database or topic directly, so the demo also exercises every event flow.
 */
public final class DemoLoader {
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final long SEED = 2026;
    private static final Duration CONVERGENCE = Duration.ofSeconds(120);

    private final ApiClient registry;
    private final ApiClient enrollment;
    private final ApiClient reporting;

    public DemoLoader(String registryUrl, String enrollmentUrl, String reportingUrl) {
        this.registry = new ApiClient(registryUrl);
        this.enrollment = new ApiClient(enrollmentUrl);
        this.reporting = new ApiClient(reportingUrl);
    }

    /** {@code studying}: distinct cadres in a class still running; one may study in several. */
    public record Loaded(String provinceUnitId, String provinceName, int units, int cadres, int enrollments, int graduations,
                         int studying) {
    }

    private record Registered(DemoCadre cadre, String cadreId) {
    }

    /** A program of the demo catalogue and the classes it runs: one finished (to graduate) and one running. */
    private record DemoProgram(String code, String name, String kind, String category, Ladder ladder, String level,
                               String provider, String mode, int capacity) {
    }

    private static final List<DemoProgram> PROGRAMS = List.of(
            new DemoProgram("LLCT-TC", "Trung cấp lý luận chính trị – hành chính", "DEGREE", "POLITICAL_THEORY",
                    Ladder.POLITICAL_THEORY, "INTERMEDIATE", "Trường Chính trị tỉnh Điện Biên", "IN_SERVICE", 70),
            new DemoProgram("LLCT-CC", "Cao cấp lý luận chính trị", "DEGREE", "POLITICAL_THEORY",
                    Ladder.POLITICAL_THEORY, "ADVANCED", "Học viện Chính trị khu vực I", "CONCENTRATED", 50),
            new DemoProgram("QLNN-CVC", "Bồi dưỡng ngạch chuyên viên chính", "REFRESHER", "STATE_MANAGEMENT",
                    Ladder.STATE_MANAGEMENT, "PRINCIPAL_SPECIALIST", "Học viện Hành chính Quốc gia", "IN_SERVICE", 60),
            new DemoProgram("THS-QLKT", "Thạc sĩ Quản lý kinh tế", "DEGREE", "POSTGRADUATE",
                    Ladder.PROFESSIONAL, "MASTER", "Đại học Kinh tế Quốc dân", "IN_SERVICE", 40));

    public Loaded load(int cadreCount) {
        long started = System.nanoTime();
        DemoProvince province = DemoProvince.generate(SEED, cadreCount);
        Map<String, String> unitIds = createUnits(province.units());
        List<Registered> cadres = registerCadres(province.cadres(), unitIds);
        log.info("Demo: {} units and {} cadres registered in {} ms", unitIds.size(), cadres.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());

        awaitReplica(cadres);
        int enrolled = 0;
        int graduated = 0;
        java.util.Set<String> studying = new java.util.HashSet<>();
        for (DemoProgram program : PROGRAMS) {
            String programId = enrollment.post("/api/v1/programs", programRequest(program)).expect(201).json().path("programId").asText();
            String finished = createClass(programId, program, "Khóa 12", LocalDate.of(2025, 9, 8), LocalDate.of(2026, 6, 26));
            String running = createClass(programId, program, "Khóa 13", LocalDate.of(2026, 9, 7), LocalDate.of(2027, 6, 25));
            List<Registered> eligible = cadres.stream()
                    .filter(r -> program.ladder().rank(r.cadre().highestLevel(program.ladder())) < program.ladder().rank(program.level()))
                    .filter(r -> r.cadre().ageOn(LocalDate.of(2026, 1, 1)) < 55)
                    .toList();
            int seats = Math.min(eligible.size() / 2, program.capacity() * 2 / 3);
            for (int i = 0; i < seats * 2 && i < eligible.size(); i++) {
                String classId = i % 2 == 0 ? finished : running;
                String enrollmentId = enroll(eligible.get(i).cadreId(), classId);
                enrolled++;
                if (classId.equals(finished)) {
                    enrollment.post("/api/v1/enrollments/" + enrollmentId + "/graduation",
                            Map.of("certificateNumber", program.code() + "-12-" + (i / 2 + 1), "graduatedOn", "2026-06-26")).expect(200);
                    graduated++;
                } else {
                    studying.add(eligible.get(i).cadreId());
                }
            }
        }
        String provinceCode = province.units().stream().filter(u -> u.parentCode() == null).findFirst().orElseThrow().code();
        String provinceId = unitIds.get(provinceCode);
        awaitReporting(provinceId, cadres.size());
        log.info("Demo: {} enrollments, {} graduations; loaded in {} ms", enrolled, graduated,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        String provinceName = province.units().stream().filter(u -> u.code().equals(provinceCode)).findFirst().orElseThrow().name();
        return new Loaded(provinceId, provinceName, unitIds.size(), cadres.size(), enrolled, graduated, studying.size());
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
            if (next.parentCode() != null) {
                body.put("parentUnitId", ids.get(next.parentCode()));
            }
            ids.put(next.code(), registry.post("/api/v1/units", body).expect(201).json().path("unitId").asText());
            pending.remove(next);
        }
        return ids;
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
        body.put("qualifications", cadre.qualifications().stream().map(q -> {
            Map<String, Object> record = new HashMap<>();
            record.put("ladder", q.ladder().name());
            record.put("level", q.level());
            record.put("fieldOfStudy", q.fieldOfStudy());
            record.put("institution", q.institution());
            record.put("year", q.year());
            return record;
        }).toList());
        return body;
    }

    private static Map<String, Object> programRequest(DemoProgram program) {
        return Map.of("code", program.code(), "name", program.name(), "kind", program.kind(), "category", program.category(),
                "confers", Map.of("ladder", program.ladder().name(), "level", program.level()));
    }

    private String createClass(String programId, DemoProgram program, String cohort, LocalDate start, LocalDate end) {
        Map<String, Object> body = new HashMap<>();
        body.put("programId", programId);
        body.put("provider", program.provider());
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

    /** Enrollment checks eligibility against its replica, which fills from the registry's events. */
    private void awaitReplica(List<Registered> cadres) {
        List<Registered> sample = cadres.subList(Math.max(0, cadres.size() - 20), cadres.size());
        awaitUntil("the enrollment replica to receive the demo cadres", () ->
                sample.stream().allMatch(r -> enrollment.get("/api/v1/cadres/" + r.cadreId()).status() == 200));
    }

    private void awaitReporting(String provinceId, int cadres) {
        awaitUntil("the reporting views to count " + cadres + " cadres", () -> {
            ApiClient.Response response = reporting.get("/api/v1/units/" + provinceId + "/progress");
            if (response.status() != 200) {
                return false;
            }
            JsonNode progress = response.json();
            return progress.path("headcount").asInt() == cadres;
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
