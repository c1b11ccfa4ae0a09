package org.cadretraining.events.vocabulary;

/** Kinh phí Nhà nước / đơn vị / tự túc. */
public enum FundingSource { STATE_BUDGET, UNIT, SELF_FUNDED }
