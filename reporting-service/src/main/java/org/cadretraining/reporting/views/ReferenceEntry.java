package org.cadretraining.reporting.views;


/**
 * One entry of the reference table every instance holds in full: a unit (key {@code unit:<id>}) or a target
 * (key {@code target:<id>}). Both are small, and every cadre is judged against them.
 */
public record ReferenceEntry(UnitView unit, Target target) {
    public static final String UNIT = "unit:";
    public static final String TARGET = "target:";

    public static String unitKey(String unitId) {
        return UNIT + unitId;
    }

    public static String targetKey(String targetId) {
        return TARGET + targetId;
    }
}
