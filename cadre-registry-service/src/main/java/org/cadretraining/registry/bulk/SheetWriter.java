package org.cadretraining.registry.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes rows under the template's headers, streaming: the sheet is never held whole in memory. An export says who
 * made it and when ({@link Provenance}) in a way the import of the same file ignores: in a CSV, a comment line
 * before the header; in a workbook, a second sheet and the document's properties.
 */
public abstract class SheetWriter implements AutoCloseable {
    private static final String SHEET = "Danh sách cán bộ";
    static final String PROVENANCE_SHEET = "Thông tin xuất";
    /** A CSV line starting with this, before the header, is a comment: the import skips it. */
    static final String COMMENT = "#";

    /** A template: the headers only. */
    public static SheetWriter open(SheetFormat format, OutputStream out) throws IOException {
        return open(format, out, null);
    }

    /** An export: the headers, then the rows, with who exported it and when. */
    public static SheetWriter open(SheetFormat format, OutputStream out, Provenance provenance) throws IOException {
        SheetWriter writer = format == SheetFormat.CSV ? new Csv(out, provenance) : new Xlsx(out, provenance);
        writer.write(Column.headers());
        return writer;
    }

    public abstract void write(List<String> cells) throws IOException;

    /** Notes how many rows had sensitive fields masked, for the workbook's provenance sheet. */
    public void maskedRows(int count) {
    }

    @Override
    public abstract void close() throws IOException;

    /** A cell Excel would run as a formula is written with a leading apostrophe, which import strips again. */
    static String defused(String value) {
        if (value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static final class Csv extends SheetWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out, Provenance provenance) throws IOException {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // The byte-order mark tells Excel the file is UTF-8, so Vietnamese names open intact.
            writer.write('\uFEFF');
            if (provenance != null) {
                writer.write(COMMENT + " Xuất bởi (exported by): " + provenance.exportedBy() + "; lúc (at): "
                        + provenance.exportedAt().toOffsetDateTime() + "\r\n");
            }
            printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        }

        @Override
        public void write(List<String> cells) throws IOException {
            printer.printRecord(cells.stream().map(SheetWriter::defused).toList());
        }

        @Override
        public void close() throws IOException {
            printer.flush();
        }
    }

    private static final class Xlsx extends SheetWriter {
        private final Workbook workbook;
        private final Worksheet sheet;
        private final Provenance provenance;
        private int row;
        private int masked;

        Xlsx(OutputStream out, Provenance provenance) {
            workbook = new Workbook(out, "CadreRegistry", "1.0");
            this.provenance = provenance;
            if (provenance != null) {
                workbook.properties().setTitle(SHEET)
                        .setSubject("Xuất bởi " + provenance.exportedBy() + " lúc " + provenance.shownAt())
                        .setTextProperty("exportedBy", provenance.exportedBy())
                        .setDateProperty("exportedAt", provenance.exportedAt().toInstant());
            }
            sheet = workbook.newWorksheet(SHEET);
        }

        @Override
        public void maskedRows(int count) {
            masked = count;
        }

        @Override
        public void write(List<String> cells) throws IOException {
            for (int c = 0; c < cells.size(); c++) {
                String value = cells.get(c);
                if (value != null && !value.isEmpty()) {
                    sheet.value(row, c, value);
                }
            }
            row++;
            if (row % 1_000 == 0) {
                sheet.flush();
            }
        }

        @Override
        public void close() throws IOException {
            sheet.finish();
            if (provenance != null) {
                // A second sheet: the import reads the first one only.
                Worksheet about = workbook.newWorksheet(PROVENANCE_SHEET);
                String[][] lines = {{"Người xuất (exported by)", provenance.exportedBy()},
                        {"Thời điểm xuất (exported at)", provenance.shownAt()},
                        {"Số cán bộ (cadres)", Integer.toString(row - 1)},
                        {"Số dòng bị che thông tin nhạy cảm (rows with sensitive fields masked)", Integer.toString(masked)}};
                for (int r = 0; r < lines.length; r++) {
                    about.value(r, 0, lines[r][0]);
                    about.value(r, 1, lines[r][1]);
                }
                about.finish();
            }
            workbook.finish();
        }
    }
}
