package org.cadretraining.registry.bulk;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Who exported a file and when, written into the file itself: a copy of the register found on a desk says whose it
 * was. The time is the officials' (Asia/Ho_Chi_Minh).
 */
public record Provenance(String exportedBy, ZonedDateTime exportedAt) {
    public static final ZoneId OFFICIALS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss xxx");

    public Provenance {
        exportedBy = safe(exportedBy);
        exportedAt = exportedAt.withZoneSameInstant(OFFICIALS_ZONE);
    }

    public String shownAt() {
        return exportedAt.format(SHOWN);
    }

    /**
     * The exporter as a file may carry them: a subject is the identity provider's, not ours to trust, so anything but
     * letters, digits and {@code . _ @ -} becomes {@code _}. No separator, quote, line break or formula lead survives.
     */
    static String safe(String subject) {
        if (subject == null || subject.isBlank()) {
            return "?";
        }
        String kept = subject.strip().replaceAll("[^\\p{L}\\p{N}._@-]", "_");
        kept = kept.length() > 200 ? kept.substring(0, 200) : kept;
        return "=+-@".indexOf(kept.charAt(0)) >= 0 ? "_" + kept.substring(1) : kept;
    }
}
