package org.cadretraining.events.vocabulary;

public enum CadreStatus { ACTIVE, RETIRED, LEFT }
