package org.cadretraining.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.cadretraining.events.vocabulary.Gender;

/**
 * The demo province's yearly training plan (kế hoạch đào tạo, bồi dưỡng): a quota (chỉ tiêu) per program and mode,
 * shared out among the units that have cadres to send, and the cadres each unit sends against its share.
 *
 * <p>It is drawn from the province alone, with its own {@link Dice}, so that the same province always gives the same
 * plan. Everything in it passes enrollment's rules, so that the loader can file it through the public API and every
 * approval succeeds: the quotas keep the 1 : 1.2 concentrated-to-in-service rule, a unit's share is never more than it
 * has cadres who may go, and each cadre named does not yet hold what the program confers, holds its prerequisites, is
 * under the age limit, and is sent once. Units have filled most of their seats, not all: a plan part way through
 * its year.
 *
 * @param quotas in-service programs first, each with its allocations in the province's unit order
 */
public record DemoPlan(int year, String name, LocalDate needsDeadline, List<Quota> quotas) {

    /** At most one cadre in this many of those who may go to a program gets a seat in the year's plan. */
    static final int POOL_PER_SEAT = 8;

    /** How likely a unit has filled one of its seats by now: most are, some units have not yet sent anyone. */
    static final double SEAT_FILLED = 0.85;

    /** The in-service seats the ratio rule asks for per concentrated one, as a fraction: 1.2 = 6 / 5. */
    private static final int IN_SERVICE_PER_CONCENTRATED_NUMERATOR = 6;
    private static final int IN_SERVICE_PER_CONCENTRATED_DENOMINATOR = 5;

    /** Cadres under this age on {@link DemoProvince#AS_OF} are "young", one of the groups a plan puts first. */
    private static final int YOUNG_BELOW = 35;

    /**
     * One program × mode of the plan.
     *
     * @param allocations unit code to seats, every unit with at least one seat, in the province's unit order
     * @param nominees    the cadres sent, unit by unit; a unit never sends more than its seats
     */
    public record Quota(DemoProgram program, int quota, Map<String, Integer> allocations, List<DemoCadre> nominees) {
        public Quota {
            allocations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(allocations));
            nominees = List.copyOf(nominees);
        }
    }

    public DemoPlan {
        quotas = List.copyOf(quotas);
    }

    /** Seats the plan gives, over every program and mode. */
    public int totalQuota() {
        return quotas.stream().mapToInt(Quota::quota).sum();
    }

    /** Cadres the plan sends, over every program and mode. */
    public int totalSent() {
        return quotas.stream().mapToInt(q -> q.nominees().size()).sum();
    }

    /** Seats in {@code mode} (a StudyMode name) over every program. */
    public int quota(String mode) {
        return quotas.stream().filter(q -> q.program().mode().equals(mode)).mapToInt(Quota::quota).sum();
    }

    /**
     * Draws the plan.
     *
     * @param busy national IDs of cadres the demo already has in a class: a plan does not send them again
     */
    public static DemoPlan draw(long seed, DemoProvince province, List<DemoProgram> programs, Set<String> busy) {
        int year = DemoProvince.AS_OF.getYear();
        Dice dice = new Dice(seed);
        Map<String, Integer> unitOrder = new HashMap<>();
        // The plan is made for the units as they are since 1 July 2025.
        for (DemoUnit unit : province.unitsToday()) {
            unitOrder.put(unit.code(), unitOrder.size());
        }
        Map<String, String> unitOf = province.unitsTodayOfCadres();
        // In-service first: the concentrated quota is then held to what they allow under the ratio rule.
        List<DemoProgram> ordered = programs.stream()
                .sorted(Comparator.comparing((DemoProgram p) -> "CONCENTRATED".equals(p.mode()))).toList();
        Set<String> sent = new HashSet<>(busy);
        int inService = 0;
        List<Quota> quotas = new ArrayList<>();
        for (DemoProgram program : ordered) {
            List<DemoCadre> pool = province.cadres().stream()
                    .filter(c -> !sent.contains(c.nationalId()) && program.admits(c)).toList();
            // The plan takes at most half of the class: the other seats go to cadres of other provinces or enrolled directly.
            int quota = Math.min(program.capacity() / 2, (pool.size() + POOL_PER_SEAT - 1) / POOL_PER_SEAT);
            if ("CONCENTRATED".equals(program.mode())) {
                quota = Math.min(quota, inService * IN_SERVICE_PER_CONCENTRATED_DENOMINATOR / IN_SERVICE_PER_CONCENTRATED_NUMERATOR);
            } else if ("IN_SERVICE".equals(program.mode())) {
                inService += quota;
            }
            if (quota == 0) {
                continue;
            }
            Map<String, List<DemoCadre>> byUnit = new LinkedHashMap<>();
            pool.stream().sorted(Comparator.comparing((DemoCadre c) -> unitOrder.get(unitOf.get(c.nationalId()))))
                    .forEach(c -> byUnit.computeIfAbsent(unitOf.get(c.nationalId()), k -> new ArrayList<>()).add(c));
            Map<String, Integer> allocations = apportion(byUnit, quota);
            List<DemoCadre> nominees = new ArrayList<>();
            allocations.forEach((unit, seats) -> {
                int sending = (int) IntStream.range(0, seats).filter(seat -> dice.chance(SEAT_FILLED)).count();
                nominees.addAll(inPriorityOrder(byUnit.get(unit), dice).subList(0, sending));
            });
            nominees.forEach(c -> sent.add(c.nationalId()));
            quotas.add(new Quota(program, quota, allocations, nominees));
        }
        return new DemoPlan(year, "Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm " + year, LocalDate.of(year, 3, 31),
                quotas);
    }

    /**
     * Shares {@code quota} among the units in proportion to how many cadres each has who may go (largest remainders get
     * the leftovers); a unit never gets more seats than it has such cadres, as {@code quota} is at most their number.
     */
    static Map<String, Integer> apportion(Map<String, List<DemoCadre>> byUnit, int quota) {
        List<String> units = new ArrayList<>(byUnit.keySet());
        int pool = byUnit.values().stream().mapToInt(List::size).sum();
        if (quota > pool) {
            throw new IllegalArgumentException("A quota of " + quota + " for " + pool + " cadres");
        }
        int[] seats = new int[units.size()];
        double[] remainders = new double[units.size()];
        int given = 0;
        for (int i = 0; i < seats.length; i++) {
            double exact = (double) quota * byUnit.get(units.get(i)).size() / pool;
            seats[i] = (int) Math.floor(exact);
            remainders[i] = exact - seats[i];
            given += seats[i];
        }
        List<Integer> byRemainder = IntStream.range(0, seats.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed()).toList();
        for (int k = 0; k < quota - given; k++) {
            seats[byRemainder.get(k)]++;
        }
        Map<String, Integer> allocations = new LinkedHashMap<>();
        for (int i = 0; i < seats.length; i++) {
            if (seats[i] > 0) {
                allocations.put(units.get(i), seats[i]);
            }
        }
        return allocations;
    }

    /** Women, young and ethnic-minority cadres first, as plans give them priority; otherwise in a drawn order. */
    private static List<DemoCadre> inPriorityOrder(List<DemoCadre> cadres, Dice dice) {
        List<DemoCadre> shuffled = new ArrayList<>(cadres);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            java.util.Collections.swap(shuffled, i, dice.below(i + 1));
        }
        shuffled.sort(Comparator.comparing(c -> !priority(c)));
        return shuffled;
    }

    static boolean priority(DemoCadre cadre) {
        return cadre.gender() == Gender.FEMALE || cadre.ethnicMinority() || cadre.ageOn(DemoProvince.AS_OF) < YOUNG_BELOW;
    }
}
