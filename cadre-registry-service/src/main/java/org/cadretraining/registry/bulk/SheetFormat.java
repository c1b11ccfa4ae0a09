package org.cadretraining.registry.bulk;

import java.util.Locale;
import java.util.Optional;

/** The two file formats the register reads and writes. */
public enum SheetFormat {
    CSV("text/csv; charset=UTF-8", ".csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private final String mediaType;
    private final String extension;

    SheetFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Judged by the file name's extension: the content is then checked to be what the name says. */
    public static Optional<SheetFormat> ofFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String lower = fileName.strip().toLowerCase(Locale.ROOT);
        for (SheetFormat format : values()) {
            if (lower.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
