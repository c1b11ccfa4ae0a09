package org.cadretraining.registry.units;

/** How a unit passed what it held to its successors. */
public enum SuccessionKind {
    /** Sáp nhập: N units into one successor. */
    MERGE,
    /** Chia tách: one unit into N successors. */
    SPLIT,
    /** Kết thúc hoạt động cấp huyện: a district closed, its units placed under the province. */
    ABOLISH_DISTRICT
}
