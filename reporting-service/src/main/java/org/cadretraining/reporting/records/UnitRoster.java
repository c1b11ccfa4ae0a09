package org.cadretraining.reporting.records;

import java.util.HashMap;
import java.util.Map;

/**
 * The names of one unit's serving cadres: the index a name search within a unit reads, so that it touches the
 * units searched rather than every cadre of the province.
 */
public record UnitRoster(Map<String, Entry> cadres) {
    public static final UnitRoster EMPTY = new UnitRoster(Map.of());

    public UnitRoster {
        cadres = cadres == null ? Map.of() : cadres;
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

    public UnitRoster apply(Change change) {
        Map<String, Entry> next = new HashMap<>(cadres);
        if (change.entry() == null) {
            next.remove(change.cadreId());
        } else {
            next.put(change.cadreId(), change.entry());
        }
        return new UnitRoster(next);
    }
}
