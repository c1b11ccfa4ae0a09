package org.cadretraining.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class KeptAnswersTest {
    private final AtomicInteger worked = new AtomicInteger();
    private final KeptAnswers<String, String> answers = new KeptAnswers<>(2);

    private String work(String key, String figures) {
        return answers.get(figures, key, () -> {
            worked.incrementAndGet();
            return key + "@" + figures;
        });
    }

    @Test
    void anAnswerIsWorkedOutOnceWhileItsStoresStandStill() {
        assertThat(work("province", "v1")).isEqualTo("province@v1");
        assertThat(work("province", "v1")).isEqualTo("province@v1");
        assertThat(work("commune", "v1")).isEqualTo("commune@v1");
        assertThat(worked).hasValue(2);
    }

    @Test
    void aNewVersionOfTheStoresDropsEveryKeptAnswer() {
        work("province", "v1");
        work("commune", "v1");
        assertThat(work("province", "v2")).isEqualTo("province@v2");
        assertThat(work("commune", "v2")).isEqualTo("commune@v2");
        assertThat(worked).hasValue(4);
        // Nothing of v1 comes back either, not even for a request that still saw v1.
        assertThat(work("province", "v1")).isEqualTo("province@v1");
        assertThat(worked).hasValue(5);
    }

    @Test
    void storesThatCannotTellWhereTheyStandKeepNothing() {
        assertThat(work("province", null)).isEqualTo("province@null");
        work("province", null);
        assertThat(worked).hasValue(2);
    }

    @Test
    void keepsNoMoreThanItsLimit() {
        work("a", "v1");
        work("b", "v1");
        work("c", "v1");
        work("c", "v1");
        assertThat(worked).hasValue(4);
        work("a", "v1");
        assertThat(worked).hasValue(4);
    }
}
