package org.cadretraining.events.vocabulary;

/** Quản lý nhà nước, tied to civil-service ranks; lowest first. */
public enum StateManagementLevel { NONE, SPECIALIST, PRINCIPAL_SPECIALIST, SENIOR_SPECIALIST }
