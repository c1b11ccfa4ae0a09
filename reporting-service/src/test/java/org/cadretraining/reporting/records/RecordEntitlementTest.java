package org.cadretraining.reporting.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RecordEntitlementTest {
    private static final Map<String, String> PARENTS = Map.of("commune", "district", "district", "province",
            "other-district", "province", "loop-a", "loop-b", "loop-b", "loop-a");

    @Test
    void aGrantCoversTheUnitAndEveryUnitBelowIt() {
        RecordEntitlement district = new RecordEntitlement("huyen", Set.of("district"));
        assertThat(district.covers("district", PARENTS::get)).isTrue();
        assertThat(district.covers("commune", PARENTS::get)).isTrue();
        assertThat(district.covers("province", PARENTS::get)).isFalse();
        assertThat(district.covers("other-district", PARENTS::get)).isFalse();
        assertThat(new RecordEntitlement("tinh", Set.of("province")).covers("commune", PARENTS::get)).isTrue();
    }

    @Test
    void noGrantOrAnUnknownUnitOrACycleCoversNothing() {
        assertThat(new RecordEntitlement("x", Set.of()).covers("commune", PARENTS::get)).isFalse();
        assertThat(new RecordEntitlement("x", Set.of("province")).covers("unknown", PARENTS::get)).isFalse();
        assertThat(new RecordEntitlement("x", Set.of("province")).covers(null, PARENTS::get)).isFalse();
        assertThat(new RecordEntitlement("x", Set.of("province")).covers("loop-a", PARENTS::get)).isFalse();
    }
}
