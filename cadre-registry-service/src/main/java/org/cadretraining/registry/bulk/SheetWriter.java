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

/** Writes rows under the template's headers, streaming: the sheet is never held whole in memory. */
public abstract class SheetWriter implements AutoCloseable {
    private static final String SHEET = "Danh sách cán bộ";

    public static SheetWriter open(SheetFormat format, OutputStream out) throws IOException {
        SheetWriter writer = format == SheetFormat.CSV ? new Csv(out) : new Xlsx(out);
        writer.write(Column.headers());
        return writer;
    }

    public abstract void write(List<String> cells) throws IOException;

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

        Csv(OutputStream out) throws IOException {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // The byte-order mark tells Excel the file is UTF-8, so Vietnamese names open intact.
            writer.write('\uFEFF');
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
        private int row;

        Xlsx(OutputStream out) {
            workbook = new Workbook(out, "CadreRegistry", "1.0");
            sheet = workbook.newWorksheet(SHEET);
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
            workbook.finish();
        }
    }
}
