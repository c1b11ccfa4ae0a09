package org.cadretraining.reporting.views;

import java.time.LocalDate;
import java.util.List;

/**
 * Keys of the dated bucket stores. A change that takes effect on a day is added to three buckets of its owner: its
 * year, its month and its day ({@code <owner>/y/2025/<detail>}, {@code <owner>/m/2025-07/<detail>},
 * {@code <owner>/d/2025-07-01/<detail>}). The figures as of a day are then the sum of the owner's years before that
 * day's year, the months of that year before its month, and the days of its month up to it: at most a few dozen
 * buckets, read with three prefix scans, however long the history. Year-end figures are those as of 31 December.
 * <p>
 * Owners and details never contain {@code /} (ids, and plan keys joined by {@code |}).
 */
public final class DatedBuckets {
    public static final String YEAR = "y";
    public static final String MONTH = "m";
    public static final String DAY = "d";

    private DatedBuckets() {
    }

    /** A bucket key split up. {@code detail} is empty where the owner's buckets have none. */
    public record Key(String owner, String granularity, String period, String detail) {
        /** Whether this bucket counts in the figures as of {@code day}: read with {@link #prefixes}, it always does. */
        public boolean countsOn(LocalDate day) {
            return switch (granularity) {
                case YEAR -> period.compareTo(year(day)) < 0;
                case MONTH -> period.compareTo(month(day)) < 0 && period.startsWith(year(day));
                case DAY -> period.compareTo(day(day)) <= 0 && period.startsWith(month(day));
                default -> false;
            };
        }
    }

    /** The three buckets a change of {@code day} goes into. */
    public static List<String> keys(String owner, LocalDate day, String detail) {
        String tail = detail == null || detail.isEmpty() ? "" : "/" + detail;
        return List.of(owner + "/" + YEAR + "/" + year(day) + tail, owner + "/" + MONTH + "/" + month(day) + tail,
                owner + "/" + DAY + "/" + day(day) + tail);
    }

    /** The prefixes whose buckets hold every change of the owner up to {@code day} (filter them by {@link Key#countsOn}). */
    public static List<String> prefixes(String owner, LocalDate day) {
        return List.of(owner + "/" + YEAR + "/", owner + "/" + MONTH + "/" + year(day) + "-",
                owner + "/" + DAY + "/" + month(day) + "-");
    }

    public static Key parse(String key) {
        String[] parts = key.split("/", 4);
        return parts.length < 3 ? new Key(key, "", "", "") : new Key(parts[0], parts[1], parts[2], parts.length == 4 ? parts[3] : "");
    }

    // Built by hand: String.format was a tenth of the stream thread's time when every change named its buckets.
    private static String year(LocalDate day) {
        return pad(new StringBuilder(10), day.getYear(), 4).toString();
    }

    private static String month(LocalDate day) {
        return pad(pad(new StringBuilder(10), day.getYear(), 4).append('-'), day.getMonthValue(), 2).toString();
    }

    private static String day(LocalDate day) {
        return pad(pad(pad(new StringBuilder(10), day.getYear(), 4).append('-'), day.getMonthValue(), 2).append('-'),
                day.getDayOfMonth(), 2).toString();
    }

    private static StringBuilder pad(StringBuilder to, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            to.append('0');
        }
        return to.append(digits);
    }
}
