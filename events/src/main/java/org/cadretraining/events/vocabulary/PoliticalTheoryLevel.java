package org.cadretraining.events.vocabulary;

/** Lý luận chính trị: sơ cấp, trung cấp, cao cấp, cử nhân; lowest first. */
public enum PoliticalTheoryLevel { NONE, ELEMENTARY, INTERMEDIATE, ADVANCED, BACHELOR }
