package org.cadretraining.platform.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellSafetyTest {
    @Test
    void formulaLikeTextIsNeutralisedForExport() {
        for (String hostile : new String[]{"=1+2", "+84 912", "-2+3", "@SUM(A1)", "\t=cmd", "\r=cmd"}) {
            assertThat(CellSafety.neutralise(hostile)).as(hostile).isEqualTo("'" + hostile);
        }
        assertThat(CellSafety.neutralise("Nguyễn Văn A")).isEqualTo("Nguyễn Văn A");
        assertThat(CellSafety.neutralise("")).isEmpty();
        assertThat(CellSafety.neutralise(null)).isNull();
    }

    @Test
    void importsRefuseFormulaLikeTextAlsoBehindAnApostropheOrSpaces() {
        assertThat(CellSafety.refusedOnImport("=1+2")).isTrue();
        assertThat(CellSafety.refusedOnImport("'=1+2")).isTrue();
        assertThat(CellSafety.refusedOnImport("  =HYPERLINK(\"x\")")).isTrue();
        assertThat(CellSafety.refusedOnImport("'@SUM(A1)")).isTrue();
        assertThat(CellSafety.refusedOnImport("Chuyên viên")).isFalse();
        assertThat(CellSafety.refusedOnImport("'012345678901")).as("an apostrophe keeping leading zeros is fine").isFalse();
    }
}
