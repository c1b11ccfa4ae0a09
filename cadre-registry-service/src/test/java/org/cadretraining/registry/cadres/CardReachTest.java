package org.cadretraining.registry.cadres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cadretraining.platform.security.UnitAncestry;
import org.cadretraining.platform.security.UnitScope;
import org.junit.jupiter.api.Test;

class CardReachTest {
    /** Two provinces: P (district D, commune C, school S) and Q (district E); X points at itself. */
    private static final Map<String, String> PARENTS = Map.of("D", "P", "C", "D", "S", "P", "E", "Q", "X", "X");
    private static final Set<String> UNITS = Set.of("P", "D", "C", "S", "Q", "E", "X");
    private static final UnitAncestry TREE = new UnitAncestry() {
        @Override
        public Optional<String> parentOf(String unitId) {
            return Optional.ofNullable(PARENTS.get(unitId));
        }

        @Override
        public boolean knows(String unitId) {
            return UNITS.contains(unitId);
        }
    };

    private static UnitScope on(String... units) {
        return new UnitScope(false, Set.of(units), TREE);
    }

    @Test
    void trainingReadAnywhereInAProvinceReachesEveryCardOfThatProvinceAndNoOther() {
        CardReach provider = new CardReach(on(), on("S"));
        assertThat(provider.covers("C")).isTrue();
        assertThat(provider.covers("D")).isTrue();
        assertThat(provider.covers("P")).isTrue();
        assertThat(provider.covers("E")).isFalse();
        assertThat(provider.covers("Q")).isFalse();
        assertThat(provider.covers("unknown")).isFalse();
        assertThat(provider.covers(null)).isFalse();
    }

    @Test
    void personReadReachesOnlyItsSubtree() {
        CardReach viewer = new CardReach(on("D"), on());
        assertThat(viewer.covers("C")).isTrue();
        assertThat(viewer.covers("S")).isFalse();
        assertThat(viewer.covers("E")).isFalse();
    }

    @Test
    void noGrantReachesNothingAndABrokenTreeGivesNoProvince() {
        assertThat(new CardReach(on(), on()).covers("C")).isFalse();
        assertThat(CardReach.rootOf(TREE, "X")).isNull();
        assertThat(new CardReach(on(), on("X")).covers("X")).isFalse();
        assertThat(new CardReach(on(), new UnitScope(true, Set.of(), TREE)).covers("E")).isTrue();
    }
}
