package org.cadretraining.faults.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import org.awaitility.Awaitility;
import org.cadretraining.faults.platform.FaultPlatform;
import org.cadretraining.faults.platform.Processes.Managed;
import org.cadretraining.faults.platform.ResponseLog;

/**
 * kill -9 of one service in the middle of the load (no shutdown hook, no flush, requests cut off in flight), then a
 * restart of the same jar on the same database and state directory.
 */
public final class ServiceCrash implements Fault {
    private final String service;
    private final String apiName;
    private final Function<FaultPlatform, Managed> process;

    private ServiceCrash(String service, String apiName, Function<FaultPlatform, Managed> process) {
        this.service = service;
        this.apiName = apiName;
        this.process = process;
    }

    public static ServiceCrash registry() {
        return new ServiceCrash("cadre-registry-service", "registry", FaultPlatform::registry);
    }

    public static ServiceCrash enrollment() {
        return new ServiceCrash("enrollment-service", "enrollment", FaultPlatform::enrollment);
    }

    public static ServiceCrash reporting() {
        return new ServiceCrash("reporting-service", "reporting", FaultPlatform::reporting);
    }

    @Override
    public String name() {
        return "kill -9 of " + service;
    }

    @Override
    public String description() {
        return "The " + service + " process and its children are killed with SIGKILL while the load runs, and started again "
                + "from the same jar on the same database" + (apiName.equals("reporting") ? " and state directory" : "") + ".";
    }

    @Override
    public void inject(FaultContext context) {
        Managed target = process.apply(context.platform());
        context.awaitLoad(20, Duration.ofSeconds(60));
        Instant killed = Instant.now();
        target.kill();
        // The load runs into the dead process: its clients see refused connections, not errors.
        Awaitility.await(apiName + " refused to the load").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> context.platform().responses().between(killed, Instant.now()).stream()
                        .filter(c -> c.service().equals(apiName) && c.status() == ResponseLog.UNREACHABLE).count() >= 3);
        long restarting = System.nanoTime();
        target.startAndAwait(FaultPlatform.START_UP);
        context.note("down for", Duration.between(killed, Instant.now()).toMillis() + " ms");
        context.note("restart to ready", Duration.ofNanos(System.nanoTime() - restarting).toMillis() + " ms");
    }
}
