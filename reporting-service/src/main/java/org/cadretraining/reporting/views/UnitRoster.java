package org.cadretraining.reporting.views;

/**
 * The index a name search within a unit reads: one entry a serving cadre, under {@code <unitId>/<cadreId>}, so that a
 * search reads the units searched (a prefix scan each) rather than every cadre of the province, and a change writes
 * one small entry.
 */
public final class UnitRoster {
    private UnitRoster() {
    }

    public record Entry(String cadreId, String fullName, String position) {
    }

    /** A cadre written into (entry set) or taken out of (entry null) a unit's roster. */
    public record Change(String cadreId, Entry entry) {
        public static Change put(Entry entry) {
            return new Change(entry.cadreId(), entry);
        }

        public static Change remove(String cadreId) {
            return new Change(cadreId, null);
        }
    }

    public static String prefix(String unitId) {
        return unitId + "/";
    }

    public static String key(String unitId, String cadreId) {
        return prefix(unitId) + cadreId;
    }

    /** The unit of a key. */
    public static String unitOf(String key) {
        return key.substring(0, key.indexOf('/'));
    }
}
