package org.cadretraining.registry.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProvenanceTest {
    @Test
    void anExportersNameCarriesNoSeparatorLineBreakOrFormula() {
        assertThat(Provenance.safe("nguyen.van.a@tinh.gov.vn")).isEqualTo("nguyen.van.a@tinh.gov.vn");
        assertThat(Provenance.safe("Nguyễn Văn A")).isEqualTo("Nguyễn_Văn_A");
        assertThat(Provenance.safe("x,=HYPERLINK(\"e\")\n# y")).doesNotContain(",", "\"", "\n", "(", "#");
        assertThat(Provenance.safe("=1+1")).startsWith("_");
        assertThat(Provenance.safe(null)).isEqualTo("?");
    }

    @Test
    void aCsvExportSaysWhoAndWhenOnACommentLineThatTheImportSkipsKeepingLineNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Provenance by = new Provenance("to.chuc", ZonedDateTime.parse("2026-05-01T03:00:00Z"));
        try (SheetWriter writer = SheetWriter.open(SheetFormat.CSV, out, by)) {
            writer.write(List.of("011188123456", "Lò Thị Hương"));
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("\uFEFF# Xuất bởi (exported by): to.chuc; lúc (at): 01/05/2026 10:00:00 +07:00");
        List<SheetRow> rows = SheetReader.read(out.toByteArray(), SheetFormat.CSV);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).as("the line as the official sees it in the file").isEqualTo(3);
            assertThat(r.cell(Column.NATIONAL_ID)).isEqualTo("011188123456");
        });
    }
}
