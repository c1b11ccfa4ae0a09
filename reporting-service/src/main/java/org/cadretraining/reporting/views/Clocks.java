package org.cadretraining.reporting.views;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The officials' time: dates (a deadline passed, the year a committee seat covers) are theirs, not the server's. */
public final class Clocks {
    public static final ZoneId OFFICIALS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The officials' day of an instant; null stays null. */
    public static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, OFFICIALS_ZONE);
    }

    private Clocks() {
    }
}
