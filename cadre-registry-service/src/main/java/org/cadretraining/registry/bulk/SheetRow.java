package org.cadretraining.registry.bulk;

import java.util.List;

/** One data row as text, with its line number in the sheet (the header is line 1). */
public record SheetRow(int line, List<String> cells) {
    public String cell(Column column) {
        return cell(column.ordinal());
    }

    /** The cell in column {@code index} (0 first), stripped; "" when the row has none. */
    public String cell(int index) {
        if (index >= cells.size() || cells.get(index) == null) {
            return "";
        }
        return cells.get(index).strip();
    }

    public boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
