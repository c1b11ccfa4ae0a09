package org.cadretraining.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cadretraining.events.vocabulary.Ladder;
import org.junit.jupiter.api.Test;

class TopicCatalogueTest {
    @Test
    void enrollmentsAreKeyedByCadreAndCoPartitionedWithCadres() {
        assertThat(Topics.ENROLLMENTS.keyField()).isEqualTo(Topics.CADRES.keyField()).isEqualTo("cadreId");
        assertThat(Topics.ENROLLMENTS.partitions()).isEqualTo(Topics.CADRES.partitions());
    }

    @Test
    void ceTypesAreStableLogicalNamesNotClassNames() {
        assertThat(EventTypes.CADRE_ENROLLED.ceType()).isEqualTo("org.cadretraining.enrollment.CadreEnrolled.v1");
        assertThat(EventTypes.all()).extracting(EventType::ceType).doesNotHaveDuplicates()
                .noneMatch(name -> name.contains(".events."));
        assertThat(EventTypes.byCeType("org.cadretraining.registry.CadreRegistered.v1")).contains(EventTypes.CADRE_REGISTERED);
    }

    @Test
    void eachTopicHasOneOwnerAndTheEventsOnItComeFromThatOwner() {
        for (EventType<?> type : EventTypes.all()) {
            String service = type.name().split("\\.")[2];
            assertThat(type.topic().owner()).as(type.ceType()).startsWith(service.equals("registry") ? "cadre-registry" : service);
        }
    }

    @Test
    void laddersRankTheirLevelsAndRejectForeignOnes() {
        assertThat(Ladder.POLITICAL_THEORY.rank("INTERMEDIATE")).isGreaterThan(Ladder.POLITICAL_THEORY.rank("ELEMENTARY"));
        assertThat(Ladder.PROFESSIONAL.rank("NONE")).isZero();
        assertThatThrownBy(() -> Ladder.STATE_MANAGEMENT.rank("MASTER")).hasMessageContaining("not a level of STATE_MANAGEMENT");
    }

    @Test
    void deadLetterTopicNamesCarryTheGroup() {
        assertThat(Topics.CADRES.deadLetter("enrollment-service")).isEqualTo("registry.cadres.enrollment-service.dlq");
    }
}
