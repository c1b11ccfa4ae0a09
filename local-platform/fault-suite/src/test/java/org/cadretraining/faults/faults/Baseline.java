package org.cadretraining.faults.faults;

import java.time.Duration;

/** No fault: the load runs a while and stops. Its "recovery" is how far behind the views run on an ordinary day. */
public final class Baseline implements Fault {
    @Override
    public String name() {
        return "no fault (baseline)";
    }

    @Override
    public String description() {
        return "The load runs with nothing failing; the time to match the truth is the views' ordinary lag, for comparison.";
    }

    @Override
    public void inject(FaultContext context) {
        context.awaitLoad(60, Duration.ofMinutes(2));
    }
}
