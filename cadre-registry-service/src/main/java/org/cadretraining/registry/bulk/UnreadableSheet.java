package org.cadretraining.registry.bulk;

import org.cadretraining.platform.web.DomainProblem;
import org.springframework.http.HttpStatus;

/** A file refused as a whole: nothing in it is read further, and nothing is written. */
public final class UnreadableSheet {
    private UnreadableSheet() {
    }

    public static DomainProblem wrongExtension(String fileName) {
        return wrongExtension(fileName, SheetLayout.CADRES);
    }

    public static DomainProblem wrongExtension(String fileName, SheetLayout layout) {
        return new DomainProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type", "Unsupported file type", "file",
                "file: only .csv (UTF-8) and .xlsx files can be imported; download the template from " + layout.templatePath());
    }

    public static DomainProblem unreadable(String reason) {
        return DomainProblem.unprocessable("unreadable-file", "File cannot be read", "file", "file: " + reason);
    }

    public static DomainProblem notUtf8() {
        return DomainProblem.unprocessable("not-utf8", "CSV file is not UTF-8", "file",
                "file: the CSV file is not in UTF-8; in Excel choose \"CSV UTF-8 (Comma delimited)\" when saving");
    }

    public static DomainProblem formula(int line, String column) {
        return DomainProblem.unprocessable("formula-cell", "Formula cells are not accepted", column,
                "line " + line + ", column \"" + column + "\": holds a formula, or text beginning with =, +, -, @, a tab"
                        + " or a line break that a spreadsheet would run as one; paste values only and import again");
    }

    public static DomainProblem cellTooLarge(int line, String column, int limit) {
        return DomainProblem.unprocessable("cell-too-large", "Cell too large", column,
                "line " + line + ", column \"" + column + "\": holds more than " + limit + " characters");
    }

    /** Names the expected header only: what the file holds instead may be a person's data. */
    public static DomainProblem wrongColumns(int index) {
        return wrongColumns(SheetLayout.CADRES, index);
    }

    public static DomainProblem wrongColumns(SheetLayout layout, int index) {
        String expected = index < layout.headers().size() ? "\"" + layout.headers().get(index) + "\"" : "nothing";
        return DomainProblem.unprocessable("wrong-columns", "Columns do not match the template", "file",
                "file: the first row must hold the template's headers " + layout.headers().subList(0, layout.requiredColumns())
                        + "; column " + (index + 1) + " should be " + expected);
    }

    public static DomainProblem tooManyRows(int limit) {
        return DomainProblem.unprocessable("too-many-rows", "Too many rows", "file",
                "file: holds more than " + limit + " rows; split it into several files");
    }
}
