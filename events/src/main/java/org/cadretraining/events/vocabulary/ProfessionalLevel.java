package org.cadretraining.events.vocabulary;

/** Trình độ chuyên môn, lowest first. */
public enum ProfessionalLevel {
    NONE, VOCATIONAL, COLLEGE, UNIVERSITY, MASTER, DOCTORATE, SPECIALIST_DOCTOR_I, SPECIALIST_DOCTOR_II
}
