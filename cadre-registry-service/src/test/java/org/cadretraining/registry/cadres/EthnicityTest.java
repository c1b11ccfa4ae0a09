package org.cadretraining.registry.cadres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class EthnicityTest {
    @Test
    void listsTheFiftyFourRecognisedGroupsAndOnlyKinhIsTheMajority() {
        assertThat(Ethnicity.values()).hasSize(54);
        assertThat(Arrays.stream(Ethnicity.values()).filter(e -> !e.isMinority())).containsExactly(Ethnicity.KINH);
        assertThat(Ethnicity.HMONG.vietnameseName()).isEqualTo("Mông");
    }
}
