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

    /**
     * Who made a file and when, carried by the file itself: a copy found on a desk says whose it was. A CSV opens
     * with it as a comment line ({@value #COMMENT}…), which the platform's importers skip; a workbook has it in its
     * document properties.
     */
    public record Provenance(String exportedBy, String exportedAt) {
    }

    /** A CSV line starting with this, before the header, is a comment. */
    public static final String COMMENT = "#";

    /** A writer of one sheet named {@code sheet} (xlsx; CSV has no sheets). */
    public static SpreadsheetWriter open(Format format, OutputStream out, String sheet) throws IOException {
        return open(format, out, sheet, null);
    }

    public static SpreadsheetWriter open(Format format, OutputStream out, String sheet, Provenance provenance) throws IOException {
        return format == Format.CSV ? new Csv(out, provenance) : new Xlsx(out, sheet, provenance);
    }

    /** One row: text (neutralised), numbers, or null for an empty cell; anything else is written as its text. */
    public void row(List<?> cells) throws IOException {
        row(cells, Emphasis.PLAIN);
    }

    /** How a row of a report stands out in a workbook (a CSV has no looks). */
    public enum Emphasis { PLAIN, TOTAL, SECTION, HEADER }

    public abstract void row(List<?> cells, Emphasis emphasis) throws IOException;

    /**
     * A report's heading above its table (title, unit, period, date of the figures): in a workbook, the first line large
     * and each line across {@code span} columns; in a CSV, a line each, then a blank line.
     */
    public abstract void heading(List<String> lines, int span) throws IOException;

    /** Column widths of a workbook, in characters (a CSV ignores them). */
    public void widths(java.util.Map<Integer, Integer> widths) {
    }

    /**
     * A sheet after the first, written when the file is closed (e.g. about the export): a workbook gets it; a CSV,
     * one table a file, leaves it out, so that it reads back as the table alone.
     */
    public abstract void appendix(String name, List<List<?>> rows);

    @Override
    public abstract void close() throws IOException;

    static String text(Object cell) {
        return cell == null ? "" : CellSafety.neutralise(cell.toString());
    }

    private static final class Csv extends SpreadsheetWriter {
        private final Writer writer;

        Csv(OutputStream out, Provenance provenance) throws IOException {
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // The byte-order mark tells Excel the file is UTF-8, so Vietnamese names open intact.
            writer.write('\uFEFF');
            if (provenance != null) {
                writer.write(COMMENT + " Xuất bởi (exported by): " + oneLine(provenance.exportedBy()) + "; lúc (at): "
                        + oneLine(provenance.exportedAt()) + "\r\n");
            }
        }

        private static String oneLine(String text) {
            return text == null ? "" : text.replaceAll("[\\r\\n]", " ");
        }

        @Override
        public void heading(List<String> lines, int span) throws IOException {
            for (String line : lines) {
                row(List.of(line), Emphasis.PLAIN);
            }
            writer.write("\r\n");
        }

        @Override
        public void row(List<?> cells, Emphasis emphasis) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                Object cell = cells.get(i);
                line.append(i == 0 ? "" : ",").append(cell instanceof Number n ? number(n) : quoted(text(cell)));
            }
            writer.write(line.append("\r\n").toString());
        }

        @Override
        public void appendix(String name, List<List<?>> rows) {
            // One table a file.
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
        private final Worksheet sheet;
        private final java.util.Map<String, List<List<?>>> appendices = new java.util.LinkedHashMap<>();
        private int row;
        /** Once a report's header row is written, its rows are ruled too. */
        private boolean bordered;

        Xlsx(OutputStream out, String sheet, Provenance provenance) {
            workbook = new Workbook(out, "Cadre Training Platform", "1.0");
            if (provenance != null) {
                workbook.properties().setTitle(sheet)
                        .setSubject("Xuất bởi " + provenance.exportedBy() + " lúc " + provenance.exportedAt())
                        .setTextProperty("exportedBy", provenance.exportedBy())
                        .setTextProperty("exportedAt", provenance.exportedAt());
            }
            this.sheet = workbook.newWorksheet(sheet);
        }

        @Override
        public void heading(List<String> lines, int span) {
            for (int i = 0; i < lines.size(); i++) {
                sheet.value(row, 0, text(lines.get(i)));
                if (span > 1) {
                    sheet.range(row, 0, row, span - 1).merge();
                }
                sheet.style(row, 0).bold().fontSize(i == 0 ? 14 : 11).horizontalAlignment(i == 0 ? "center" : "left").set();
                row++;
            }
            row++;
        }

        @Override
        public void widths(java.util.Map<Integer, Integer> widths) {
            widths.forEach(sheet::width);
        }

        @Override
        public void row(List<?> cells, Emphasis emphasis) throws IOException {
            write(sheet, row, cells);
            bordered |= emphasis == Emphasis.HEADER;
            if (emphasis != Emphasis.PLAIN) {
                for (int c = 0; c < cells.size(); c++) {
                    var style = sheet.style(row, c).borderStyle(org.dhatim.fastexcel.BorderStyle.THIN).bold();
                    if (emphasis == Emphasis.HEADER) {
                        style = style.fillColor("D9E2F3").wrapText(true).horizontalAlignment("center");
                    } else if (emphasis == Emphasis.SECTION) {
                        style = style.fillColor("F2F2F2");
                    }
                    style.set();
                }
            } else if (bordered) {
                for (int c = 0; c < cells.size(); c++) {
                    sheet.style(row, c).borderStyle(org.dhatim.fastexcel.BorderStyle.THIN).set();
                }
            }
            row++;
            if (row % 1_000 == 0) {
                sheet.flush();
            }
        }

        @Override
        public void appendix(String name, List<List<?>> rows) {
            appendices.put(name, rows);
        }

        private static void write(Worksheet sheet, int row, List<?> cells) {
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell instanceof Number n) {
                    sheet.value(row, c, n);
                } else if (cell != null && !cell.toString().isEmpty()) {
                    sheet.value(row, c, text(cell));
                }
            }
        }

        @Override
        public void close() throws IOException {
            sheet.finish();
            for (java.util.Map.Entry<String, List<List<?>>> appendix : appendices.entrySet()) {
                Worksheet extra = workbook.newWorksheet(appendix.getKey());
                for (int r = 0; r < appendix.getValue().size(); r++) {
                    write(extra, r, appendix.getValue().get(r));
                }
                extra.finish();
            }
            workbook.finish();
        }
    }
}
