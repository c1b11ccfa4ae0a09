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
            // The registry publishes the agency feed: it alone holds the citizen IDs the linkage feed needs.
            assertThat(type.topic().owner()).as(type.ceType())
                    .startsWith(service.equals("registry") || service.equals("agency") ? "cadre-registry" : service);
        }
    }

    @Test
    void laddersRankTheirLevelsAndRejectForeignOnes() {
        assertThat(Ladder.POLITICAL_THEORY.rank("INTERMEDIATE")).isGreaterThan(Ladder.POLITICAL_THEORY.rank("ELEMENTARY"));
        assertThat(Ladder.PROFESSIONAL.rank("NONE")).isZero();
        assertThatThrownBy(() -> Ladder.STATE_MANAGEMENT.rank("MASTER")).hasMessageContaining("not a level of STATE_MANAGEMENT");
    }

    @Test
    void aTopicsNameSaysWhoItIsForAndOnlyAgencyAndLinkageTopicsAreForAgencies() {
        for (Topic topic : Topics.all()) {
            assertThat(Audience.ofName(topic.name())).as(topic.name()).isEqualTo(topic.audience());
        }
        assertThat(Topics.all()).filteredOn(topic -> topic.audience() != Audience.INTERNAL)
                .extracting(Topic::name)
                .containsExactlyInAnyOrder("agency.units", "agency.cadres", "agency.training", "linkage.cadres");
        // Agency topics are compacted snapshots: replay from the start gives the current state, and a tombstone
        // removes a departed cadre.
        assertThat(Topics.all()).filteredOn(topic -> topic.audience() != Audience.INTERNAL).allMatch(Topic::compacted);
    }

    @Test
    void theAgencyFeedCarriesNoSensitiveFieldAndNoFreeText() {
        for (EventType<?> type : EventTypes.all()) {
            if (type.topic().audience() == Audience.AGENCY) {
                for (var component : type.payloadType().getRecordComponents()) {
                    assertThat(component.getName()).as(type.ceType())
                            .isNotIn("fullName", "birthDate", "ethnicMinority", "committeeMemberships", "reason",
                                    "nationalId", "citizenId", "position", "certificateNumber");
                    Property property = component.getAnnotation(Property.class);
                    assertThat(property).as(type.ceType() + "." + component.getName() + " has @Property").isNotNull();
                    assertThat(property.classification()).as(type.ceType() + "." + component.getName())
                            .isNotEqualTo(Classification.SENSITIVE);
                }
            }
        }
    }

    @Test
    void deadLetterTopicNamesCarryTheGroup() {
        assertThat(Topics.CADRES.deadLetter("enrollment-service")).isEqualTo("registry.cadres.enrollment-service.dlq");
    }
}
