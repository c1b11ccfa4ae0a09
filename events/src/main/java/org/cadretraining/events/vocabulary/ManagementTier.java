package org.cadretraining.events.vocabulary;

/** Diện quản lý: which body manages the cadre. */
public enum ManagementTier {
    /** Diện Ban Thường vụ Tỉnh ủy quản lý. */
    PROVINCIAL_STANDING_COMMITTEE,
    /** Diện Ban Thường vụ Huyện ủy quản lý. */
    DISTRICT_STANDING_COMMITTEE,
    /** Managed by the cadre's own unit. */
    UNIT
}
