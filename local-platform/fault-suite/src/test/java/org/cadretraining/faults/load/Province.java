package org.cadretraining.faults.load;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.faults.platform.FaultPlatform;
import org.cadretraining.faults.platform.Officials.Official;
import org.cadretraining.faults.platform.ServiceClient;
import org.cadretraining.faults.platform.ServiceClient.Reply;

/**
 * What the load works in, set up through the APIs as the province's officials would: a province with districts,
 * communes and its Political School; the officials' grants; the programs; the year's training plan with a quota and
 * an allocation for every unit; and two targets for reporting to follow.
 */
public record Province(String provinceId, List<String> districts, List<String> servingUnits, String schoolId,
                       List<Program> programs, Program raceProgram, String planId, int planYear, LocalDate classStart,
                       LocalDate classEnd, LocalDate graduationDay, List<TargetSpec> targets) {

    /** A program the load nominates to, and what it confers. */
    public record Program(String programId, String code, Ladder ladder, String level, String mode, int capacity) {
    }

    /** A target as it was defined: who counts (a unit's subtree, unit levels), what they must hold, by when. */
    public record TargetSpec(String targetId, String unitId, List<String> unitLevels, Ladder ladder, String minimumLevel,
                             boolean orStudying, LocalDate deadline) {
        Map<String, Object> request(String name, double thresholdPercent) {
            Map<String, Object> cohort = new HashMap<>();
            if (unitId != null) {
                cohort.put("unitId", unitId);
            }
            if (!unitLevels.isEmpty()) {
                cohort.put("unitLevels", unitLevels);
            }
            return Map.of("name", name, "cohort", cohort, "criterion", Map.of("ladder", ladder.name(), "minimumLevel", minimumLevel,
                    "orStudying", orStudying), "thresholdPercent", thresholdPercent, "deadline", deadline.toString());
        }

        TargetSpec withId(String id) {
            return new TargetSpec(id, unitId, unitLevels, ladder, minimumLevel, orStudying, deadline);
        }
    }

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static Province setUp(FaultPlatform platform) {
        ServiceClient registry = platform.registryApi();
        ServiceClient enrollment = platform.enrollmentApi();
        ServiceClient reporting = platform.reportingApi();
        String province = unit(registry, "DB", "Tỉnh Điện Biên", "PROVINCE", null);
        // Only a province is a root: the school is a unit under it.
        String school = unit(registry, "DB-TCT", "Trường Chính trị tỉnh Điện Biên", "DISTRICT", province);
        List<String> districts = new ArrayList<>();
        List<String> serving = new ArrayList<>();
        String[][] tree = {{"Huyện Mường Chà", "Xã Sa Lông", "Xã Mường Tùng"}, {"Huyện Tuần Giáo", "Xã Quài Cang", "Xã Chiềng Sinh"}};
        for (int d = 0; d < tree.length; d++) {
            String district = unit(registry, "DB-H" + d, tree[d][0], "DISTRICT", province);
            districts.add(district);
            serving.add(district);
            for (int c = 1; c < tree[d].length; c++) {
                serving.add(unit(registry, "DB-H" + d + "-X" + c, tree[d][c], "COMMUNE", district));
            }
        }
        for (Official official : Official.values()) {
            if (official.role() != null) {
                registry.post(Official.ADMIN, "grant", "/api/v1/access/grants", Map.of("subject", official.username(),
                        "role", official.role().name(), "unitId", official == Official.PROVIDER ? school : province)).expect(201);
            }
        }
        // The grants reach each service by event.
        Awaitility.await("the officials' grants in every service").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> enrollment.get(Official.TRAINING, "setup", "/api/v1/programs").ok()
                        && reporting.get(Official.REPORTS, "setup", "/api/v1/units/" + province + "/progress").ok()
                        && registry.get(Official.PERSONNEL, "setup", "/api/v1/units").ok());

        List<Program> programs = List.of(
                program(enrollment, "LLCT-TC", "Trung cấp lý luận chính trị – hành chính", "DEGREE", "POLITICAL_THEORY",
                        Ladder.POLITICAL_THEORY, "INTERMEDIATE", "IN_SERVICE", 60),
                program(enrollment, "QLNN-CVC", "Bồi dưỡng ngạch chuyên viên chính", "REFRESHER", "STATE_MANAGEMENT",
                        Ladder.STATE_MANAGEMENT, "PRINCIPAL_SPECIALIST", "IN_SERVICE", 60),
                program(enrollment, "THS-QLC", "Thạc sĩ quản lý công", "DEGREE", "POSTGRADUATE",
                        Ladder.PROFESSIONAL, "MASTER", "CONCENTRATED", 40));
        Program race = program(enrollment, "LDQL-CP", "Bồi dưỡng lãnh đạo cấp phòng", "REFRESHER", "LEADERSHIP",
                null, null, "IN_SERVICE", 5);

        // Classes began two months ago, so that a graduation can be dated yesterday; they end in the coming year.
        LocalDate today = LocalDate.now(ZONE);
        LocalDate start = today.minusDays(60);
        LocalDate end = start.plusDays(300);
        int year = start.getYear();
        String planId = enrollment.post(Official.TRAINING, "setup", "/api/v1/plans", Map.of("year", year,
                "name", "Kế hoạch đào tạo, bồi dưỡng cán bộ năm " + year, "needsDeadline", start.minusDays(30).toString()))
                .expect(201).text("planId");
        for (Program program : programs) {
            int quota = program.mode().equals("CONCENTRATED") ? 1800 : 2400;
            List<Map<String, Object>> allocations = serving.stream()
                    .<Map<String, Object>>map(u -> Map.of("unitId", u, "seats", quota / serving.size())).toList();
            enrollment.post(Official.TRAINING, "setup", "/api/v1/plans/" + planId + "/quotas", Map.of("programId", program.programId(),
                    "mode", program.mode(), "quota", quota, "allocations", allocations)).expect(200);
        }
        Reply approved = enrollment.post(Official.TRAINING, "setup", "/api/v1/plans/" + planId + "/approve", Map.of()).expect(200);
        if (!"APPROVED".equals(approved.text("status"))) {
            throw new IllegalStateException("The plan was not approved: " + approved.body());
        }

        LocalDate deadline = LocalDate.of(today.getYear() + 1, 12, 31);
        TargetSpec politicalTheory = new TargetSpec(null, province, List.of(), Ladder.POLITICAL_THEORY, "INTERMEDIATE", true, deadline);
        TargetSpec masters = new TargetSpec(null, null, List.of("COMMUNE"), Ladder.PROFESSIONAL, "MASTER", false, deadline);
        List<TargetSpec> targets = List.of(
                politicalTheory.withId(target(reporting, politicalTheory.request(
                        "60% cán bộ có trình độ trung cấp lý luận chính trị trở lên hoặc đang học", 60))),
                masters.withId(target(reporting, masters.request("30% công chức cấp xã có trình độ thạc sĩ", 30))));
        return new Province(province, districts, serving, school, programs, race, planId, year, start, end,
                today.minusDays(1), targets);
    }

    private static String unit(ServiceClient registry, String code, String name, String level, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "level", level));
        if (parent != null) {
            body.put("parentUnitId", parent);
        }
        return registry.post(Official.ADMIN, "setup", "/api/v1/units", body).expect(201).text("unitId");
    }

    private static Program program(ServiceClient enrollment, String code, String name, String kind, String category,
                                   Ladder ladder, String level, String mode, int capacity) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "kind", kind, "category", category));
        if (ladder != null) {
            body.put("confers", Map.of("ladder", ladder.name(), "level", level));
        }
        String id = enrollment.post(Official.TRAINING, "setup", "/api/v1/programs", body).expect(201).text("programId");
        return new Program(id, code, ladder, level, mode, capacity);
    }

    private static String target(ServiceClient reporting, Map<String, Object> body) {
        return reporting.post(Official.TRAINING, "setup", "/api/v1/targets", body).expect(201).text("targetId");
    }

    /** Schedules a class of the program at the Political School, for the load's nominations. */
    public String scheduleClass(ServiceClient enrollment, Program program, String cohort, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("programId", program.programId());
        body.put("provider", "Trường Chính trị tỉnh Điện Biên");
        body.put("providerUnitId", schoolId);
        body.put("cohort", cohort);
        body.put("mode", program.mode());
        body.put("startDate", classStart.toString());
        body.put("endDate", classEnd.toString());
        body.put("location", "Thành phố Điện Biên Phủ");
        body.put("capacity", capacity);
        body.put("fundingSource", "STATE_BUDGET");
        Reply reply = enrollment.post(Official.TRAINING, "schedule class", "/api/v1/classes", body);
        return reply.status() == 201 ? reply.text("classId") : null;
    }
}
