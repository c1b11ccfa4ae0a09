package org.cadretraining.faults.faults;

/**
 * One fault of the suite. {@link #inject} runs with the load going: it causes the fault, checks what must hold while it
 * lasts (and what it alone can show), and returns once the fault is over (what was killed is restarted, what was
 * paused resumed). The suite then measures the convergence and checks the response log and the ledger.
 */
public interface Fault {
    String name();

    /** What it does and what it shows, in a sentence or two, for the report. */
    String description();

    void inject(FaultContext context) throws Exception;
}
