package org.cadretraining.registry.bulk;

import java.util.List;

/** One data row as text, with its line number in the sheet (the header is line 1). */
public record SheetRow(int line, List<String> cells) {
    public String cell(Column column) {
        int i = column.ordinal();
        if (i >= cells.size() || cells.get(i) == null) {
            return "";
        }
        return cells.get(i).strip();
    }

    public boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
