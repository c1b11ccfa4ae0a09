package org.cadretraining.registry.reorganization;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.registry.bulk.RowProblem;
import org.cadretraining.registry.bulk.SheetRow;
import org.cadretraining.registry.units.SuccessionKind;

/** Turns the rows of a mapping into {@link MappingRow}s, or into the problems that stop them, each naming its column. */
final class MappingParser {
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);
    /** A unit's code, as the unit API takes it; also an official code (digits). */
    private static final String CODE = "[A-Z0-9][A-Z0-9-]*";
    static final int MAX_CODE = 40;
    static final int MAX_NAME = 200;

    private MappingParser() {
    }

    /** The rows read, and the problems of those that could not be. */
    record Parsed(List<MappingRow> rows, List<RowProblem> problems) {
    }

    static Parsed parse(List<SheetRow> sheet) {
        List<MappingRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (SheetRow row : sheet) {
            List<RowProblem> found = new ArrayList<>();
            MappingRow parsed = parse(row, found);
            if (found.isEmpty()) {
                rows.add(parsed);
            }
            problems.addAll(found);
        }
        return new Parsed(rows, problems);
    }

    static MappingRow parse(SheetRow row, List<RowProblem> problems) {
        int line = row.line();
        SuccessionKind change = label(row, MappingColumn.CHANGE, MappingLabels.CHANGE, true, problems);
        LocalDate effective = date(row, MappingColumn.EFFECTIVE_DATE, problems);
        String oldUnit = code(row, MappingColumn.OLD_UNIT, problems);
        if (oldUnit == null && blank(row, MappingColumn.OLD_UNIT)) {
            problems.add(new RowProblem(line, MappingColumn.OLD_UNIT.header(), "is empty"));
        }
        String newUnit = code(row, MappingColumn.NEW_UNIT, problems);
        String name = text(row, MappingColumn.NEW_NAME, MAX_NAME, problems);
        UnitKind kind = label(row, MappingColumn.NEW_KIND, MappingLabels.KIND, false, problems);
        UnitLevel level = label(row, MappingColumn.NEW_LEVEL, MappingLabels.LEVEL, false, problems);
        String officialCode = cell(row, MappingColumn.NEW_OFFICIAL_CODE);
        if (officialCode != null && !officialCode.matches("\\d{2}|\\d{3}|\\d{5}")) {
            problems.add(new RowProblem(line, MappingColumn.NEW_OFFICIAL_CODE.header(),
                    "must be 2 digits (province), 3 (district) or 5 (commune, ward, special zone)"));
            officialCode = null;
        }
        String parent = code(row, MappingColumn.NEW_PARENT, problems);
        String subUnit = code(row, MappingColumn.SUB_UNIT, problems);
        UUID cadreId = null;
        String cadre = cell(row, MappingColumn.CADRE_ID);
        if (cadre != null) {
            try {
                cadreId = UUID.fromString(cadre);
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(line, MappingColumn.CADRE_ID.header(),
                        "is not a cadre's id (the Mã cán bộ the template lists, e.g. 3f0c…-…)"));
            }
        }
        if (change == SuccessionKind.MERGE || change == SuccessionKind.SPLIT) {
            if (newUnit == null && blank(row, MappingColumn.NEW_UNIT)) {
                problems.add(new RowProblem(line, MappingColumn.NEW_UNIT.header(), "is empty; a "
                        + MappingLabels.CHANGE.word(change) + " names the unit that takes over"));
            }
        }
        return new MappingRow(line, change, effective, oldUnit, newUnit, name, kind, level, officialCode, parent, subUnit,
                cadreId);
    }

    private static boolean blank(SheetRow row, MappingColumn column) {
        return row.cell(column.ordinal()).isEmpty();
    }

    private static String cell(SheetRow row, MappingColumn column) {
        String value = row.cell(column.ordinal());
        return value.isEmpty() ? null : value;
    }

    private static String text(SheetRow row, MappingColumn column, int max, List<RowProblem> problems) {
        String value = cell(row, column);
        if (value != null && value.length() > max) {
            problems.add(new RowProblem(row.line(), column.header(), "is longer than " + max + " characters"));
            return null;
        }
        return value;
    }

    /** A unit's code or official code, upper-cased; null when empty or malformed (a problem then says why). */
    private static String code(SheetRow row, MappingColumn column, List<RowProblem> problems) {
        String value = cell(row, column);
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (code.length() > MAX_CODE || !code.matches(CODE)) {
            problems.add(new RowProblem(row.line(), column.header(),
                    "must be a unit's code (letters, digits and dashes, at most " + MAX_CODE + ") or its official code"));
            return null;
        }
        return code;
    }

    private static <T extends Enum<T>> T label(SheetRow row, MappingColumn column, MappingLabels<T> labels, boolean required,
                                               List<RowProblem> problems) {
        String value = cell(row, column);
        if (value == null) {
            if (required) {
                problems.add(new RowProblem(row.line(), column.header(), "is empty; must be one of: " + labels.expected()));
            }
            return null;
        }
        Optional<T> found = labels.read(value);
        if (found.isEmpty()) {
            problems.add(new RowProblem(row.line(), column.header(), "must be one of: " + labels.expected()));
            return null;
        }
        return found.get();
    }

    private static LocalDate date(SheetRow row, MappingColumn column, List<RowProblem> problems) {
        String value = cell(row, column);
        if (value == null) {
            problems.add(new RowProblem(row.line(), column.header(), "is empty; the day the change takes effect, dd/mm/yyyy"));
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // the next accepted form
            }
        }
        problems.add(new RowProblem(row.line(), column.header(), "must be a date as dd/mm/yyyy"));
        return null;
    }
}
