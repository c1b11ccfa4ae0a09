package org.cadretraining.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.cadretraining.platform.local.PublishedSchemas;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * After every console test (the console execution orders classes by {@code @Order}): each event the consoles' work
 * made the services emit (waitlisting, rejections, withdrawals, classes started and completed, renamed units among
 * them) passes its published schema in an independent validator and names it in {@code ce_dataschema}.
 */
@ConsoleTest
@Order(Integer.MAX_VALUE)
class EveryEmittedEventTest {
    @Test
    void everyEventTheConsolesMadeValidatesAgainstItsPublishedSchema() {
        PublishedSchemas.Check check = new PublishedSchemas().everyEventOn(ConsoleSession.get().platform().kafkaAdmin());
        System.out.println("Events read back and validated, by type: " + check.eventsByType());
        assertThat(check.failures()).as("events that fail their published schema (first 50)").isEmpty();
        // Besides what the end-to-end flows emit, the types only the consoles' work makes.
        assertThat(check.eventsByType().keySet()).as("types emitted").containsAll(java.util.List.of(
                "org.cadretraining.enrollment.CadreWaitlisted.v1", "org.cadretraining.enrollment.NominationRejected.v1",
                "org.cadretraining.enrollment.ClassStarted.v1", "org.cadretraining.enrollment.ClassCompleted.v1",
                "org.cadretraining.enrollment.EnrollmentWithdrawn.v1", "org.cadretraining.registry.UnitRenamed.v1"));
    }
}
