package org.cadretraining.faults.faults;

import java.time.Duration;
import java.time.Instant;

import org.awaitility.Awaitility;
import org.cadretraining.faults.platform.FaultPlatform;
import org.cadretraining.faults.platform.Processes.Managed;
import org.cadretraining.faults.platform.ResponseLog.Call;
import org.cadretraining.faults.truth.EventLedger;

/**
 * The broker stopped (SIGTERM: a controlled shutdown) and started again on the same log directory and port while the
 * load runs. The services keep accepting writes into their outboxes meanwhile and send them once it is back.
 */
public final class BrokerRestart implements Fault {
    @Override
    public String name() {
        return "broker restart";
    }

    @Override
    public String description() {
        return "The broker process is stopped with SIGTERM while the load runs, and a new one is started on the same log "
                + "directory and port; every client reconnects on its own.";
    }

    @Override
    public void inject(FaultContext context) {
        Managed broker = context.platform().broker();
        context.awaitLoad(20, Duration.ofSeconds(60));
        Instant stopped = Instant.now();
        broker.stop(Duration.ofSeconds(60));
        int unsentBefore = EventLedger.unsent(context.platform().registryDatabase()).size()
                + EventLedger.unsent(context.platform().enrollmentDatabase()).size();
        // While it is down the services still take writes: they wait in the outboxes.
        Awaitility.await("writes accepted with the broker down").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> writesAccepted(context, stopped) >= 5);
        int unsent = EventLedger.unsent(context.platform().registryDatabase()).size()
                + EventLedger.unsent(context.platform().enrollmentDatabase()).size();
        context.note("writes accepted while down", writesAccepted(context, stopped));
        context.note("outbox rows unsent while down", unsentBefore + " → " + unsent);
        long starting = System.nanoTime();
        broker.startAndAwait(FaultPlatform.START_UP);
        context.note("broker down for", Duration.between(stopped, Instant.now()).toMillis() + " ms");
        context.note("broker start to ready", Duration.ofNanos(System.nanoTime() - starting).toMillis() + " ms");
    }

    static long writesAccepted(FaultContext context, Instant since) {
        return context.platform().responses().between(since, Instant.now()).stream()
                .filter(c -> !c.service().equals("reporting") && c.success() && !c.operation().equals("read view"))
                .filter(BrokerRestart::isWrite).count();
    }

    private static boolean isWrite(Call call) {
        return !call.operation().startsWith("read");
    }
}
