package org.cadretraining.faults.truth;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.faults.load.Province;
import org.cadretraining.faults.load.Province.TargetSpec;
import org.cadretraining.platform.infrastructure.DatabaseCoordinates;

/**
 * What every view must show, recomputed from the services' own databases with SQL: the registry's units, cadres and
 * qualification records, and enrollment's classes, enrollments and plan. Reporting is never asked; its views are
 * compared with this ({@link Views}). The rules are reporting's, restated: a cadre counts in their unit while ACTIVE;
 * a level is the highest recorded on its ladder; a student is a seat not withdrawn; "studying" is a seat still ENROLLED.
 * <p>
 * It also compares the copies one service keeps of another's data: enrollment's cadre replica with the registry, and
 * the registry's graduation-made qualification records with enrollment's graduations.
 */
public final class Truth {
    /** reporting.young-age-limit. */
    private static final int YOUNG_AGE_LIMIT = 35;
    private final DatabaseCoordinates registry;
    private final DatabaseCoordinates enrollment;
    private final Province province;

    public Truth(DatabaseCoordinates registry, DatabaseCoordinates enrollment, Province province) {
        this.registry = registry;
        this.enrollment = enrollment;
        this.province = province;
    }

    record Unit(String id, String parentId, String level) {
    }

    record Cadre(String id, String unitId, String status, boolean woman, boolean minority, String tier, int birthYear,
                 Map<Ladder, String> levels) {
    }

    record Seat(String id, String cadreId, String classId, String status, String planId, String unitId) {
    }

    record TrainingClass(String id, String programId, String category, String mode, int year, LocalDate end, int capacity,
                         String status, Ladder confersLadder, String confersLevel) {
    }

    record Quota(String programId, String mode, int quota, Map<String, Integer> allocations) {
    }

    record Replica(String cadreId, String unitId, String status, String tier, Map<Ladder, String> levels) {
    }

    record GraduationRecord(String cadreId, String enrollmentId, Ladder ladder, String level) {
    }

    /** The databases as they stand: read in one go per database. */
    public record Snapshot(Map<String, Unit> units, Map<String, Cadre> cadres, List<Seat> seats,
                           Map<String, TrainingClass> classes, List<Quota> quotas, Map<String, Replica> replicas,
                           List<GraduationRecord> graduationRecords) {
    }

    public Snapshot read() {
        Map<String, Unit> units = new LinkedHashMap<>();
        Map<String, Cadre> cadres = new LinkedHashMap<>();
        List<GraduationRecord> graduationRecords = new ArrayList<>();
        try (Connection db = connect(registry); Statement sql = db.createStatement()) {
            try (ResultSet rs = sql.executeQuery("SELECT id, parent_id, level FROM unit")) {
                while (rs.next()) {
                    units.put(rs.getString(1), new Unit(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            Map<String, Map<Ladder, String>> levels = new HashMap<>();
            try (ResultSet rs = sql.executeQuery("SELECT cadre_id, ladder, level, source, enrollment_id FROM qualification_record")) {
                while (rs.next()) {
                    Ladder ladder = Ladder.valueOf(rs.getString(2));
                    String level = rs.getString(3);
                    levels.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Ladder.class))
                            .merge(ladder, level, (a, b) -> ladder.rank(a) >= ladder.rank(b) ? a : b);
                    if ("GRADUATION".equals(rs.getString(4))) {
                        graduationRecords.add(new GraduationRecord(rs.getString(1), rs.getString(5), ladder, level));
                    }
                }
            }
            try (ResultSet rs = sql.executeQuery("""
                    SELECT id, unit_id, status, gender, ethnicity, management_tier, extract(year FROM birth_date)::int FROM cadre""")) {
                while (rs.next()) {
                    cadres.put(rs.getString(1), new Cadre(rs.getString(1), rs.getString(2), rs.getString(3),
                            "FEMALE".equals(rs.getString(4)), !"KINH".equals(rs.getString(5)), rs.getString(6), rs.getInt(7),
                            withNone(levels.get(rs.getString(1)))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the registry's database", e);
        }
        List<Seat> seats = new ArrayList<>();
        Map<String, TrainingClass> classes = new LinkedHashMap<>();
        List<Quota> quotas = new ArrayList<>();
        Map<String, Replica> replicas = new LinkedHashMap<>();
        try (Connection db = connect(enrollment); Statement sql = db.createStatement()) {
            try (ResultSet rs = sql.executeQuery("""
                    SELECT c.id, c.program_id, p.category, c.mode, extract(year FROM c.start_date)::int, c.end_date, c.capacity,
                           c.status, p.confers_ladder, p.confers_level
                    FROM training_class c JOIN program p ON p.id = c.program_id""")) {
                while (rs.next()) {
                    classes.put(rs.getString(1), new TrainingClass(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getString(8),
                            rs.getString(9) == null ? null : Ladder.valueOf(rs.getString(9)), rs.getString(10)));
                }
            }
            try (ResultSet rs = sql.executeQuery("SELECT id, cadre_id, class_id, status, plan_id, unit_id FROM enrollment")) {
                while (rs.next()) {
                    seats.add(new Seat(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6)));
                }
            }
            Map<String, Map<String, Integer>> allocations = new HashMap<>();
            try (ResultSet rs = sql.executeQuery("SELECT program_id, mode, unit_id, seats FROM plan_allocation WHERE plan_id = '"
                    + province.planId() + "'")) {
                while (rs.next()) {
                    allocations.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new LinkedHashMap<>())
                            .put(rs.getString(3), rs.getInt(4));
                }
            }
            try (ResultSet rs = sql.executeQuery("SELECT program_id, mode, quota FROM plan_quota WHERE plan_id = '"
                    + province.planId() + "'")) {
                while (rs.next()) {
                    quotas.add(new Quota(rs.getString(1), rs.getString(2), rs.getInt(3),
                            allocations.getOrDefault(rs.getString(1) + "|" + rs.getString(2), Map.of())));
                }
            }
            try (ResultSet rs = sql.executeQuery("""
                    SELECT cadre_id, unit_id, status, management_tier, professional_level, political_theory_level,
                           state_management_level FROM cadre_replica""")) {
                while (rs.next()) {
                    Map<Ladder, String> levels = new EnumMap<>(Ladder.class);
                    levels.put(Ladder.PROFESSIONAL, rs.getString(5));
                    levels.put(Ladder.POLITICAL_THEORY, rs.getString(6));
                    levels.put(Ladder.STATE_MANAGEMENT, rs.getString(7));
                    replicas.put(rs.getString(1), new Replica(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), levels));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the enrollment database", e);
        }
        return new Snapshot(units, cadres, seats, classes, quotas, replicas, graduationRecords);
    }

    /** Every figure of reporting's views that {@link Views} reads, as the databases say it must be. */
    public Figures expected(Snapshot s) {
        Figures figures = new Figures();
        Map<String, List<Seat>> seatsByCadre = new HashMap<>();
        s.seats().forEach(seat -> seatsByCadre.computeIfAbsent(seat.cadreId(), k -> new ArrayList<>()).add(seat));
        // Unit progress: each serving unit on its own, and the province and the districts as subtrees.
        for (String unitId : province.servingUnits()) {
            progress(figures, s, seatsByCadre, unitId, "UNIT", Set.of(unitId));
        }
        List<String> subtrees = new ArrayList<>(province.districts());
        subtrees.add(province.provinceId());
        for (String unitId : subtrees) {
            progress(figures, s, seatsByCadre, unitId, "SUBTREE", subtree(s, unitId));
        }
        // Targets, province-wide and narrowed to each district.
        for (TargetSpec target : province.targets()) {
            target(figures, s, seatsByCadre, target, "all", c -> true);
            for (String district : province.districts()) {
                Set<String> units = subtree(s, district);
                target(figures, s, seatsByCadre, target, district, c -> units.contains(c.unitId()));
            }
        }
        // Class statistics: every class, and the students each district sent.
        classStatistics(figures, s, "all", seat -> true, true);
        for (String district : province.districts()) {
            Set<String> units = subtree(s, district);
            classStatistics(figures, s, district, seat -> units.contains(seat.unitId()), false);
        }
        planFulfilment(figures, s);
        return figures;
    }

    private void progress(Figures figures, Snapshot s, Map<String, List<Seat>> seatsByCadre, String unitId, String scope,
                          Set<String> units) {
        String at = "progress/" + unitId + "/" + scope + "/";
        long headcount = 0;
        long women = 0;
        long minority = 0;
        long young = 0;
        long studying = 0;
        Map<String, Long> counts = new HashMap<>();
        int year = Year.now(Province.ZONE).getValue();
        for (Cadre cadre : s.cadres().values()) {
            if (!"ACTIVE".equals(cadre.status()) || !units.contains(cadre.unitId())) {
                continue;
            }
            headcount++;
            women += cadre.woman() ? 1 : 0;
            minority += cadre.minority() ? 1 : 0;
            young += year - cadre.birthYear() < YOUNG_AGE_LIMIT ? 1 : 0;
            counts.merge("politicalTheory/" + cadre.levels().get(Ladder.POLITICAL_THEORY), 1L, Long::sum);
            counts.merge("professional/" + cadre.levels().get(Ladder.PROFESSIONAL), 1L, Long::sum);
            counts.merge("stateManagement/" + cadre.levels().get(Ladder.STATE_MANAGEMENT), 1L, Long::sum);
            counts.merge("byTier/" + cadre.tier(), 1L, Long::sum);
            counts.merge("byUnitLevel/" + s.units().get(cadre.unitId()).level(), 1L, Long::sum);
            Set<String> categories = new TreeSet<>();
            for (Seat seat : seatsByCadre.getOrDefault(cadre.id(), List.of())) {
                if ("ENROLLED".equals(seat.status())) {
                    categories.add(s.classes().get(seat.classId()).category());
                }
            }
            studying += categories.isEmpty() ? 0 : 1;
            categories.forEach(category -> counts.merge("studyingNow/byCategory/" + category, 1L, Long::sum));
        }
        figures.put(at + "headcount", headcount).put(at + "women", women).put(at + "ethnicMinority", minority)
                .put(at + "young", young).put(at + "studyingNow/total", studying);
        counts.forEach((name, n) -> figures.put(at + name, n));
    }

    private void target(Figures figures, Snapshot s, Map<String, List<Seat>> seatsByCadre, TargetSpec target, String narrowedTo,
                        Predicate<Cadre> within) {
        Set<String> cohortUnits = target.unitId() == null ? null : subtree(s, target.unitId());
        Ladder ladder = target.ladder();
        int minimum = ladder.rank(target.minimumLevel());
        long cohort = 0;
        long meeting = 0;
        long expected = 0;
        for (Cadre cadre : s.cadres().values()) {
            if (!"ACTIVE".equals(cadre.status()) || !within.test(cadre)
                    || cohortUnits != null && !cohortUnits.contains(cadre.unitId())
                    || !target.unitLevels().isEmpty() && !target.unitLevels().contains(s.units().get(cadre.unitId()).level())) {
                continue;
            }
            cohort++;
            boolean holds = ladder.rank(cadre.levels().get(ladder)) >= minimum;
            boolean studying = false;
            boolean inTime = false;
            for (Seat seat : seatsByCadre.getOrDefault(cadre.id(), List.of())) {
                TrainingClass klass = s.classes().get(seat.classId());
                if ("ENROLLED".equals(seat.status()) && klass.confersLadder() == ladder && ladder.rank(klass.confersLevel()) >= minimum) {
                    studying = true;
                    inTime |= !klass.end().isAfter(target.deadline());
                }
            }
            meeting += holds || target.orStudying() && studying ? 1 : 0;
            expected += holds || inTime ? 1 : 0;
        }
        String at = "targets/" + target.targetId() + "/" + narrowedTo + "/";
        figures.put(at + "cohortSize", cohort).put(at + "meeting", meeting).put(at + "expectedByDeadline", expected);
    }

    private void classStatistics(Figures figures, Snapshot s, String narrowedTo, Predicate<Seat> sentBy, boolean whole) {
        Map<String, long[]> byClass = new HashMap<>();
        for (Seat seat : s.seats()) {
            if (!"WITHDRAWN".equals(seat.status()) && sentBy.test(seat)) {
                byClass.computeIfAbsent(seat.classId(), k -> new long[1])[0]++;
            }
        }
        Map<String, Long> students = new HashMap<>();
        for (String mode : List.of("CONCENTRATED", "IN_SERVICE", "ONLINE")) {
            List<TrainingClass> ofMode = s.classes().values().stream()
                    .filter(c -> c.mode().equals(mode) && !"CANCELLED".equals(c.status()))
                    .filter(c -> whole || byClass.containsKey(c.id())).toList();
            if (ofMode.isEmpty()) {
                continue;
            }
            long modeStudents = ofMode.stream().mapToLong(c -> byClass.getOrDefault(c.id(), new long[1])[0]).sum();
            long capacity = ofMode.stream().mapToLong(TrainingClass::capacity).sum();
            String at = "classes/" + narrowedTo + "/" + mode + "/";
            figures.put(at + "classes", ofMode.size()).put(at + "students", modeStudents)
                    .put(at + "averagePerClass", Figures.round(modeStudents / (double) ofMode.size(), 1));
            if (whole) {
                figures.put(at + "fillRate", Figures.round(modeStudents / (double) capacity, 3));
            }
            students.put(mode, modeStudents);
        }
        Long concentrated = students.get("CONCENTRATED");
        Long inService = students.get("IN_SERVICE");
        if (concentrated != null && inService != null && concentrated > 0) {
            figures.put("classes/" + narrowedTo + "/ratio", Figures.round(inService / (double) concentrated, 2));
        }
    }

    private void planFulfilment(Figures figures, Snapshot s) {
        String at = "plan/" + province.planId() + "/";
        long total = 0;
        for (Quota quota : s.quotas()) {
            Predicate<Seat> ofQuota = seat -> province.planId().equals(seat.planId()) && !"WITHDRAWN".equals(seat.status())
                    && quota.programId().equals(s.classes().get(seat.classId()).programId())
                    && quota.mode().equals(s.classes().get(seat.classId()).mode());
            long sent = s.seats().stream().filter(ofQuota).count();
            total += sent;
            String line = at + quota.programId() + "|" + quota.mode() + "/";
            figures.put(line + "quota", quota.quota()).put(line + "sent", sent);
            for (Map.Entry<String, Integer> allocation : quota.allocations().entrySet()) {
                long unitSent = s.seats().stream().filter(ofQuota).filter(seat -> allocation.getKey().equals(seat.unitId())).count();
                figures.put(line + allocation.getKey() + "/allocated", allocation.getValue())
                        .put(line + allocation.getKey() + "/sent", unitSent);
            }
        }
        figures.put(at + "sent", total);
    }

    /**
     * The copies, compared with their originals. Enrollment's replica of each cadre: unit, status, tier and the three
     * levels, as the registry has them. The registry's qualification records made by graduations: one for each
     * graduation enrollment recorded in a class that confers a level, on that ladder at that level, and none other.
     */
    public List<Figures.Mismatch> copies(Snapshot s) {
        Figures registrySide = new Figures();
        Figures replicaSide = new Figures();
        for (Cadre cadre : s.cadres().values()) {
            String at = "replica/" + cadre.id() + "/";
            registrySide.put(at + "unit", cadre.unitId()).put(at + "status", cadre.status()).put(at + "tier", cadre.tier());
            cadre.levels().forEach((ladder, level) -> registrySide.put(at + ladder, level));
        }
        for (Replica replica : s.replicas().values()) {
            String at = "replica/" + replica.cadreId() + "/";
            replicaSide.put(at + "unit", replica.unitId()).put(at + "status", replica.status()).put(at + "tier", replica.tier());
            replica.levels().forEach((ladder, level) -> replicaSide.put(at + ladder, level));
        }
        Figures graduations = new Figures();
        Figures records = new Figures();
        for (Seat seat : s.seats()) {
            TrainingClass klass = s.classes().get(seat.classId());
            if ("GRADUATED".equals(seat.status()) && klass.confersLadder() != null) {
                graduations.put("graduation/" + seat.id() + "/records", 1).put("graduation/" + seat.id() + "/level",
                        klass.confersLadder() + " " + klass.confersLevel());
            }
        }
        Map<String, Long> perEnrollment = new HashMap<>();
        for (GraduationRecord record : s.graduationRecords()) {
            perEnrollment.merge(record.enrollmentId(), 1L, Long::sum);
            records.put("graduation/" + record.enrollmentId() + "/level", record.ladder() + " " + record.level());
        }
        perEnrollment.forEach((id, n) -> records.put("graduation/" + id + "/records", n));
        List<Figures.Mismatch> mismatches = new ArrayList<>(registrySide.against(replicaSide));
        mismatches.addAll(graduations.against(records));
        return mismatches;
    }

    static Set<String> subtree(Snapshot s, String root) {
        Set<String> units = new TreeSet<>();
        for (Unit unit : s.units().values()) {
            for (String at = unit.id(); at != null; at = s.units().get(at) == null ? null : s.units().get(at).parentId()) {
                if (Objects.equals(at, root)) {
                    units.add(unit.id());
                    break;
                }
            }
        }
        return units;
    }

    private static Map<Ladder, String> withNone(Map<Ladder, String> levels) {
        Map<Ladder, String> all = new EnumMap<>(Ladder.class);
        for (Ladder ladder : Ladder.values()) {
            all.put(ladder, levels == null ? "NONE" : levels.getOrDefault(ladder, "NONE"));
        }
        return all;
    }

    static Connection connect(DatabaseCoordinates db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }
}
