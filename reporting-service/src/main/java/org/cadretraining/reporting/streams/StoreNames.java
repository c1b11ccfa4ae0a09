package org.cadretraining.reporting.streams;

/** The named state stores the query layer reads. */
public final class StoreNames {
    /** cadreId → CadreProgress: each cadre's profile, levels and enrollments. */
    public static final String CADRE_PROGRESS = "cadre-progress";
    /** unitId → UnitProgress: the figures of a unit's own cadres. */
    public static final String UNIT_PROGRESS = "unit-progress";
    /** unitId → UnitView, on every instance: the hierarchy for subtree rollups. */
    public static final String UNIT_TREE = "unit-tree";
    /** unitId → UnitView, folded from registry.units before it is published to {@link #UNIT_VIEWS_TOPIC}. */
    public static final String UNITS_BY_ID = "units-by-id";
    /** Reporting's own compacted topic of unit views, read back as a global table. */
    public static final String UNIT_VIEWS_TOPIC = "reporting.unit-views";

    private StoreNames() {
    }
}
