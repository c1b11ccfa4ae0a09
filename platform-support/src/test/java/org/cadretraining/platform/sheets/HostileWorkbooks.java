package org.cadretraining.platform.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Workbooks made to hurt a reader, written part by part as an attacker would; the services' upload tests send them. */
public final class HostileWorkbooks {
    private static final String SHEET = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

    private HostileWorkbooks() {
    }

    /** A header row, then one row numbered {@code number}: a naive reader pads every row up to it. */
    public static byte[] rowNumbered(long number) {
        return zip("xl/worksheets/sheet1.xml", (SHEET + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Số CCCD</t></is></c></row>"
                + "<row r=\"" + number + "\"><c r=\"A" + number + "\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8), 1);
    }

    /** A sheet of 300 MB of blanks that deflates to well under a megabyte. */
    public static byte[] zipBomb() {
        return zip("xl/worksheets/sheet1.xml", null, 300);
    }

    /**
     * A shared-strings table of 70 MB that deflates some twenty times, not a thousand: it stays under the ratio a zip
     * bomb is caught by, and a few megabytes on the wire, so that the size of the table is what refuses it.
     */
    public static byte[] hugeSharedStrings() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(13);
        byte[] text = new byte[70 * 1024 * 1024];
        java.util.Arrays.fill(text, (byte) ' ');
        for (int i = 0; i + 48 <= text.length; i += 48) {
            text[i + random.nextInt(48)] = (byte) ('a' + random.nextInt(26));
        }
        byte[] head = "<sst><si><t>".getBytes(StandardCharsets.UTF_8);
        byte[] whole = new byte[head.length + text.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(text, 0, whole, head.length, text.length);
        return zip("xl/sharedStrings.xml", whole, 0);
    }

    private static byte[] zip(String part, byte[] content, int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            if (content != null) {
                zip.write(content);
            } else {
                zip.write((part.contains("shared") ? "<sst><si><t>" : SHEET + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                        .getBytes(StandardCharsets.UTF_8));
                byte[] blanks = new byte[1024 * 1024];
                java.util.Arrays.fill(blanks, (byte) ' ');
                for (int i = 0; i < megabytes; i++) {
                    zip.write(blanks);
                }
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
