package org.cadretraining.events.vocabulary;

public enum QualificationSource { IMPORTED, MANUAL, GRADUATION }
