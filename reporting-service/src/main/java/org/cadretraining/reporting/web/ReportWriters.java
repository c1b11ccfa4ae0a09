package org.cadretraining.reporting.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

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
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (String line : header(r)) {
            sb.append(csvCell(line)).append("\r\n");
        }
        sb.append("\r\n");
        sb.append(r.columns().stream().map(ReportWriters::csvCell).collect(Collectors.joining(","))).append("\r\n");
        for (Report.Row row : r.rows()) {
            // Numbers are written plainly (a dot for decimals) so that the file stays machine-readable.
            sb.append(row.cells().stream().map(c -> csvCell(c == null ? "" : c.toString())).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static void xlsx(Report r, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Cadre Training Platform", "1.0");
        Worksheet ws = wb.newWorksheet(r.name());
        int columns = r.columns().size();
        List<String> header = header(r);
        for (int i = 0; i < header.size(); i++) {
            ws.value(i, 0, header.get(i));
            ws.range(i, 0, i, columns - 1).merge();
            ws.style(i, 0).bold().fontSize(i == 0 ? 14 : 11).horizontalAlignment(i == 0 ? "center" : "left").set();
        }
        int top = header.size() + 1;
        for (int c = 0; c < columns; c++) {
            ws.value(top, c, r.columns().get(c));
            ws.style(top, c).bold().fillColor("D9E2F3").borderStyle(BorderStyle.THIN).wrapText(true)
                    .horizontalAlignment("center").set();
            ws.width(c, c == 1 ? 46 : 16);
        }
        ws.width(0, 7);
        int rowIndex = top + 1;
        for (Report.Row row : r.rows()) {
            for (int c = 0; c < columns; c++) {
                Object cell = c < row.cells().size() ? row.cells().get(c) : null;
                if (cell instanceof Number n) {
                    ws.value(rowIndex, c, n);
                } else if (cell != null) {
                    ws.value(rowIndex, c, cell.toString());
                }
                var style = ws.style(rowIndex, c).borderStyle(BorderStyle.THIN);
                if (row.kind() != Report.Kind.LINE) {
                    style = style.bold();
                }
                if (row.kind() == Report.Kind.SECTION) {
                    style = style.fillColor("F2F2F2");
                }
                style.set();
            }
            rowIndex++;
        }
        wb.finish();
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
