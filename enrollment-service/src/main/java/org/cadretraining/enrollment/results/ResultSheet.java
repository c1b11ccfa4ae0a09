package org.cadretraining.enrollment.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.cadretraining.platform.sheets.WorkbookGuard;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a results sheet, CSV (comma or semicolon, UTF-8) or .xlsx (first sheet), into raw rows with their line
 * numbers. The header row names the columns: enrollmentId, outcome, attendancePercent, finalGrade, certificateNumber,
 * date; their order is free and the case does not matter.
 */
public final class ResultSheet {
    public static final List<String> COLUMNS = List.of("enrollmentid", "outcome", "attendancepercent", "finalgrade",
            "certificatenumber", "date");

    private ResultSheet() {
    }

    /** One data row: its line in the file (the header is line 1) and its cells by lower-case column name. */
    public record RawRow(int line, java.util.Map<String, String> cells) {
        public String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** A class has at most a few hundred students; a results sheet far longer is a mistake or an attack. */
    public static final int MAX_ROWS = 10_000;

    /** A file refused as a whole, with the reason; nothing in it is read further. */
    public static final class RefusedSheet extends RuntimeException {
        RefusedSheet(String reason) {
            super(reason);
        }
    }

    public static List<RawRow> read(String filename, byte[] content) throws IOException {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            try {
                // Before any row is built: a zip bomb, a row numbered past the limit, a formula are refused here.
                WorkbookGuard.check(content, WorkbookGuard.Limits.forUploads(MAX_ROWS + 1));
            } catch (WorkbookGuard.RefusedWorkbook refused) {
                throw new RefusedSheet(refused.getMessage());
            }
            return readExcel(new java.io.ByteArrayInputStream(content));
        }
        return readCsv(new java.io.ByteArrayInputStream(content));
    }

    public static List<RawRow> read(String filename, InputStream in) throws IOException {
        return read(filename, in.readAllBytes());
    }

    static List<RawRow> readCsv(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<List<String>> lines = new ArrayList<>();
        String line;
        char separator = ',';
        while ((line = reader.readLine()) != null) {
            if (lines.isEmpty()) {
                line = line.startsWith("\uFEFF") ? line.substring(1) : line;
                // Excel in a Vietnamese locale writes semicolons, as the decimal mark is a comma; the header tells.
                separator = line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',';
            }
            lines.add(split(line, separator));
            if (lines.size() > MAX_ROWS + 1) {
                throw new RefusedSheet("it holds more than " + MAX_ROWS + " rows");
            }
        }
        return rows(lines);
    }

    static List<RawRow> readExcel(InputStream in) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in); Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                if (row.getRowNum() > MAX_ROWS + 1) {
                    throw new RefusedSheet("a row is numbered " + row.getRowNum() + ", beyond the limit of " + (MAX_ROWS + 1));
                }
                while (lines.size() < row.getRowNum() - 1) {
                    lines.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                lines.add(cells);
            }
        }
        return rows(lines);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }

    private static List<RawRow> rows(List<List<String>> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = lines.get(0).stream().map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT)).toList();
        List<RawRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            java.util.Map<String, String> byName = new java.util.HashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                byName.put(header.get(c), cells.get(c));
            }
            rows.add(new RawRow(i + 1, byName));
        }
        return rows;
    }

    /** The header's missing columns, so that a wrong file is refused as a whole. */
    public static List<String> missingColumns(List<RawRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of("enrollmentid", "outcome").stream().filter(c -> !rows.get(0).cells().containsKey(c)).toList();
    }

    /** A date cell: yyyy-MM-dd, dd/MM/yyyy as officials write it, or an Excel day number. */
    public static LocalDate date(String text) {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(text);
        }
        if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            String[] p = text.split("/");
            return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        }
        if (text.matches("\\d{5}")) {
            return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(text));
        }
        throw new IllegalArgumentException("must be a date as yyyy-MM-dd or dd/MM/yyyy");
    }

    private static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
