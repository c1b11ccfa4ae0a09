package org.cadretraining.faults.faults;

import java.time.Duration;
import java.util.Set;

import org.awaitility.Awaitility;
import org.cadretraining.faults.faults.FaultContext.OutboxHold;
import org.cadretraining.faults.platform.FaultPlatform;
import org.cadretraining.faults.truth.EventLedger;
import org.cadretraining.platform.infrastructure.DatabaseCoordinates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash between the outbox's commit and its send: enrollment's relay is held before it reads (its lease row locked)
 * while the load commits nominations, approvals and graduations; the rows still unsent are counted with SQL just
 * before the process is killed with SIGKILL; after the restart every one of them must be sent (marked published and
 * found on its topic) and applied.
 */
public final class OutboxCrash implements Fault {
    private static final int AT_LEAST = 20;

    @Override
    public String name() {
        return "a crash between the outbox's commit and its send";
    }

    @Override
    public String description() {
        return "enrollment-service is killed with SIGKILL while its outbox holds at least " + AT_LEAST + " committed, unsent "
                + "events (its relay held on its lease row meanwhile); they must all go out after the restart.";
    }

    @Override
    public void inject(FaultContext context) throws Exception {
        FaultPlatform platform = context.platform();
        DatabaseCoordinates db = platform.enrollmentDatabase();
        context.awaitLoad(20, Duration.ofSeconds(60));
        Set<String> unsent;
        try (OutboxHold held = context.holdOutbox(db)) {
            Awaitility.await("unsent events in enrollment's outbox").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .until(() -> EventLedger.unsent(db).size() >= AT_LEAST);
            unsent = EventLedger.unsent(db);
            platform.enrollment().kill();
            held.endSessionsWaitingOnIt();
        }
        Set<String> stillUnsentAfterKill = EventLedger.unsent(db);
        assertThat(stillUnsentAfterKill).as("the killed process sent nothing it had not marked").containsAll(unsent);
        context.note("unsent at the kill (SQL)", unsent.size());
        long starting = System.nanoTime();
        platform.enrollment().startAndAwait(FaultPlatform.START_UP);
        context.note("restart to ready", Duration.ofNanos(System.nanoTime() - starting).toMillis() + " ms");
        Awaitility.await("every event unsent at the kill on its topic").atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(250))
                .until(() -> unsent.stream().allMatch(context.ledger()::onBroker) && EventLedger.unsent(db).stream().noneMatch(unsent::contains));
        context.note("all sent within", Duration.ofNanos(System.nanoTime() - starting).toMillis() + " ms of the restart");
    }
}
