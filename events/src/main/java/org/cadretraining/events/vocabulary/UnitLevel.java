package org.cadretraining.events.vocabulary;

/** Tỉnh / huyện (or agency bloc) / xã. */
public enum UnitLevel { PROVINCE, DISTRICT, COMMUNE }
