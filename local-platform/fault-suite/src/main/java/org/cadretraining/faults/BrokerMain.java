package org.cadretraining.faults;

import java.nio.file.Path;

import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.platform.infrastructure.KafkaBroker;

/**
 * The broker as a process of its own: the local platform's kept KRaft broker, on a fixed port, with its log under a
 * directory it finds again on the next start. The fault suite restarts it (SIGTERM, then a new process on the same
 * directory and port) and pauses it (SIGSTOP, SIGCONT) without touching anything else.
 * <p>
 * {@code java -cp <classpath> org.cadretraining.faults.BrokerMain <directory> <port>}; prints {@value #READY} and the
 * bootstrap address once it takes connections.
 */
public final class BrokerMain {
    public static final String READY = "BROKER READY";

    private BrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: BrokerMain <log directory> <port>");
            System.exit(2);
        }
        KafkaBroker broker = Infrastructure.keptKafka(Path.of(args[0]), Integer.parseInt(args[1]));
        // SIGTERM shuts it down cleanly (controlled shutdown, checkpoints written); SIGKILL does not, as in production.
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "broker-shutdown"));
        System.out.println(READY + " " + broker.bootstrapServers());
        System.out.flush();
        Thread.currentThread().join();
    }
}
