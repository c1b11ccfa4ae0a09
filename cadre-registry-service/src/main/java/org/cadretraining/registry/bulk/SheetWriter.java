package org.cadretraining.registry.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.cadretraining.platform.sheets.SpreadsheetWriter;

/**
 * Writes rows under the template's headers through the platform's one spreadsheet writer, streaming, with formula-like
 * text neutralised. An export says who made it and when ({@link Provenance}) in a way the import of the same file
 * ignores: in a CSV, a comment line before the header; in a workbook, the document's properties and a second sheet.
 */
public final class SheetWriter implements AutoCloseable {
    private static final String SHEET = "Danh sách cán bộ";
    static final String PROVENANCE_SHEET = "Thông tin xuất";
    /** A CSV line starting with this, before the header, is a comment: the import skips it. */
    static final String COMMENT = SpreadsheetWriter.COMMENT;

    private final SpreadsheetWriter sheet;
    private final Provenance provenance;
    private int rows;
    private int masked;

    private SheetWriter(SpreadsheetWriter sheet, Provenance provenance) {
        this.sheet = sheet;
        this.provenance = provenance;
    }

    /** A template: the headers only. */
    public static SheetWriter open(SheetFormat format, OutputStream out) throws IOException {
        return open(format, out, null);
    }

    /** An export: the headers, then the rows, with who exported it and when. */
    public static SheetWriter open(SheetFormat format, OutputStream out, Provenance provenance) throws IOException {
        SpreadsheetWriter sheet = SpreadsheetWriter.open(format == SheetFormat.CSV ? SpreadsheetWriter.Format.CSV
                : SpreadsheetWriter.Format.XLSX, out, SHEET, provenance == null ? null
                : new SpreadsheetWriter.Provenance(provenance.exportedBy(), provenance.shownAt()));
        sheet.row(Column.headers());
        return new SheetWriter(sheet, provenance);
    }

    public void write(List<String> cells) throws IOException {
        sheet.row(cells);
        rows++;
    }

    /** Notes how many rows had sensitive fields masked, for the workbook's provenance sheet. */
    public void maskedRows(int count) {
        masked = count;
    }

    @Override
    public void close() throws IOException {
        if (provenance != null) {
            // A second sheet: the import reads the first one only.
            sheet.appendix(PROVENANCE_SHEET, List.of(
                    List.of("Người xuất (exported by)", provenance.exportedBy()),
                    List.of("Thời điểm xuất (exported at)", provenance.shownAt()),
                    List.of("Số cán bộ (cadres)", rows),
                    List.of("Số dòng bị che thông tin nhạy cảm (rows with sensitive fields masked)", masked)));
        }
        sheet.close();
    }
}
