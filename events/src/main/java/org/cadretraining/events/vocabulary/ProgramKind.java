package org.cadretraining.events.vocabulary;

/** Đào tạo (degree-granting) / bồi dưỡng (refresher). */
public enum ProgramKind { DEGREE, REFRESHER }
