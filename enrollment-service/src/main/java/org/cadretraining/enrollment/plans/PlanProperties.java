package org.cadretraining.enrollment.plans;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code enrollment.plans.in-service-per-concentrated}: the ratio rule, 1.2 by default (1 : 1.2, Điện Biên). */
@ConfigurationProperties("enrollment.plans")
public record PlanProperties(BigDecimal inServicePerConcentrated) {
    public PlanProperties {
        inServicePerConcentrated = inServicePerConcentrated == null ? RatioRule.DEFAULT : inServicePerConcentrated;
    }

    public RatioRule ratioRule() {
        return new RatioRule(inServicePerConcentrated);
    }
}
