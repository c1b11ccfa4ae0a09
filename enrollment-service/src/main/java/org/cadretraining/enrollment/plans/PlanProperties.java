package org.cadretraining.enrollment.plans;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code enrollment.plans.in-service-per-concentrated}: the ratio rule, 1.2 by default (1 : 1.2, Điện Biên).
 * {@code enrollment.plans.province-unit-id}: the province's unit, owner of a plan that names none (and of the plans
 * filed before plans had owners); unset, such a plan has no owner unit and is the province's all the same.
 */
@ConfigurationProperties("enrollment.plans")
public record PlanProperties(BigDecimal inServicePerConcentrated, UUID provinceUnitId) {
    public PlanProperties {
        inServicePerConcentrated = inServicePerConcentrated == null ? RatioRule.DEFAULT : inServicePerConcentrated;
    }

    public RatioRule ratioRule() {
        return new RatioRule(inServicePerConcentrated);
    }
}
