package org.cadretraining.reporting.views;

import org.cadretraining.events.vocabulary.UnitLevel;

/** What reporting knows of a unit: enough to draw the tree and label a report. */
public record UnitView(String unitId, String code, String name, UnitLevel level, String parentUnitId) {
}
