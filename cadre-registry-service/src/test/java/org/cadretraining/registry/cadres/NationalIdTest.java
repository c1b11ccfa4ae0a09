package org.cadretraining.registry.cadres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cadretraining.events.vocabulary.Gender;
import org.junit.jupiter.api.Test;

class NationalIdTest {
    @Test
    void acceptsANumberConsistentWithGenderAndBirthYear() {
        assertThat(NationalId.problem("011088000123", Gender.MALE, LocalDate.of(1988, 1, 1))).isNull();
        assertThat(NationalId.problem("001195123456", Gender.FEMALE, LocalDate.of(1995, 5, 5))).isNull();
        assertThat(NationalId.problem("038301000001", Gender.FEMALE, LocalDate.of(2001, 2, 3))).isNull();
    }

    @Test
    void rejectsWrongShapesProvincesGenderDigitsAndYears() {
        assertThat(NationalId.problem("01108800012", Gender.MALE, LocalDate.of(1988, 1, 1))).contains("12 digits");
        assertThat(NationalId.problem("01108800012a", Gender.MALE, LocalDate.of(1988, 1, 1))).contains("12 digits");
        assertThat(NationalId.problem("003088000123", Gender.MALE, LocalDate.of(1988, 1, 1))).contains("province code");
        assertThat(NationalId.problem("011188000123", Gender.MALE, LocalDate.of(1988, 1, 1))).contains("gender");
        assertThat(NationalId.problem("011288000123", Gender.MALE, LocalDate.of(1988, 1, 1))).contains("century");
        assertThat(NationalId.problem("011089000123", Gender.MALE, LocalDate.of(1988, 1, 1))).contains("year of birth");
    }
}
