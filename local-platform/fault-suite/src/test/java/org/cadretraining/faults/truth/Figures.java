package org.cadretraining.faults.truth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A flat set of named figures, such as {@code progress/<unit>/UNIT/politicalTheory/INTERMEDIATE = 3}: what the truth
 * says a view must show, or what the view shows. A figure that is zero (or absent, or null) is left out of both, so
 * that "no cadre holds it" and "not listed" compare equal.
 */
public final class Figures {
    private final Map<String, String> values = new TreeMap<>();

    /** One difference: the truth's value and the view's. */
    public record Mismatch(String figure, String expected, String actual) {
        /** The view shows less than the truth: something it should have counted did not reach it (lost, or late). */
        public boolean missing() {
            return compare() > 0;
        }

        /** The view shows more than the truth: something was counted twice (or a retraction was lost). */
        public boolean extra() {
            return compare() < 0;
        }

        private int compare() {
            try {
                return new BigDecimal(expected == null ? "0" : expected).compareTo(new BigDecimal(actual == null ? "0" : actual));
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        @Override
        public String toString() {
            return figure + ": truth " + (expected == null ? "—" : expected) + ", view " + (actual == null ? "—" : actual);
        }
    }

    public Figures put(String name, long value) {
        if (value != 0) {
            values.put(name, Long.toString(value));
        }
        return this;
    }

    public Figures put(String name, Double value) {
        if (value != null && value != 0.0) {
            values.put(name, BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
        }
        return this;
    }

    /** A value that is not a count (a unit id, a level): compared as text. */
    public Figures put(String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
        return this;
    }

    public Figures putAll(Figures other) {
        values.putAll(other.values);
        return this;
    }

    public int size() {
        return values.size();
    }

    public String get(String name) {
        return values.get(name);
    }

    /** Every figure where {@code actual} differs from this, the truth. */
    public List<Mismatch> against(Figures actual) {
        Set<String> names = new TreeSet<>(values.keySet());
        names.addAll(actual.values.keySet());
        List<Mismatch> mismatches = new ArrayList<>();
        for (String name : names) {
            String expected = values.get(name);
            String shown = actual.values.get(name);
            if (expected == null || shown == null || !sameValue(expected, shown)) {
                mismatches.add(new Mismatch(name, expected, shown));
            }
        }
        return mismatches;
    }

    private static boolean sameValue(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Rounded as reporting rounds its rates and averages (half up). */
    public static double round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }
}
