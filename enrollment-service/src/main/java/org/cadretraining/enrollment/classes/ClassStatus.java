package org.cadretraining.enrollment.classes;

/** Where a class is in its life; later states (in progress, completed with bế giảng, cancelled) come with their events. */
public enum ClassStatus { SCHEDULED }
