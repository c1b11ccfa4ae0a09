package org.cadretraining.faults.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cadretraining.faults.platform.ResponseLog.Call;

/**
 * What one fault measured: the events committed from its start until the views matched the truth again, those lost
 * and those applied twice, the answers the services gave meanwhile, and the time from the fault's end to the match.
 *
 * @param recovery null when the platform did not converge
 * @param error    what went wrong, or null
 */
public record FaultResult(String name, String description, Instant started, Instant ended, Duration recovery,
                          long eventsCommitted, long lost, long appliedTwice, long sentAgain, long calls,
                          long unavailableWithRetryAfter, long unreachable, List<Call> failures, int figuresCompared,
                          Map<String, Long> operations, Map<String, String> notes, String error) {
    public boolean passed() {
        return error == null && recovery != null && lost == 0 && appliedTwice == 0 && failures.isEmpty();
    }

    public Duration faultDuration() {
        return Duration.between(started, ended);
    }
}
