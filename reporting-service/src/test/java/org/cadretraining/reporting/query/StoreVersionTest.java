package org.cadretraining.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.KeyValueStore;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.reporting.Events;
import org.cadretraining.reporting.ingest.TopologyFixture;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.Target;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the kept answers rest on: the service's own topology moves a store's version whenever it changes what the
 * store holds, whatever the change (a record, or the re-judging punctuation), and leaves it be otherwise. A topology
 * that wrote a view without moving its version (a store keeping no position, a write from a punctuation with no
 * record behind it) would leave figures kept that no longer hold: this test fails first.
 */
class StoreVersionTest {
    private static final String PROVINCE = "u-province";
    private static final String COMMUNE = "u-commune";
    private final TopologyFixture views = new TopologyFixture();

    @AfterEach
    void close() {
        views.close();
    }

    @Test
    void everyChangeOfTheViewsTheQueriesKeepAnswersFromMovesTheirVersion() {
        List<Runnable> changes = List.of(
                () -> views.send(EventTypes.UNIT_CREATED, PROVINCE, Events.unit(PROVINCE, "DB", UnitLevel.PROVINCE, null)),
                () -> views.send(EventTypes.UNIT_CREATED, COMMUNE, Events.unit(COMMUNE, "DB-X1", UnitLevel.COMMUNE, PROVINCE)),
                () -> views.send(EventTypes.CADRE_REGISTERED, "c-1", Events.cadre("c-1", COMMUNE, Gender.FEMALE, 1990, true,
                        PoliticalTheoryLevel.ELEMENTARY)),
                () -> views.send(EventTypes.CADRE_REGISTERED, "c-2", Events.cadre("c-2", PROVINCE, Gender.MALE, 1970, false,
                        PoliticalTheoryLevel.ADVANCED)),
                () -> views.send(EventTypes.CADRE_ENROLLED, "c-1", Events.enrolled("e-1", "c-1", ProgramCategory.POLITICAL_THEORY,
                        StudyMode.IN_SERVICE)),
                () -> views.define(new Target("t-1", "Cán bộ có trung cấp LLCT", new Target.Cohort(null, null, null, null, null),
                        new Target.Criterion(Ladder.POLITICAL_THEORY, "INTERMEDIATE", false), 50.0, LocalDate.of(2030, 12, 31),
                        java.time.Instant.parse("2026-01-01T00:00:00Z"))),
                () -> views.send(EventTypes.CADRE_TRANSFERRED, "c-1", Events.transfer("c-1", COMMUNE, PROVINCE)),
                () -> views.send(EventTypes.COURSE_GRADUATED, "c-1", Events.graduated("e-1", "c-1")),
                () -> views.send(EventTypes.CADRE_QUALIFICATION_RECORDED, "c-1", Events.qualification("c-1",
                        Ladder.POLITICAL_THEORY, "INTERMEDIATE")),
                () -> views.send(EventTypes.CADRE_DEPARTED, "c-2", Events.retired("c-2")),
                () -> views.withdraw("t-1"));
        List<String> watched = List.of(StoreNames.REFERENCE, StoreNames.UNIT_PROGRESS, StoreNames.TARGET_PROGRESS);
        Map<String, Integer> moves = new HashMap<>();
        for (Runnable change : changes) {
            Map<String, Map<String, Object>> before = new HashMap<>();
            Map<String, StoreVersion> versionsBefore = new HashMap<>();
            for (String store : watched) {
                before.put(store, content(store));
                versionsBefore.put(store, version(store));
            }
            change.run();
            views.driver.advanceWallClockTime(Duration.ofSeconds(2)); // any punctuation due runs now
            for (String store : watched) {
                StoreVersion after = version(store);
                assertThat(after).as("version of %s", store).isNotNull();
                if (!content(store).equals(before.get(store))) {
                    assertThat(after).as("%s changed, so its version must move", store).isNotEqualTo(versionsBefore.get(store));
                    moves.merge(store, 1, Integer::sum);
                }
            }
        }
        // With nothing new, nothing moves: the answers stay kept.
        Map<String, StoreVersion> still = new HashMap<>();
        watched.forEach(store -> still.put(store, version(store)));
        views.driver.advanceWallClockTime(Duration.ofSeconds(5));
        watched.forEach(store -> assertThat(version(store)).as(store).isEqualTo(still.get(store)));
        // The scenario changed each store more than once: the test saw what it is about.
        assertThat(moves).containsKeys(StoreNames.REFERENCE, StoreNames.UNIT_PROGRESS, StoreNames.TARGET_PROGRESS);
        assertThat(moves.values()).allMatch(n -> n >= 2);
    }

    @Test
    void aStoreReplacedByAnotherIsAnotherVersionEvenAtTheSamePosition() {
        StateStore store = views.driver.getAllStateStores().get(StoreNames.UNIT_PROGRESS);
        try (TopologyFixture other = new TopologyFixture()) {
            StateStore twin = other.driver.getAllStateStores().get(StoreNames.UNIT_PROGRESS);
            assertThat(StoreVersion.of(List.of(store))).isEqualTo(StoreVersion.of(List.of(store)))
                    .isNotEqualTo(StoreVersion.of(List.of(twin)));
        }
    }

    private StoreVersion version(String store) {
        return StoreVersion.of(List.of(views.driver.getAllStateStores().get(store)));
    }

    private Map<String, Object> content(String store) {
        Map<String, Object> content = new HashMap<>();
        KeyValueStore<String, Object> kv = views.driver.getKeyValueStore(store);
        try (var all = kv.all()) {
            all.forEachRemaining(e -> content.put(e.key, e.value));
        }
        return content;
    }
}
