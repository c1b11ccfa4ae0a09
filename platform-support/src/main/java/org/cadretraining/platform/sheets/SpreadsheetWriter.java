package org.cadretraining.platform.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The one writer of every CSV and .xlsx the platform hands out. Rows stream out as they are written; numbers stay
 * numbers; every text cell goes through {@link CellSafety#neutralise}, so that no name, title or reason someone typed
 * in comes back as a live formula in an official's spreadsheet.
 */
public abstract class SpreadsheetWriter implements AutoCloseable {
    public enum Format {
        CSV("csv", "text/csv; charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    /** A writer of one sheet named {@code sheet} (xlsx; CSV has no sheets). */
    public static SpreadsheetWriter open(Format format, OutputStream out, String sheet) throws IOException {
        return format == Format.CSV ? new Csv(out) : new Xlsx(out, sheet);
    }

    /** One row: text (neutralised), numbers, or null for an empty cell; anything else is written as its text. */
    public abstract void row(List<?> cells) throws IOException;

    /** A second sheet (xlsx) after the first, e.g. who exported the file and when; CSV writes its rows at the end. */
    public abstract void startSheet(String name) throws IOException;

    @Override
    public abstract void close() throws IOException;

    static String text(Object cell) {
        return cell == null ? "" : CellSafety.neutralise(cell.toString());
    }

    private static final class Csv extends SpreadsheetWriter {
        private final Writer writer;

        Csv(OutputStream out) throws IOException {
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // The byte-order mark tells Excel the file is UTF-8, so Vietnamese names open intact.
            writer.write('\uFEFF');
        }

        @Override
        public void row(List<?> cells) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                Object cell = cells.get(i);
                line.append(i == 0 ? "" : ",").append(cell instanceof Number n ? number(n) : quoted(text(cell)));
            }
            writer.write(line.append("\r\n").toString());
        }

        @Override
        public void startSheet(String name) {
            // One table a file: what an xlsx puts on a second sheet follows the rows here.
        }

        private static String number(Number n) {
            return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
        }

        /** RFC 4180: quoted when it holds a comma, a quote or a line break. */
        private static String quoted(String s) {
            return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                    ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }

        @Override
        public void close() throws IOException {
            writer.flush();
        }
    }

    private static final class Xlsx extends SpreadsheetWriter {
        private final Workbook workbook;
        private Worksheet sheet;
        private int row;

        Xlsx(OutputStream out, String sheet) {
            workbook = new Workbook(out, "Cadre Training Platform", "1.0");
            this.sheet = workbook.newWorksheet(sheet);
        }

        @Override
        public void row(List<?> cells) throws IOException {
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell instanceof Number n) {
                    sheet.value(row, c, n);
                } else if (cell != null && !cell.toString().isEmpty()) {
                    sheet.value(row, c, text(cell));
                }
            }
            row++;
            if (row % 1_000 == 0) {
                sheet.flush();
            }
        }

        @Override
        public void startSheet(String name) throws IOException {
            sheet.finish();
            sheet = workbook.newWorksheet(name);
            row = 0;
        }

        @Override
        public void close() throws IOException {
            sheet.finish();
            workbook.finish();
        }
    }
}
