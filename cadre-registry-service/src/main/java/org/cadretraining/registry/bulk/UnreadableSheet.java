package org.cadretraining.registry.bulk;

import org.cadretraining.platform.web.DomainProblem;
import org.springframework.http.HttpStatus;

/** A file refused as a whole: nothing in it is read further, and nothing is written. */
public final class UnreadableSheet {
    private UnreadableSheet() {
    }

    public static DomainProblem wrongExtension(String fileName) {
        return new DomainProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type", "Unsupported file type", "file",
                "file: only .csv (UTF-8) and .xlsx files can be imported; download the template from /api/v1/cadres/import/template");
    }

    public static DomainProblem unreadable(String reason) {
        return DomainProblem.unprocessable("unreadable-file", "File cannot be read", "file", "file: " + reason);
    }

    public static DomainProblem notUtf8() {
        return DomainProblem.unprocessable("not-utf8", "CSV file is not UTF-8", "file",
                "file: the CSV file is not in UTF-8; in Excel choose \"CSV UTF-8 (Comma delimited)\" when saving");
    }

    public static DomainProblem formula(int line, Column column) {
        return DomainProblem.unprocessable("formula-cell", "Formula cells are not accepted", column.header(),
                "line " + line + ", column \"" + column.header() + "\": holds a formula, or text beginning with =, +, -, @, a tab"
                        + " or a line break that a spreadsheet would run as one; paste values only and import again");
    }

    public static DomainProblem cellTooLarge(int line, int columnIndex, int limit) {
        String column = columnIndex < Column.values().length ? Column.values()[columnIndex].header() : "#" + (columnIndex + 1);
        return DomainProblem.unprocessable("cell-too-large", "Cell too large", column,
                "line " + line + ", column \"" + column + "\": holds more than " + limit + " characters");
    }

    /** Names the expected header only: what the file holds instead may be a person's data. */
    public static DomainProblem wrongColumns(int index) {
        String expected = index < Column.values().length ? "\"" + Column.values()[index].header() + "\"" : "nothing";
        return DomainProblem.unprocessable("wrong-columns", "Columns do not match the template", "file",
                "file: the first row must hold the template's headers " + Column.headers() + "; column " + (index + 1)
                        + " should be " + expected);
    }

    public static DomainProblem tooManyRows(int limit) {
        return DomainProblem.unprocessable("too-many-rows", "Too many rows", "file",
                "file: holds more than " + limit + " rows; split it into several files");
    }
}
