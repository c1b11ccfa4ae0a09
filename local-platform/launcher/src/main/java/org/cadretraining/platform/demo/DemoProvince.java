package org.cadretraining.platform.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic, entirely synthetic province to demo and load-test the platform with: about thirty units
 * modelled on Điện Biên and a population of cadres with names, national IDs, positions and qualification
 * histories that look like the real registry's.
 *
 * <p>{@link #units()} and each cadre's {@link DemoCadre#unitCode()} are the province as it stood until 30 June 2025,
 * with its districts; {@link #reorganization()} takes it to two tiers, after which the units are {@link #unitsToday()}
 * and each cadre serves in {@link #unitsTodayOfCadres()}.
 *
 * <p>Generation is deterministic: the same seed and count always give an equal province, on any JVM.
 */
public record DemoProvince(List<DemoUnit> units, List<DemoCadre> cadres, DemoReorganization reorganization) {

    /** The date the population describes: ages are counted on it, and qualifications end the year before. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    /** The population size the demo uses by default. */
    public static final int DEFAULT_CADRE_COUNT = 2000;

    public DemoProvince {
        units = List.copyOf(units);
        cadres = List.copyOf(cadres);
    }

    /** The units from the reorganization's effective date on. */
    public List<DemoUnit> unitsToday() {
        return reorganization.unitsAfter(units);
    }

    /** Each cadre's unit (its code) after the reorganization, by national ID, in the order of {@link #cadres()}. */
    public Map<String, String> unitsTodayOfCadres() {
        Map<String, String> successors = reorganization.successors();
        Map<String, List<String>> receivers = new HashMap<>();
        Map<String, Integer> dealt = new HashMap<>();
        Map<String, String> today = new LinkedHashMap<>();
        for (DemoCadre cadre : cadres) {
            String unit = cadre.unitCode();
            if (reorganization.districts().contains(unit)) {
                List<String> to = receivers.computeIfAbsent(unit, d -> reorganization.receiversOf(d, units));
                int turn = dealt.merge(unit, 1, Integer::sum) - 1;
                today.put(cadre.nationalId(), to.get(turn % to.size()));
            } else {
                today.put(cadre.nationalId(), successors.getOrDefault(unit, unit));
            }
        }
        return today;
    }

    /**
     * Generates the province.
     *
     * @param seed       any value; equal seeds give equal provinces
     * @param cadreCount how many cadres to spread over the units; every unit gets at least one when there
     *                   are at least as many cadres as units
     */
    public static DemoProvince generate(long seed, int cadreCount) {
        if (cadreCount < 0) {
            throw new IllegalArgumentException("cadreCount must not be negative: " + cadreCount);
        }
        return new ProvinceGenerator(seed).generate(cadreCount);
    }

    /** Generates the province with {@link #DEFAULT_CADRE_COUNT} cadres. */
    public static DemoProvince generate(long seed) {
        return generate(seed, DEFAULT_CADRE_COUNT);
    }
}
