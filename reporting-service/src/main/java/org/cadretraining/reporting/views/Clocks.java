package org.cadretraining.reporting.views;

import java.time.ZoneId;

/** The officials' time: dates (a deadline passed, the year a committee seat covers) are theirs, not the server's. */
public final class Clocks {
    public static final ZoneId OFFICIALS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Clocks() {
    }
}
