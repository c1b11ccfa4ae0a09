package org.cadretraining.platform.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Builds a {@link DemoProvince}: spreads the cadres over the units, then staffs each unit in turn. */
final class ProvinceGenerator {
    private final Dice dice;
    private final long seed;

    ProvinceGenerator(long seed) {
        this.dice = new Dice(seed);
        this.seed = seed;
    }

    DemoProvince generate(int cadreCount) {
        List<UnitProfile> units = DienBienUnits.all();
        int[] headcounts = apportion(units, cadreCount);
        // A die of its own for service dates, so that adding them left every other drawn value as it was.
        CadreFactory factory = new CadreFactory(dice, new Dice(seed * 31 + 7));
        List<DemoCadre> cadres = new ArrayList<>(cadreCount);
        for (int i = 0; i < units.size(); i++) {
            UnitProfile unit = units.get(i);
            for (PositionSpec position : Positions.staffing(unit, headcounts[i], dice)) {
                cadres.add(factory.create(unit, position));
            }
        }
        return new DemoProvince(units.stream().map(UnitProfile::unit).toList(), cadres, DemoReorganization.dienBien());
    }

    /**
     * Splits {@code total} over the units in proportion to their weights (largest remainders get the
     * leftovers), then makes sure no unit is empty when there are enough cadres to go round.
     */
    static int[] apportion(List<UnitProfile> units, int total) {
        double weights = units.stream().mapToDouble(UnitProfile::weight).sum();
        int[] counts = new int[units.size()];
        double[] remainders = new double[units.size()];
        int assigned = 0;
        for (int i = 0; i < counts.length; i++) {
            double exact = total * units.get(i).weight() / weights;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        List<Integer> byRemainder = IntStream.range(0, counts.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed())
                .toList();
        for (int k = 0; k < total - assigned; k++) {
            counts[byRemainder.get(k)]++;
        }
        if (total >= counts.length) {
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    counts[largest(counts)]--;
                    counts[i]++;
                }
            }
        }
        return counts;
    }

    private static int largest(int[] counts) {
        int largest = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[largest]) {
                largest = i;
            }
        }
        return largest;
    }
}
