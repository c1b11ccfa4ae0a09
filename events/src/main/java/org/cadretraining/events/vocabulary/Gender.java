package org.cadretraining.events.vocabulary;

public enum Gender { MALE, FEMALE }
