package org.cadretraining.reporting.web;

import org.cadretraining.platform.sheets.SpreadsheetWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;


import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** Writes a {@link Report} as CSV (UTF-8 with a byte-order mark, for Excel), .xlsx (FastExcel) or PDF (OpenPDF). */
public final class ReportWriters {
    public enum Format {
        CSV("csv", "text/csv; charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PDF("pdf", "application/pdf");

        public final String extension;
        public final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public static Format of(String extension) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(extension)) {
                    return f;
                }
            }
            throw org.cadretraining.platform.web.DomainProblem.invalidField("format", "must be csv, xlsx or pdf, not " + extension);
        }
    }

    /** Liberation Sans has every Vietnamese glyph; it ships in openpdf-fonts-extra. */
    static final String FONT = "/liberation/LiberationSans-Regular.ttf";
    static final String BOLD_FONT = "/liberation/LiberationSans-Bold.ttf";

    private ReportWriters() {
    }

    public static byte[] write(Report report, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            switch (format) {
                case CSV -> csv(report, out);
                case XLSX -> xlsx(report, out);
                case PDF -> pdf(report, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> header(Report r) {
        return List.of(r.title(), Labels.of("meta.unit", r.lang()) + ": " + r.unit(),
                Labels.of("meta.period", r.lang()) + ": " + r.period(),
                Labels.of("meta.asOf", r.lang()) + ": " + r.asOfText());
    }

    static void csv(Report r, OutputStream out) throws IOException {
        table(r, SpreadsheetWriter.open(SpreadsheetWriter.Format.CSV, out, r.name()));
    }

    static void xlsx(Report r, OutputStream out) throws IOException {
        table(r, SpreadsheetWriter.open(SpreadsheetWriter.Format.XLSX, out, r.name()));
    }

    /** Through the platform's one spreadsheet writer: formula-like text (a target's name, a unit's) is neutralised. */
    private static void table(Report r, SpreadsheetWriter sheet) throws IOException {
        try (sheet) {
            int columns = r.columns().size();
            sheet.heading(header(r), columns);
            java.util.Map<Integer, Integer> widths = new java.util.HashMap<>();
            for (int c = 0; c < columns; c++) {
                widths.put(c, c == 0 ? 7 : c == 1 ? 46 : 16);
            }
            sheet.widths(widths);
            sheet.row(r.columns(), SpreadsheetWriter.Emphasis.HEADER);
            for (Report.Row row : r.rows()) {
                // Numbers are written plainly (a dot for decimals) so that the file stays machine-readable.
                java.util.List<Object> cells = new java.util.ArrayList<>(row.cells());
                while (cells.size() < columns) {
                    cells.add(null);
                }
                sheet.row(cells, row.kind() == Report.Kind.SECTION ? SpreadsheetWriter.Emphasis.SECTION
                        : row.kind() == Report.Kind.LINE ? SpreadsheetWriter.Emphasis.PLAIN : SpreadsheetWriter.Emphasis.TOTAL);
            }
        }
    }

    static void pdf(Report r, OutputStream out) throws IOException {
        BaseFont regular = font(FONT);
        BaseFont bold = font(BOLD_FONT);
        Font normal = new Font(regular, 9);
        Font strong = new Font(bold, 9);
        Document doc = new Document(r.columns().size() > 5 ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(r.title());
        doc.open();
        Paragraph country = new Paragraph(Labels.of("meta.country", r.lang()), new Font(bold, 10));
        country.setAlignment(Element.ALIGN_CENTER);
        doc.add(country);
        Paragraph motto = new Paragraph(Labels.of("meta.motto", r.lang()), new Font(bold, 10));
        motto.setAlignment(Element.ALIGN_CENTER);
        doc.add(motto);
        Paragraph title = new Paragraph(r.title().toUpperCase(r.lang().locale), new Font(bold, 13));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(12);
        doc.add(title);
        for (String line : header(r).subList(1, 4)) {
            Paragraph p = new Paragraph(line, new Font(regular, 10));
            p.setAlignment(Element.ALIGN_CENTER);
            doc.add(p);
        }
        PdfPTable table = new PdfPTable(r.columns().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        float[] widths = new float[r.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == 0 ? 0.6f : i == 1 ? 3.5f : 1.3f;
        }
        table.setWidths(widths);
        for (String column : r.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(column, strong));
            cell.setBackgroundColor(new Color(0xD9, 0xE2, 0xF3));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        for (Report.Row row : r.rows()) {
            for (int c = 0; c < r.columns().size(); c++) {
                Object value = c < row.cells().size() ? row.cells().get(c) : null;
                PdfPCell cell = new PdfPCell(new Phrase(r.text(value), row.kind() == Report.Kind.LINE ? normal : strong));
                cell.setHorizontalAlignment(value instanceof Number || c == 0 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                if (row.kind() == Report.Kind.SECTION) {
                    cell.setBackgroundColor(new Color(0xF2, 0xF2, 0xF2));
                }
                table.addCell(cell);
            }
        }
        doc.add(table);
        doc.close();
    }

    private static BaseFont font(String resource) throws IOException {
        try (InputStream in = ReportWriters.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath (openpdf-fonts-extra)");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        }
    }
}
