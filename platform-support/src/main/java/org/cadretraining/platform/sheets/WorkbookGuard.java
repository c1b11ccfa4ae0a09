package org.cadretraining.platform.sheets;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Looks through an uploaded .xlsx before any reader builds rows from it, and refuses it at the first sign of a hostile
 * or broken file: a zip that inflates far beyond its size (a zip bomb) or beyond a total, a shared-strings table too
 * large to be a register, a row numbered beyond the row limit (a reader would pad up to it), or a formula anywhere.
 * It streams: what it reads is bounded by the limits, never by what the file claims.
 */
public final class WorkbookGuard {
    /**
     * @param maxInflatedBytes   all parts of the workbook together, inflated
     * @param maxRatio           inflated bytes per compressed byte, across the file, once past a first megabyte
     * @param maxSharedStringsBytes the shared-strings part, inflated
     * @param maxRows            the highest row number a sheet may use (a header and the data rows)
     */
    public record Limits(long maxInflatedBytes, int maxRatio, long maxSharedStringsBytes, int maxRows) {
        /** Enough for 100,000 cadres of the import template; far short of what hurts a service. */
        public static Limits forUploads(int maxRows) {
            return new Limits(256L * 1024 * 1024, 100, 64L * 1024 * 1024, maxRows);
        }
    }

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        // No DTDs, no external entities: a worksheet has neither.
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private WorkbookGuard() {
    }

    /** Returns quietly for a workbook within the limits; throws {@link RefusedWorkbook} with the reason otherwise. */
    public static void check(byte[] xlsx, Limits limits) {
        Counting compressed = new Counting(new ByteArrayInputStream(xlsx));
        long inflated = 0;
        boolean anyEntry = false;
        // Commons Compress rather than java.util.zip: spreadsheet writers put sizes in data descriptors, which
        // ZipInputStream refuses for entries it did not expect them on.
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(compressed, "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                anyEntry = true;
                String name = entry.getName();
                long entryLimit = name.equals("xl/sharedStrings.xml") ? limits.maxSharedStringsBytes() : limits.maxInflatedBytes();
                Bounded part = new Bounded(zip, inflated, limits, compressed, name, entryLimit);
                if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                    scanSheet(part, name, limits);
                }
                part.transferTo(java.io.OutputStream.nullOutputStream());
                inflated = part.total();
            }
        } catch (RefusedWorkbook refused) {
            throw refused;
        } catch (IOException | XMLStreamException | IllegalArgumentException e) {
            throw new RefusedWorkbook("it is not a readable .xlsx workbook");
        }
        if (!anyEntry) {
            throw new RefusedWorkbook("it is not a readable .xlsx workbook");
        }
    }

    private static void scanSheet(InputStream part, String name, Limits limits) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(new NonClosing(part));
        String cell = null;
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = xml.getLocalName();
                if (element.equals("c")) {
                    cell = xml.getAttributeValue(null, "r");
                } else if (element.equals("row")) {
                    String number = xml.getAttributeValue(null, "r");
                    if (number != null && rowNumber(number) > limits.maxRows()) {
                        throw new RefusedWorkbook("a row is numbered " + number + ", beyond the limit of " + limits.maxRows() + " rows");
                    }
                } else if (element.equals("f")) {
                    throw RefusedWorkbook.formula(cell);
                }
            }
        } finally {
            xml.close();
        }
    }

    private static long rowNumber(String number) {
        try {
            return Long.parseLong(number.strip());
        } catch (NumberFormatException e) {
            throw new RefusedWorkbook("a row has no valid number (" + (number.length() > 20 ? number.substring(0, 20) : number) + ")");
        }
    }

    /** Why a workbook was refused, in words an official can act on; for a formula, the cell it is in. */
    public static final class RefusedWorkbook extends RuntimeException {
        private final int row;
        private final int column;

        public RefusedWorkbook(String reason) {
            this(reason, -1, -1);
        }

        private RefusedWorkbook(String reason, int row, int column) {
            super(reason);
            this.row = row;
            this.column = column;
        }

        static RefusedWorkbook formula(String cellReference) {
            int column = -1;
            int row = -1;
            if (cellReference != null && cellReference.matches("[A-Z]{1,3}[0-9]{1,7}")) {
                int letters = 0;
                column = 0;
                while (Character.isLetter(cellReference.charAt(letters))) {
                    column = column * 26 + (cellReference.charAt(letters) - 'A' + 1);
                    letters++;
                }
                column--;
                row = Integer.parseInt(cellReference.substring(letters));
            }
            return new RefusedWorkbook("it holds a formula" + (row > 0 ? " (cell " + cellReference + ")" : "")
                    + "; save the sheet with values only", row, column);
        }

        /** Whether a formula was the reason. */
        public boolean isFormula() {
            return getMessage().startsWith("it holds a formula");
        }

        /** The formula's row as the sheet numbers it (1 is the first), or -1. */
        public int row() {
            return row;
        }

        /** The formula's column, 0 for A, or -1. */
        public int column() {
            return column;
        }
    }

    /** The compressed bytes read so far. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }

    /** One part, inflated, with the running total checked against the limits as it is read. */
    private static final class Bounded extends FilterInputStream {
        private static final long RATIO_GRACE = 1024 * 1024;
        private final Limits limits;
        private final Counting compressed;
        private final String name;
        private final long partLimit;
        private long total;
        private long part;

        Bounded(InputStream in, long before, Limits limits, Counting compressed, String name, long partLimit) {
            super(in);
            this.total = before;
            this.limits = limits;
            this.compressed = compressed;
            this.name = name;
            this.partLimit = partLimit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            total += n;
            part += n;
            if (part > partLimit) {
                throw new RefusedWorkbook(name.equals("xl/sharedStrings.xml")
                        ? "its table of shared text is larger than " + partLimit / (1024 * 1024) + " MB"
                        : "a part of it inflates beyond " + partLimit / (1024 * 1024) + " MB");
            }
            if (total > limits.maxInflatedBytes()) {
                throw new RefusedWorkbook("it inflates beyond " + limits.maxInflatedBytes() / (1024 * 1024) + " MB");
            }
            if (total > RATIO_GRACE && total > (long) limits.maxRatio() * Math.max(1, compressed.count())) {
                throw new RefusedWorkbook("it inflates more than " + limits.maxRatio() + " times its size (a zip bomb?)");
            }
        }

        long total() {
            return total;
        }

        @Override
        public void close() {
            // The zip stream stays open for the next part.
        }
    }

    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }

}
