package org.cadretraining.registry.bulk;

import java.util.List;
import java.util.Set;

/**
 * The columns a sheet must have: their headers in order, how many of the first ones a file must carry (later ones are
 * optional, so that a file made from an older template still reads), which hold dates (an Excel date is a day count),
 * and where the template is downloaded, for the messages.
 */
public record SheetLayout(List<String> headers, int requiredColumns, Set<Integer> dateColumns, String templatePath) {
    public SheetLayout {
        headers = List.copyOf(headers);
        dateColumns = Set.copyOf(dateColumns);
    }

    /** The header of column {@code index}, or its number past the last. */
    public String header(int index) {
        return index < headers.size() ? headers.get(index) : "#" + (index + 1);
    }

    /** The cadre import template. */
    public static final SheetLayout CADRES = new SheetLayout(Column.headers(), Column.SERVING_SINCE.ordinal(),
            Set.of(Column.BIRTH_DATE.ordinal(), Column.PARTY_JOIN_DATE.ordinal(), Column.SERVING_SINCE.ordinal()),
            "/api/v1/cadres/import/template");
}
