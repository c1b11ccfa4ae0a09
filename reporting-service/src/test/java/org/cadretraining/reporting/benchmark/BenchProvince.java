package org.cadretraining.reporting.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.common.utils.Utils;
import org.cadretraining.events.EventType;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.enrollment.CadreEnrolled;
import org.cadretraining.events.enrollment.CourseGraduated;
import org.cadretraining.events.enrollment.EnrollmentWithdrawn;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.reporting.Events;

/**
 * A synthetic province for the benchmark, generated deterministically, and what the views must show once all of it
 * is absorbed: one province, 10 districts, 20 communes (31 units), or a country of provinces with their communes
 * directly under them (the two-tier local government since July 2025; the first province's figures are checked); {@code cadres} cadres spread over them; and
 * {@code enrollmentEvents} enrollment events (CadreEnrolled, then sometimes CourseGraduated or EnrollmentWithdrawn),
 * the last one on every partition a sentinel enrollment whose visibility means its partition was read to the end.
 */
final class BenchProvince {
    static final int DISTRICTS = 10;
    static final int COMMUNES_PER_DISTRICT = 2;
    static final LocalDate DEADLINE = LocalDate.of(2027, 12, 31);
    private static final PoliticalTheoryLevel[] PT = {PoliticalTheoryLevel.NONE, PoliticalTheoryLevel.ELEMENTARY,
            PoliticalTheoryLevel.INTERMEDIATE, PoliticalTheoryLevel.ADVANCED};

    /** Where the generated events go. */
    interface Sink {
        void send(String topic, String key, String ceType, byte[] payload);
    }

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final int cadres;
    final int enrollmentEvents;
    final int partitions;
    final int provinces;
    final int communesPerProvince;
    /** Units in the first province (itself included): units 0 .. unitsOfProvince - 1. */
    final int unitsOfProvince;
    final List<String> units = new ArrayList<>();
    final String province;
    /** Per cadre: the categories of its open enrollments (a bit per ProgramCategory ordinal). */
    private final int[] studyingMask;
    /** Per cadre: studying for a political-theory level of INTERMEDIATE or above; and finishing by the deadline. */
    private final boolean[] studyingPt;
    private final boolean[] ptInTime;
    final Map<Integer, String> sentinelCadreByPartition = new java.util.TreeMap<>();
    final Map<String, String> sentinelEnrollmentByCadre = new java.util.LinkedHashMap<>();
    int enrolledEvents;
    int graduatedEvents;
    int withdrawnEvents;

    BenchProvince(int cadres, int enrollmentEvents, int partitions) {
        this(cadres, enrollmentEvents, partitions, 1, 0);
    }

    /**
     * @param provinces           how many provinces; with more than one, the country after the 2025 reorganization:
     *                            each province's communes directly under it ({@code communesPerProvince} each), and the
     *                            figures checked are the first province's
     * @param communesPerProvince with one province and 0, the benchmark's original province: 10 districts, 2 communes each
     */
    BenchProvince(int cadres, int enrollmentEvents, int partitions, int provinces, int communesPerProvince) {
        if (enrollmentEvents < partitions) {
            throw new IllegalArgumentException("need at least one enrollment event per partition");
        }
        this.cadres = cadres;
        this.enrollmentEvents = enrollmentEvents;
        this.partitions = partitions;
        this.provinces = provinces;
        this.communesPerProvince = communesPerProvince;
        this.studyingMask = new int[cadres];
        this.studyingPt = new boolean[cadres];
        this.ptInTime = new boolean[cadres];
        province = unitId(0);
        int unitCount = twoTier() ? provinces * (1 + communesPerProvince) : 1 + DISTRICTS + DISTRICTS * COMMUNES_PER_DISTRICT;
        for (int u = 0; u < unitCount; u++) {
            units.add(unitId(u));
        }
        this.unitsOfProvince = twoTier() ? 1 + communesPerProvince : units.size();
    }

    private boolean twoTier() {
        return provinces > 1 || communesPerProvince > 0;
    }

    /** Whether the cadre serves in the first province, whose figures the benchmark checks. */
    boolean inProvince(int cadre) {
        return unitOf(cadre) < unitsOfProvince;
    }

    /** The cadres of the first province. */
    long provinceCadres() {
        long n = 0;
        for (int i = 0; i < cadres; i++) {
            n += inProvince(i) ? 1 : 0;
        }
        return n;
    }

    /** Women among the first province's cadres (every even-numbered cadre is a woman). */
    long women() {
        long n = 0;
        for (int i = 0; i < cadres; i++) {
            n += inProvince(i) && i % 2 == 0 ? 1 : 0;
        }
        return n;
    }

    /** The last commune of the first province: the commune the queries ask about. */
    String commune() {
        return units.get(unitsOfProvince - 1);
    }

    private String unitId(int u) {
        return "bench-" + run + "-unit-" + u;
    }

    String cadreId(int i) {
        return "bench-" + run + "-cadre-" + i;
    }

    int unitOf(int cadre) {
        return cadre % units.size();
    }

    PoliticalTheoryLevel ptLevel(int cadre) {
        return PT[cadre % PT.length];
    }

    int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    static <T> void send(Sink sink, EventType<T> type, String key, T payload) {
        sink.send(type.topic().name(), key, type.ceType(), EventCodec.toJson(payload));
    }

    void sendUnits(Sink sink) {
        if (twoTier()) {
            for (int p = 0; p < provinces; p++) {
                String provinceId = units.get(p * (1 + communesPerProvince));
                send(sink, EventTypes.UNIT_CREATED, provinceId, Events.unit(provinceId, "BP" + p + "-" + run, UnitLevel.PROVINCE, null));
                for (int c = 1; c <= communesPerProvince; c++) {
                    String commune = units.get(p * (1 + communesPerProvince) + c);
                    send(sink, EventTypes.UNIT_CREATED, commune, Events.unit(commune, "BC" + p + "." + c + "-" + run, UnitLevel.COMMUNE,
                            provinceId));
                }
            }
            return;
        }
        send(sink, EventTypes.UNIT_CREATED, province, Events.unit(province, "BP-" + run, UnitLevel.PROVINCE, null));
        for (int d = 0; d < DISTRICTS; d++) {
            String district = units.get(1 + d);
            send(sink, EventTypes.UNIT_CREATED, district, Events.unit(district, "BD" + d + "-" + run, UnitLevel.DISTRICT, province));
        }
        for (int c = 0; c < DISTRICTS * COMMUNES_PER_DISTRICT; c++) {
            String commune = units.get(1 + DISTRICTS + c);
            String district = units.get(1 + c / COMMUNES_PER_DISTRICT);
            send(sink, EventTypes.UNIT_CREATED, commune, Events.unit(commune, "BC" + c + "-" + run, UnitLevel.COMMUNE, district));
        }
    }

    void sendCadres(Sink sink) {
        for (int i = 0; i < cadres; i++) {
            String id = cadreId(i);
            send(sink, EventTypes.CADRE_REGISTERED, id, Events.cadre(id, units.get(unitOf(i)),
                    i % 2 == 0 ? Gender.FEMALE : Gender.MALE, 1965 + i % 35, i % 7 == 0, ptLevel(i)));
        }
    }

    /** The enrollment events, in an order that keeps each enrollment's own events in sequence; sentinels last. */
    void sendEnrollments(Sink sink) {
        // One cadre per partition carries that partition's sentinel, the last record produced to it.
        for (int i = 0; i < cadres && sentinelCadreByPartition.size() < partitions; i++) {
            sentinelCadreByPartition.putIfAbsent(partitionOf(cadreId(i)), cadreId(i));
        }
        if (sentinelCadreByPartition.size() < partitions) {
            throw new IllegalStateException("too few cadres to put a sentinel on every partition");
        }
        int budget = enrollmentEvents - partitions;
        Random random = new Random(42);
        int sent = 0;
        for (long k = 0; sent < budget; k++) {
            int cadre = (int) (k % cadres);
            int pattern = random.nextInt(5);
            int kind = random.nextInt(3);
            LocalDate end = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(1000));
            int events = pattern < 2 ? 1 : 2;
            if (sent + events > budget) {
                pattern = 0;
                events = 1;
            }
            String enrollment = "bench-" + run + "-enr-" + k;
            CadreEnrolled enrolled = enrolled(enrollment, cadre, kind, end, k);
            send(sink, EventTypes.CADRE_ENROLLED, cadreId(cadre), enrolled);
            enrolledEvents++;
            if (pattern == 2 || pattern == 3) {
                send(sink, EventTypes.COURSE_GRADUATED, cadreId(cadre), new CourseGraduated(enrollment, cadreId(cadre),
                        enrolled.classId(), enrolled.programId(), enrolled.programCategory(), enrolled.mode(),
                        enrolled.confers(), "CC-" + k, end));
                graduatedEvents++;
            } else if (pattern == 4) {
                send(sink, EventTypes.ENROLLMENT_WITHDRAWN, cadreId(cadre), new EnrollmentWithdrawn(enrollment, cadreId(cadre),
                        enrolled.classId(), LocalDate.of(2026, 5, 1), "Chuyển công tác"));
                withdrawnEvents++;
            } else {
                open(cadre, enrolled);
            }
            sent += events;
        }
        for (var entry : sentinelCadreByPartition.entrySet()) {
            int cadre = Integer.parseInt(entry.getValue().substring(entry.getValue().lastIndexOf('-') + 1));
            String enrollment = "bench-" + run + "-sentinel-" + entry.getKey();
            CadreEnrolled enrolled = enrolled(enrollment, cadre, 0, LocalDate.of(2026, 12, 1), entry.getKey());
            send(sink, EventTypes.CADRE_ENROLLED, entry.getValue(), enrolled);
            enrolledEvents++;
            open(cadre, enrolled);
            sentinelEnrollmentByCadre.put(entry.getValue(), enrollment);
        }
    }

    private CadreEnrolled enrolled(String enrollment, int cadre, int kind, LocalDate end, long k) {
        ProgramCategory category = kind == 2 ? ProgramCategory.STATE_MANAGEMENT : ProgramCategory.POLITICAL_THEORY;
        ConferredLevel confers = kind == 0 ? new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE")
                : kind == 1 ? new ConferredLevel(Ladder.POLITICAL_THEORY, "ADVANCED") : null;
        return new CadreEnrolled(enrollment, cadreId(cadre), "bench-" + run + "-class-" + (k % 120),
                "bench-program-" + kind, category, k % 2 == 0 ? StudyMode.CONCENTRATED : StudyMode.IN_SERVICE,
                end.minusMonths(9), end, confers, Instant.now(), units.get(unitOf(cadre)), null, null,
                FundingSource.STATE_BUDGET);
    }

    private void open(int cadre, CadreEnrolled enrolled) {
        studyingMask[cadre] |= 1 << enrolled.programCategory().ordinal();
        if (enrolled.confers() != null && enrolled.confers().ladder() == Ladder.POLITICAL_THEORY
                && Ladder.POLITICAL_THEORY.rank(enrolled.confers().level()) >= Ladder.POLITICAL_THEORY.rank("INTERMEDIATE")) {
            studyingPt[cadre] = true;
            ptInTime[cadre] |= !enrolled.expectedEndDate().isAfter(DEADLINE);
        }
    }

    // ---- what the views must show ----

    long headcount(String unitId) {
        int u = units.indexOf(unitId);
        long n = 0;
        for (int i = 0; i < cadres; i++) {
            if (unitOf(i) == u) {
                n++;
            }
        }
        return n;
    }

    long studyingNow() {
        long n = 0;
        for (int i = 0; i < cadres; i++) {
            n += inProvince(i) && studyingMask[i] != 0 ? 1 : 0;
        }
        return n;
    }

    Map<ProgramCategory, Long> studyingByCategory() {
        Map<ProgramCategory, Long> counts = new EnumMap<>(ProgramCategory.class);
        for (int i = 0; i < cadres; i++) {
            int mask = inProvince(i) ? studyingMask[i] : 0;
            for (ProgramCategory category : ProgramCategory.values()) {
                if ((mask & 1 << category.ordinal()) != 0) {
                    counts.merge(category, 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    Map<PoliticalTheoryLevel, Long> politicalTheory() {
        Map<PoliticalTheoryLevel, Long> counts = new EnumMap<>(PoliticalTheoryLevel.class);
        for (int i = 0; i < cadres; i++) {
            if (inProvince(i)) {
                counts.merge(ptLevel(i), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The target "political theory INTERMEDIATE or above, or studying for it, by {@link #DEADLINE}" over the province. */
    long targetMeeting() {
        long n = 0;
        for (int i = 0; i < cadres; i++) {
            n += inProvince(i) && (holdsIntermediate(i) || studyingPt[i]) ? 1 : 0;
        }
        return n;
    }

    long targetExpectedByDeadline() {
        long n = 0;
        for (int i = 0; i < cadres; i++) {
            n += inProvince(i) && (holdsIntermediate(i) || ptInTime[i]) ? 1 : 0;
        }
        return n;
    }

    private boolean holdsIntermediate(int cadre) {
        return ptLevel(cadre).ordinal() >= PoliticalTheoryLevel.INTERMEDIATE.ordinal();
    }
}
