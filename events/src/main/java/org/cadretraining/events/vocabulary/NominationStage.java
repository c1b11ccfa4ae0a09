package org.cadretraining.events.vocabulary;

/** Who decides on a nomination: the nominating unit first, then the province. */
public enum NominationStage { UNIT, PROVINCE }
