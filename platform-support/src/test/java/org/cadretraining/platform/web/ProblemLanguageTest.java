package org.cadretraining.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class ProblemLanguageTest {
    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void vietnameseGetsTheBundlesWordsAndEnglishOrAnUnknownLanguageTheCodes() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi-VN"));
        assertThat(ProblemLanguage.title("class-full", "Class full")).isEqualTo("Lớp đã đủ học viên");
        assertThat(ProblemLanguage.text("reason.must-be", "must be a UUID", "một mã UUID")).isEqualTo("phải là một mã UUID");
        assertThat(ProblemLanguage.title("no-such-type", "Something")).as("a type the bundle lacks").isEqualTo("Something");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(ProblemLanguage.title("class-full", "Class full")).isEqualTo("Class full");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(ProblemLanguage.title("class-full", "Class full")).isEqualTo("Class full");
    }

    @Test
    void aDomainProblemIsTitledInTheCallersLanguage() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        var response = new ProblemHandling().domain(DomainProblem.conflict("nomination-decided", "Nomination already decided", "x"));
        assertThat(response.getBody().getTitle()).isEqualTo("Đề cử đã được quyết định");
        assertThat(response.getBody().getDetail()).isEqualTo("x");
        var invalid = ProblemHandling.invalid(java.util.List.of(new ProblemHandling.FieldProblem("year", "y")));
        assertThat(invalid.getTitle()).isEqualTo("Yêu cầu không hợp lệ");
    }
}
