package org.cadretraining.events.vocabulary;

/** How an enrollment ended without a graduation. */
public enum CourseOutcome { FAILED, DROPPED_OUT }
