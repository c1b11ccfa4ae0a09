package org.cadretraining.faults.truth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Whether the platform has caught up: every view equals the truth, every copy its original, and every committed event
 * reached the broker and its inbox consumers. {@link #await} measures how long that took from a fault's end.
 */
public final class Convergence {
    private final Truth truth;
    private final Views views;
    private final EventLedger ledger;

    public Convergence(Truth truth, Views views, EventLedger ledger) {
        this.truth = truth;
        this.views = views;
        this.ledger = ledger;
    }

    /** One comparison: the figures that differ, the views that did not answer, and the ledger. */
    public record Check(Instant at, List<Figures.Mismatch> views, List<Figures.Mismatch> copies, List<String> unavailable,
                        EventLedger.Tally ledger, int figuresCompared) {
        public boolean converged() {
            return views.isEmpty() && copies.isEmpty() && unavailable.isEmpty() && ledger.lost() == 0;
        }

        /** Figures where a view or a copy shows less than the truth. */
        public long missing() {
            return views.stream().filter(Figures.Mismatch::missing).count() + copies.stream().filter(Figures.Mismatch::missing).count();
        }

        /** Figures where a view or a copy shows more than the truth: something counted twice. */
        public long extra() {
            return views.stream().filter(Figures.Mismatch::extra).count() + copies.stream().filter(Figures.Mismatch::extra).count();
        }

        public String describe() {
            List<String> lines = new ArrayList<>();
            lines.add(figuresCompared + " figures compared; " + views.size() + " differ in the views, " + copies.size()
                    + " in the copies; unavailable: " + unavailable + "; ledger: " + ledger.describe());
            views.stream().limit(25).forEach(m -> lines.add("  view " + m));
            copies.stream().limit(25).forEach(m -> lines.add("  copy " + m));
            return String.join("\n", lines);
        }
    }

    public Check check() {
        Truth.Snapshot snapshot = truth.read();
        Figures expected = truth.expected(snapshot);
        List<String> unavailable = new ArrayList<>();
        Figures shown = views.shown(unavailable);
        return new Check(Instant.now(), expected.against(shown), truth.copies(snapshot), unavailable, ledger.tally(), expected.size());
    }

    /** Polls until converged; the check that converged, or an AssertionError with the last one. */
    public Check await(Duration atMost) {
        AtomicReference<Check> last = new AtomicReference<>();
        try {
            Awaitility.await("convergence").atMost(atMost).pollInterval(Duration.ofMillis(500)).pollDelay(Duration.ZERO)
                    // A database or a view that is not back yet: try again.
                    .ignoreExceptions()
                    .until(() -> {
                        last.set(check());
                        return last.get().converged();
                    });
            return last.get();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Not converged within " + atMost + ":\n"
                    + (last.get() == null ? "no check completed" : last.get().describe()), e);
        }
    }
}
