package org.cadretraining.platform.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A realistic, entirely synthetic province to demo and load-test the platform with: about thirty units
 * modelled on Điện Biên and a population of cadres with names, national IDs, positions and qualification
 * histories that look like the real registry's.
 *
 * <p>Generation is deterministic: the same seed and count always give an equal province, on any JVM.
 */
public record DemoProvince(List<DemoUnit> units, List<DemoCadre> cadres) {

    /** The date the population describes: ages are counted on it, and qualifications end the year before. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    /** The population size the demo uses by default. */
    public static final int DEFAULT_CADRE_COUNT = 2000;

    public DemoProvince {
        units = List.copyOf(units);
        cadres = List.copyOf(cadres);
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
