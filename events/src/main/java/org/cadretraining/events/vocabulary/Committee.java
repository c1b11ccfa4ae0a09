package org.cadretraining.events.vocabulary;

/** Ban Chấp hành Đảng bộ tỉnh / huyện: the executive committees a cadre may sit on. */
public enum Committee { PROVINCIAL_EXECUTIVE, DISTRICT_EXECUTIVE }
