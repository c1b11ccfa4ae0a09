package org.cadretraining.registry.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cadretraining.platform.sheets.CellSafety;
import org.cadretraining.platform.sheets.WorkbookGuard;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.registry.cadres.Names;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an uploaded sheet into text rows, refusing the whole file when it is not what it claims to be: a CSV that
 * is not UTF-8, an .xlsx that is not a complete workbook, a formula anywhere, or a cell too large to be a value.
 */
public final class SheetReader {
    /** No field of the template comes near this; a longer cell is a mistake or an attack. */
    public static final int MAX_CELL_CHARS = 1_000;
    public static final int MAX_ROWS = 100_000;

    private SheetReader() {
    }

    /** The rows of a cadre import. */
    public static List<SheetRow> read(byte[] content, SheetFormat format) {
        return read(content, format, SheetLayout.CADRES);
    }

    /** The rows of a sheet with the given columns; the header row must match them. */
    public static List<SheetRow> read(byte[] content, SheetFormat format, SheetLayout layout) {
        if (content.length == 0) {
            throw UnreadableSheet.unreadable("the file is empty");
        }
        return format == SheetFormat.CSV ? readCsv(content, layout) : readXlsx(content, layout);
    }

    private static List<SheetRow> readCsv(byte[] content, SheetLayout layout) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw UnreadableSheet.notUtf8();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // Comment lines before the header (an export's provenance) are skipped; line numbers still count them.
        int skipped = 0;
        int start = 0;
        while (start < text.length() && text.startsWith(SheetWriter.COMMENT, start)) {
            int end = text.indexOf('\n', start);
            start = end < 0 ? text.length() : end + 1;
            skipped++;
        }
        text = text.substring(start);
        if (text.isEmpty()) {
            throw UnreadableSheet.unreadable("the file has no header row");
        }
        String firstLine = text.lines().findFirst().orElse("");
        // Excel in a Vietnamese locale may save with semicolons.
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, csv)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i);
                    check(value, rows.size() + 1 + skipped, i, layout);
                    if (CellSafety.refusedOnImport(value)) {
                        throw UnreadableSheet.formula(rows.size() + 1 + skipped, layout.header(i));
                    }
                    cells.add(value.startsWith("'") ? value.substring(1) : value);
                }
                rows.add(cells);
                if (rows.size() > MAX_ROWS + 1) {
                    throw UnreadableSheet.tooManyRows(MAX_ROWS);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainProblem problem) {
                throw problem;
            }
            throw UnreadableSheet.unreadable("the CSV cannot be parsed (" + safe(e) + ")");
        }
        return withHeader(rows, skipped, layout);
    }

    private static List<SheetRow> readXlsx(byte[] content, SheetLayout layout) {
        if (!ReadableWorkbook.isOOXMLZipHeader(content)) {
            throw UnreadableSheet.unreadable("this is not an .xlsx workbook (an old .xls must be saved as .xlsx first)");
        }
        try {
            // Before any row is built: a zip bomb, a row numbered past the limit, a formula are refused here.
            WorkbookGuard.check(content, WorkbookGuard.Limits.forUploads(MAX_ROWS + 1));
        } catch (WorkbookGuard.RefusedWorkbook refused) {
            throw refused.isFormula() && refused.row() > 0 ? UnreadableSheet.formula(refused.row(), layout.header(refused.column()))
                    : UnreadableSheet.unreadable(refused.getMessage());
        }
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(content); ReadableWorkbook workbook = new ReadableWorkbook(in);
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = sheet.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                int line = row.getRowNum();
                if (line > MAX_ROWS + 1) {
                    throw UnreadableSheet.tooManyRows(MAX_ROWS);
                }
                // Skipped row numbers are blank rows: keep line numbers as the official sees them.
                while (rows.size() < line - 1) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(text(cell, line, i, layout));
                }
                rows.add(cells);
                if (rows.size() > MAX_ROWS + 1) {
                    throw UnreadableSheet.tooManyRows(MAX_ROWS);
                }
            }
        } catch (DomainProblem problem) {
            throw problem;
        } catch (IOException | RuntimeException e) {
            throw UnreadableSheet.unreadable("the workbook is damaged or incomplete (" + safe(e) + ")");
        }
        return withHeader(rows, 0, layout);
    }

    private static String text(Cell cell, int line, int column, SheetLayout layout) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.FORMULA || cell.getFormula() != null) {
            throw UnreadableSheet.formula(line, layout.header(column));
        }
        String value;
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            if (layout.dateColumns().contains(column)) {
                // An Excel date is a day count; the reader turns it into a date when it can.
                LocalDateTime date = cell.asDate();
                value = date == null ? number.toPlainString() : date.toLocalDate().toString();
            } else {
                value = number.stripTrailingZeros().toPlainString();
            }
        } else if (cell.getType() == CellType.ERROR) {
            value = "#ERROR";
        } else {
            value = cell.getText() == null ? "" : cell.getText();
            if (CellSafety.refusedOnImport(value)) {
                throw UnreadableSheet.formula(line, layout.header(column));
            }
            value = value.startsWith("'") ? value.substring(1) : value;
        }
        check(value, line, column, layout);
        return value;
    }

    private static void check(String value, int line, int column, SheetLayout layout) {
        if (value.length() > MAX_CELL_CHARS) {
            throw UnreadableSheet.cellTooLarge(line, layout.header(column), MAX_CELL_CHARS);
        }
    }

    /** @param skipped lines before the header that were not parsed (comments): rows keep their line in the file */
    private static List<SheetRow> withHeader(List<List<String>> rows, int skipped, SheetLayout layout) {
        if (rows.isEmpty()) {
            throw UnreadableSheet.unreadable("the file has no header row");
        }
        List<String> header = rows.get(0);
        List<String> expected = layout.headers();
        for (int i = 0; i < expected.size(); i++) {
            String found = i < header.size() ? header.get(i) : "";
            // An optional column may be missing, at the end; where a header is, it must be the template's.
            boolean missingOptional = i >= layout.requiredColumns() && Names.searchable(found).isEmpty();
            if (!missingOptional && !Names.searchable(found).equals(Names.searchable(expected.get(i)))) {
                throw UnreadableSheet.wrongColumns(layout, i);
            }
        }
        List<SheetRow> data = new ArrayList<>(rows.size() - 1);
        for (int i = 1; i < rows.size(); i++) {
            SheetRow row = new SheetRow(i + 1 + skipped, rows.get(i));
            if (!row.blank()) {
                data.add(row);
            }
        }
        return data;
    }

    /** The library's message names a part or an offset, never cell content: safe to pass on. */
    private static String safe(Exception e) {
        return e.getClass().getSimpleName();
    }
}
