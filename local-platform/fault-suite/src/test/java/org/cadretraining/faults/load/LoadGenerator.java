package org.cadretraining.faults.load;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.faults.load.Province.Program;
import org.cadretraining.faults.platform.FaultPlatform;
import org.cadretraining.faults.platform.Officials.Official;
import org.cadretraining.faults.platform.ServiceClient;
import org.cadretraining.faults.platform.ServiceClient.Reply;

/**
 * A steady mix of the work officials do, through the services' HTTP APIs with their own tokens: the personnel officer
 * registers and transfers cadres; the unit officer nominates them and approves at unit level; the training officer
 * approves at province level, withdraws, and schedules a new class when one fills; the school graduates students; a
 * report viewer reads the province's figures, as the dashboard does.
 * <p>
 * It keeps a small model of what it has done, to pick operations that make sense (a cadre not yet holding what a
 * class confers, a nomination waiting at the right stage). The model is only a guide: the truth is read from the
 * databases, and an answer that leaves it unsure (a killed service, a 503) just drops the item from the model.
 */
public final class LoadGenerator implements AutoCloseable {
    public enum Operation { REGISTER, TRANSFER, NOMINATE, APPROVE_UNIT, APPROVE_PROVINCE, GRADUATE, WITHDRAW, READ_VIEWS }

    private static final int WORKERS = 3;
    private static final Duration TICK = Duration.ofMillis(250);
    public static final String DESCRIPTION = WORKERS + " workers, each starting an operation " + TICK.toMillis()
            + " ms after its last ended: 22% registrations (all of them until 20 cadres exist), 8% transfers, 20% nominations, "
            + "14% unit approvals, 14% province approvals, 11% graduations, 5% withdrawals, 6% reads of the views";
    private static final String[] FAMILY = {"Nguyễn", "Lò", "Quàng", "Lường", "Giàng", "Vừ", "Trần", "Cà"};
    private static final String[] GIVEN = {"Văn Minh", "Thị Hoa", "Văn Thắng", "Thị Mai", "A Sáng", "Thị Dua", "Văn Hùng", "Thị Lan"};
    private static final String[] ETHNICITY = {"KINH", "THAI", "HMONG", "KINH", "TAY", "THAI"};

    private final Province province;
    private final ServiceClient registry;
    private final ServiceClient enrollment;
    private final ServiceClient reporting;
    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(WORKERS, r -> {
        Thread t = new Thread(r, "load");
        t.setDaemon(true);
        return t;
    });
    /** Operations hold it shared; {@link #pause()} takes it exclusively, so that it returns once nothing is in flight. */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);
    private final AtomicLong nationalIds = new AtomicLong();
    private final AtomicInteger cohorts = new AtomicInteger();
    private final Map<String, Cadre> cadres = new ConcurrentHashMap<>();
    private final List<String> cadreIds = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, OpenClass> currentClass = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<Nomination> awaitingUnit = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<Nomination> awaitingProvince = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<Seat> seated = new ConcurrentLinkedDeque<>();
    private final Map<Operation, AtomicLong> done = new EnumMap<>(Operation.class);

    private static final class Cadre {
        volatile String unitId;
        final Map<Ladder, String> levels = new ConcurrentHashMap<>();
        /** Programs with a live nomination or seat: not nominated again. */
        final Set<String> live = ConcurrentHashMap.newKeySet();
    }

    private record OpenClass(String classId, int capacity, AtomicInteger nominated) {
    }

    private record Nomination(String nominationId, String cadreId, Program program) {
    }

    private record Seat(String enrollmentId, String cadreId, Program program) {
    }

    public LoadGenerator(FaultPlatform platform, Province province) {
        this.province = province;
        this.registry = platform.registryApi();
        this.enrollment = platform.enrollmentApi();
        this.reporting = platform.reportingApi();
        for (Operation operation : Operation.values()) {
            done.put(operation, new AtomicLong());
        }
        for (Program program : province.programs()) {
            newClass(program);
        }
    }

    public void start() {
        for (int i = 0; i < WORKERS; i++) {
            workers.scheduleWithFixedDelay(this::tick, i * 80L, TICK.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops taking new operations and returns once those in flight are done. */
    public void pause() {
        gate.writeLock().lock();
    }

    public void resume() {
        if (gate.isWriteLockedByCurrentThread()) {
            gate.writeLock().unlock();
        }
    }

    /** Successful operations of each kind so far. */
    public Map<Operation, Long> done() {
        Map<Operation, Long> copy = new EnumMap<>(Operation.class);
        done.forEach((op, n) -> copy.put(op, n.get()));
        return copy;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private void tick() {
        try {
            // With a timeout, unlike tryLock(), it honours the fair order: a waiting pause() is not overtaken.
            if (!gate.readLock().tryLock(0, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            run(pick());
        } catch (RuntimeException e) {
            // A broken answer is logged by the client; the load goes on.
            System.err.println("load: " + e);
        } finally {
            gate.readLock().unlock();
        }
    }

    private Operation pick() {
        int roll = ThreadLocalRandom.current().nextInt(100);
        if (cadres.size() < 20 || roll < 22) {
            return Operation.REGISTER;
        }
        if (roll < 30) {
            return Operation.TRANSFER;
        }
        if (roll < 50) {
            return Operation.NOMINATE;
        }
        if (roll < 64) {
            return Operation.APPROVE_UNIT;
        }
        if (roll < 78) {
            return Operation.APPROVE_PROVINCE;
        }
        if (roll < 89) {
            return Operation.GRADUATE;
        }
        if (roll < 94) {
            return Operation.WITHDRAW;
        }
        return Operation.READ_VIEWS;
    }

    private void run(Operation operation) {
        boolean succeeded = switch (operation) {
            case REGISTER -> register() != null;
            case TRANSFER -> transfer();
            case NOMINATE -> nominate();
            case APPROVE_UNIT -> approveAtUnit();
            case APPROVE_PROVINCE -> approveAtProvince();
            case GRADUATE -> graduate();
            case WITHDRAW -> withdraw();
            case READ_VIEWS -> readViews();
        };
        if (succeeded) {
            done.get(operation).incrementAndGet();
        }
    }

    /** Registers a cadre in a random unit; returns their id, or null if the registry did not take them. */
    public String register() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String unitId = randomOf(province.servingUnits());
        LocalDate birthDate = LocalDate.of(1968 + random.nextInt(34), 1 + random.nextInt(12), 1 + random.nextInt(28));
        boolean woman = random.nextBoolean();
        Map<String, Object> body = new HashMap<>();
        // A CCCD as the registry checks it: province of birth (Điện Biên, 011), gender and century, year of birth, serial.
        int genderAndCentury = (birthDate.getYear() / 100 - 19) * 2 + (woman ? 1 : 0);
        body.put("nationalId", String.format("011%d%02d%06d", genderAndCentury, birthDate.getYear() % 100, nationalIds.incrementAndGet()));
        body.put("fullName", randomOf(FAMILY) + " " + randomOf(GIVEN));
        body.put("birthDate", birthDate.toString());
        body.put("gender", woman ? "FEMALE" : "MALE");
        body.put("ethnicity", randomOf(ETHNICITY));
        body.put("unitId", unitId);
        body.put("position", random.nextInt(5) == 0 ? "Phó trưởng phòng" : "Chuyên viên");
        body.put("rank", "SPECIALIST");
        body.put("managementTier", random.nextInt(8) == 0 ? "DISTRICT_STANDING_COMMITTEE" : "UNIT");
        List<Map<String, Object>> qualifications = new ArrayList<>();
        qualifications.add(Map.of("ladder", "PROFESSIONAL", "level", random.nextInt(4) == 0 ? "COLLEGE" : "UNIVERSITY"));
        if (random.nextBoolean()) {
            qualifications.add(Map.of("ladder", "POLITICAL_THEORY", "level", "ELEMENTARY"));
        }
        if (random.nextInt(3) == 0) {
            qualifications.add(Map.of("ladder", "STATE_MANAGEMENT", "level", "SPECIALIST"));
        }
        body.put("qualifications", qualifications);
        Reply reply = registry.post(Official.PERSONNEL, "register cadre", "/api/v1/cadres", body);
        if (reply.status() != 201) {
            return null;
        }
        String cadreId = reply.text("cadreId");
        Cadre cadre = new Cadre();
        cadre.unitId = unitId;
        cadres.put(cadreId, cadre);
        cadreIds.add(cadreId);
        return cadreId;
    }

    private boolean transfer() {
        String cadreId = randomCadre();
        Cadre cadre = cadres.get(cadreId);
        String to = randomOf(province.servingUnits());
        if (to.equals(cadre.unitId)) {
            return false;
        }
        Reply reply = registry.post(Official.PERSONNEL, "transfer cadre", "/api/v1/cadres/" + cadreId + "/transfer",
                Map.of("toUnitId", to, "reason", "Điều động theo quyết định của Ban Thường vụ"));
        if (reply.ok()) {
            cadre.unitId = to;
        }
        return reply.ok();
    }

    private boolean nominate() {
        Program program = randomOf(province.programs());
        for (int attempt = 0; attempt < 8; attempt++) {
            String cadreId = randomCadre();
            Cadre cadre = cadres.get(cadreId);
            if (holds(cadre, program) || !cadre.live.add(program.programId())) {
                continue;
            }
            OpenClass open = classOf(program);
            if (open == null) {
                cadre.live.remove(program.programId());
                return false;
            }
            Reply reply = enrollment.post(Official.UNIT, "nominate", "/api/v1/nominations",
                    Map.of("cadreId", cadreId, "classId", open.classId()));
            if (reply.status() == 201) {
                awaitingUnit.add(new Nomination(reply.text("nominationId"), cadreId, program));
                if (open.nominated().incrementAndGet() >= open.capacity()) {
                    currentClass.remove(program.programId(), open);
                }
                return true;
            }
            cadre.live.remove(program.programId());
            return false;
        }
        return false;
    }

    private boolean approveAtUnit() {
        Nomination nomination = awaitingUnit.pollFirst();
        if (nomination == null) {
            return false;
        }
        Reply reply = enrollment.post(Official.UNIT, "approve (unit)", "/api/v1/nominations/" + nomination.nominationId()
                + "/approve", Map.of("stage", "UNIT"));
        if (reply.ok()) {
            awaitingProvince.add(nomination);
        }
        return reply.ok();
    }

    private boolean approveAtProvince() {
        Nomination nomination = awaitingProvince.pollFirst();
        if (nomination == null) {
            return false;
        }
        Reply reply = enrollment.post(Official.TRAINING, "approve (province)", "/api/v1/nominations/"
                + nomination.nominationId() + "/approve", Map.of("stage", "PROVINCE"));
        if (reply.ok() && "ENROLLED".equals(reply.text("status"))) {
            seated.add(new Seat(reply.text("enrollmentId"), nomination.cadreId(), nomination.program()));
        }
        return reply.ok();
    }

    private boolean graduate() {
        Seat seat = seated.pollFirst();
        if (seat == null) {
            return false;
        }
        Reply reply = enrollment.post(Official.PROVIDER, "graduate", "/api/v1/enrollments/" + seat.enrollmentId() + "/graduation",
                Map.of("certificateNumber", seat.program().code() + "-" + seat.enrollmentId().substring(0, 8),
                        "graduatedOn", province.graduationDay().toString()));
        if (reply.ok()) {
            Cadre cadre = cadres.get(seat.cadreId());
            cadre.levels.put(seat.program().ladder(), seat.program().level());
            cadre.live.remove(seat.program().programId());
        }
        return reply.ok();
    }

    private boolean withdraw() {
        Seat seat = seated.pollLast();
        if (seat == null) {
            return false;
        }
        Reply reply = enrollment.post(Official.TRAINING, "withdraw", "/api/v1/enrollments/" + seat.enrollmentId() + "/withdraw",
                Map.of("reason", "Được điều động nhận nhiệm vụ mới"));
        if (reply.ok()) {
            cadres.get(seat.cadreId()).live.remove(seat.program().programId());
        }
        return reply.ok();
    }

    private boolean readViews() {
        return reporting.get(Official.REPORTS, "read progress", "/api/v1/units/" + province.provinceId() + "/progress").ok()
                & reporting.get(Official.REPORTS, "read targets", "/api/v1/targets").ok();
    }

    /** A program's class that still takes nominations, scheduling the next one when the last filled. */
    private OpenClass classOf(Program program) {
        OpenClass open = currentClass.get(program.programId());
        return open != null ? open : newClass(program);
    }

    private synchronized OpenClass newClass(Program program) {
        OpenClass open = currentClass.get(program.programId());
        if (open != null) {
            return open;
        }
        String classId = province.scheduleClass(enrollment, program, "Khóa " + (10 + cohorts.incrementAndGet()), program.capacity());
        if (classId == null) {
            return null;
        }
        open = new OpenClass(classId, program.capacity(), new AtomicInteger());
        currentClass.put(program.programId(), open);
        return open;
    }

    /** Whether the cadre holds (as far as the load knows) what the program confers; they start below every one. */
    private static boolean holds(Cadre cadre, Program program) {
        String level = cadre.levels.get(program.ladder());
        return level != null && program.ladder().rank(level) >= program.ladder().rank(program.level());
    }

    private String randomCadre() {
        synchronized (cadreIds) {
            return cadreIds.get(ThreadLocalRandom.current().nextInt(cadreIds.size()));
        }
    }

    private static <T> T randomOf(List<T> items) {
        return items.get(ThreadLocalRandom.current().nextInt(items.size()));
    }

    private static String randomOf(String[] items) {
        return items[ThreadLocalRandom.current().nextInt(items.length)];
    }
}
