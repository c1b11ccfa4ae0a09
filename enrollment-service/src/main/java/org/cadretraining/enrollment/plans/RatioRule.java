package org.cadretraining.enrollment.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The 1 : 1.2 rule: for every cadre sent to a CONCENTRATED class, at least {@code inServicePerConcentrated} go
 * IN_SERVICE. Checked on a plan's quotas when it is approved, and on its seats as nominations fill it.
 */
public record RatioRule(BigDecimal inServicePerConcentrated) {
    public static final BigDecimal DEFAULT = new BigDecimal("1.2");

    public RatioRule {
        if (inServicePerConcentrated == null || inServicePerConcentrated.signum() < 0) {
            throw new IllegalArgumentException("enrollment.plans.in-service-per-concentrated must be zero or more");
        }
    }

    /** The least in-service count the rule asks for beside {@code concentrated}, rounded up to whole cadres. */
    public long requiredInService(long concentrated) {
        return inServicePerConcentrated.multiply(BigDecimal.valueOf(concentrated)).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** The breach with its numbers, e.g. "concentrated 100 : in-service 100; the 1 : 1.2 rule needs at least 120 in-service". */
    public Optional<String> breach(long concentrated, long inService) {
        long required = requiredInService(concentrated);
        if (inService >= required) {
            return Optional.empty();
        }
        return Optional.of("concentrated " + concentrated + " : in-service " + inService + "; the 1 : "
                + inServicePerConcentrated.stripTrailingZeros().toPlainString() + " rule needs at least " + required
                + " in-service (" + (required - inService) + " more)");
    }
}
