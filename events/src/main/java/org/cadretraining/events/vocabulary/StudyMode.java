package org.cadretraining.events.vocabulary;

/** Hệ tập trung / không tập trung (vừa làm vừa học) / trực tuyến. */
public enum StudyMode { CONCENTRATED, IN_SERVICE, ONLINE }
