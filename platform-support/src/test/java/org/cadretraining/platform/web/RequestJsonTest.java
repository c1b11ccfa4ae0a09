package org.cadretraining.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

class RequestJsonTest {
    record Request(String name, LocalDate since, BigDecimal cost) {
    }

    private final JsonMapper json = RequestJson.mapper(new PlatformWebProperties.Json(0, 0), builder -> { });

    @Test
    void aWellFormedRequestIsRead() {
        assertThat(json.readValue("{\"name\":\"a\",\"since\":\"2020-01-15\",\"cost\":1500000}", Request.class))
                .isEqualTo(new Request("a", LocalDate.of(2020, 1, 15), new BigDecimal("1500000")));
        assertThat(json.readValue("{\"since\":null}", Request.class).since()).isNull();
    }

    @Test
    void aDateIsTextOnly() {
        assertThatThrownBy(() -> json.readValue("{\"since\":[]}", Request.class)).isInstanceOf(JacksonException.class)
                .hasMessageContaining("LocalDate");
        assertThatThrownBy(() -> json.readValue("{\"since\":[2020,1,15]}", Request.class)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> json.readValue("{\"since\":42}", Request.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void nothingMayFollowTheValue() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"a\"}}", Request.class)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> json.readValue("{\"name\":\"a\"} {}", Request.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void nestingAndNumbersAreBoundedByDefaultAt32LevelsAnd64Characters() {
        String nested31 = "{\"extra\":" + "[".repeat(30) + "]".repeat(30) + "}";
        assertThat(json.readValue(nested31, Request.class)).isNotNull();
        String nested33 = "{\"extra\":" + "[".repeat(32) + "]".repeat(32) + "}";
        assertThatThrownBy(() -> json.readValue(nested33, Request.class)).isInstanceOf(StreamConstraintsException.class);
        assertThat(json.readValue("{\"cost\":" + "9".repeat(64) + "}", Request.class).cost()).isNotNull();
        assertThatThrownBy(() -> json.readValue("{\"cost\":" + "9".repeat(65) + "}", Request.class))
                .isInstanceOf(StreamConstraintsException.class);
    }
}
