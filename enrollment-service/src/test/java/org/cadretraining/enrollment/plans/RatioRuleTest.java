package org.cadretraining.enrollment.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RatioRuleTest {
    private final RatioRule rule = new RatioRule(RatioRule.DEFAULT);

    @Test
    void oneToOnePointTwoAsksTwelveInServiceForTenConcentrated() {
        assertThat(rule.requiredInService(10)).isEqualTo(12);
        assertThat(rule.breach(10, 12)).isEmpty();
        assertThat(rule.breach(10, 11)).contains("concentrated 10 : in-service 11; the 1 : 1.2 rule needs at least 12 in-service (1 more)");
    }

    @Test
    void partsOfACadreRoundUp() {
        // Điện Biên's 101 concentrated need 121.2, so 122 in-service.
        assertThat(rule.requiredInService(101)).isEqualTo(122);
        assertThat(rule.breach(101, 121)).isPresent();
    }

    @Test
    void noConcentratedSeatsNeedNoInService() {
        assertThat(rule.breach(0, 0)).isEmpty();
    }

    @Test
    void theRatioIsConfiguration() {
        RatioRule oneToTwo = new PlanProperties(new BigDecimal("2"), null).ratioRule();
        assertThat(oneToTwo.breach(10, 19)).hasValueSatisfying(breach -> assertThat(breach).contains("needs at least 20"));
        assertThat(new PlanProperties(null, null).ratioRule()).isEqualTo(rule);
        assertThatThrownBy(() -> new RatioRule(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
