package org.cadretraining.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cadretraining.faults.faults.Baseline;
import org.cadretraining.faults.faults.BrokerPause;
import org.cadretraining.faults.faults.BrokerRestart;
import org.cadretraining.faults.faults.DuplicateDelivery;
import org.cadretraining.faults.faults.Fault;
import org.cadretraining.faults.faults.FaultContext;
import org.cadretraining.faults.faults.LastSeatRace;
import org.cadretraining.faults.faults.OutboxCrash;
import org.cadretraining.faults.faults.PoisonRecords;
import org.cadretraining.faults.faults.RegistryDownDuringNominations;
import org.cadretraining.faults.faults.ServiceCrash;
import org.cadretraining.faults.load.LoadGenerator;
import org.cadretraining.faults.load.Province;
import org.cadretraining.faults.platform.FaultPlatform;
import org.cadretraining.faults.platform.ResponseLog;
import org.cadretraining.faults.platform.ResponseLog.Call;
import org.cadretraining.faults.report.FaultResult;
import org.cadretraining.faults.report.ReliabilityReport;
import org.cadretraining.faults.truth.Convergence;
import org.cadretraining.faults.truth.EventLedger;
import org.cadretraining.faults.truth.Truth;
import org.cadretraining.faults.truth.Views;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault suite: the three services and the broker as separate processes under a steady load, one fault after
 * another, each followed by convergence, checked against the truth recomputed from the services' databases. Run it
 * with {@code -Pfaults} (docs/reliability.md); its figures are written to target/fault-suite/reliability-report.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {
    /** Time from a fault's end to the views matching the truth, beyond which the suite fails. */
    private static final Duration RECOVERY_BOUND = Duration.ofMinutes(3);
    private static final Path HOME = Path.of(System.getProperty("faults.home", "target/fault-suite"));
    private static final ReliabilityReport REPORT = new ReliabilityReport();

    private static FaultPlatform platform;
    private static LoadGenerator load;
    private static EventLedger ledger;
    private static Convergence convergence;
    private static FaultContext context;
    private static Instant suiteStarted;

    @BeforeAll
    static void startThePlatformAndTheLoad() throws Exception {
        suiteStarted = Instant.now();
        REPORT.context("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + memory() + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java " + Runtime.version());
        REPORT.context("load average before the start (1, 5, 15 min): " + loadAverage());
        platform = FaultPlatform.start(Path.of(System.getProperty("faults.repository", "../..")), HOME);
        REPORT.context("platform up (identity provider, PostgreSQL, broker and three service processes) in "
                + Duration.between(suiteStarted, Instant.now()).toSeconds() + " s");
        Province province = Province.setUp(platform);
        ledger = new EventLedger(platform.brokers(), platform.registryDatabase(), platform.enrollmentDatabase());
        convergence = new Convergence(new Truth(platform.registryDatabase(), platform.enrollmentDatabase(), province),
                new Views(platform.reportingApi(), province), ledger);
        load = new LoadGenerator(platform, province);
        REPORT.context("load: " + LoadGenerator.DESCRIPTION);
        Instant loadStarted = Instant.now();
        load.start();
        context = new FaultContext(platform, province, load, ledger, loadStarted);
    }

    @AfterAll
    static void stop() {
        if (load != null) {
            load.close();
        }
        if (platform != null) {
            REPORT.context("suite ran for " + Duration.between(suiteStarted, Instant.now()).toSeconds() + " s; load average at the end: "
                    + loadAverage());
            REPORT.context("every call: " + ResponseLog.summary(platform.responses().between(suiteStarted, Instant.now())));
        }
        REPORT.write(HOME.resolve("reliability-report.md"));
        if (platform != null) {
            platform.responses().write(HOME.resolve("calls.log"));
            System.out.println("Answers other than 2xx, by operation:\n"
                    + ResponseLog.refusals(platform.responses().between(suiteStarted, Instant.now())));
        }
        System.out.println(REPORT.markdown());
        if (ledger != null) {
            ledger.close();
        }
        if (context != null) {
            context.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(0)
    void baseline() throws Exception {
        run(new Baseline());
    }

    @Test
    @Order(1)
    void killTheRegistry() throws Exception {
        run(ServiceCrash.registry());
    }

    @Test
    @Order(2)
    void killEnrollment() throws Exception {
        run(ServiceCrash.enrollment());
    }

    @Test
    @Order(3)
    void killReporting() throws Exception {
        run(ServiceCrash.reporting());
    }

    @Test
    @Order(4)
    void restartTheBroker() throws Exception {
        run(new BrokerRestart());
    }

    @Test
    @Order(5)
    void deliverTheRegistrysEventsTwice() throws Exception {
        run(DuplicateDelivery.registry());
    }

    @Test
    @Order(6)
    void deliverEnrollmentsEventsTwice() throws Exception {
        run(DuplicateDelivery.enrollment());
    }

    @Test
    @Order(7)
    void deliverReportingsEventsTwice() throws Exception {
        run(DuplicateDelivery.reporting());
    }

    @Test
    @Order(8)
    void poisonEveryConsumedTopic() throws Exception {
        run(new PoisonRecords());
    }

    @Test
    @Order(9)
    void nominateWhileTheRegistryIsDown() throws Exception {
        run(new RegistryDownDuringNominations());
    }

    @Test
    @Order(10)
    void raceForTheLastSeats() throws Exception {
        run(new LastSeatRace());
    }

    @Test
    @Order(11)
    void crashBetweenTheOutboxsCommitAndItsSend() throws Exception {
        run(new OutboxCrash());
    }

    @Test
    @Order(12)
    void pauseTheBrokerForAMinute() throws Exception {
        run(new BrokerPause());
    }

    /**
     * Injects the fault with the load running; once it is over, stops the load and measures the time until every view
     * matches the truth and the ledger has lost nothing; checks the answers given from the fault's start until then.
     */
    private static void run(Fault fault) throws Exception {
        assertThat(platform).as("the platform started").isNotNull();
        Instant started = Instant.now();
        long sentAgainBefore = ledger.tally().sentAgain();
        Map<LoadGenerator.Operation, Long> before = load.done();
        // Other work on the machine stretches every time measured: the load average goes with the figures.
        context.note("load average at the start", loadAverage());
        Throwable error = null;
        try {
            fault.inject(context);
        } catch (Exception | AssertionError e) {
            error = e;
        }
        Instant ended = Instant.now();
        Convergence.Check converged = null;
        if (error != null) {
            error.printStackTrace(System.out);
            platform.ensureRunning();
        }
        load.pause();
        try {
            converged = convergence.await(RECOVERY_BOUND);
        } catch (AssertionError e) {
            error = error == null ? e : error;
        } finally {
            load.resume();
        }
        Instant until = converged == null ? Instant.now() : converged.at();
        List<Call> calls = platform.responses().between(started, until);
        Map<String, Long> operations = new LinkedHashMap<>();
        load.done().forEach((op, n) -> {
            if (n - before.get(op) > 0) {
                operations.put(op.name().toLowerCase(), n - before.get(op));
            }
        });
        EventLedger.Tally tally = converged == null ? ledger.tally() : converged.ledger();
        FaultResult result = new FaultResult(fault.name(), fault.description(), started, ended,
                converged == null ? null : Duration.between(ended, converged.at()), tally.committedBetween(started, until),
                tally.lost() + (converged == null ? 0 : converged.missing()), converged == null ? 0 : converged.extra(),
                tally.sentAgain() - sentAgainBefore, calls.size(), calls.stream().filter(Call::unavailableWithRetryAfter).count(),
                calls.stream().filter(c -> c.status() == ResponseLog.UNREACHABLE).count(),
                calls.stream().filter(Call::failure).toList(), converged == null ? 0 : converged.figuresCompared(), operations,
                context.takeNotes(), error == null ? null : error.toString());
        REPORT.add(result);
        REPORT.write(HOME.resolve("reliability-report.md"));
        System.out.println(Instant.now() + " " + fault.name() + ": " + (result.passed() ? "passed" : "FAILED " + result.error())
                + ", recovered in " + result.recovery());
        if (error instanceof Exception e) {
            throw e;
        }
        if (error != null) {
            throw (AssertionError) error;
        }
        assertThat(result.failures()).as("5xx answers other than 503 with Retry-After, and timeouts").isEmpty();
        assertThat(result.lost()).as("events lost").isZero();
        assertThat(result.appliedTwice()).as("events applied twice").isZero();
    }

    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String memory() {
        try (var lines = java.nio.file.Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024) + " GiB memory").orElse("memory unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
