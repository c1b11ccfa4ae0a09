package org.cadretraining.registry.reorganization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.sheets.SpreadsheetWriter;
import org.cadretraining.registry.bulk.SheetFormat;
import org.cadretraining.registry.units.SuccessionKind;

/**
 * The mapping's template: the headers, and for a unit to split, a row for each of its cadres and sub-units with the
 * successor column left for the official to fill. A workbook also carries a sheet explaining each column.
 */
final class MappingTemplate {
    private static final String SHEET = "Phương án sắp xếp";

    private MappingTemplate() {
    }

    /** A row of a split to fill: the cadre's id and name, or a sub-unit's code. */
    record SplitRow(String unitCode, String subUnitCode, String cadreId, String cadreName) {
    }

    static byte[] write(SheetFormat format, List<SplitRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetWriter sheet = SpreadsheetWriter.open(format == SheetFormat.CSV ? SpreadsheetWriter.Format.CSV
                : SpreadsheetWriter.Format.XLSX, out, SHEET)) {
            sheet.row(MappingColumn.headers());
            for (SplitRow r : rows) {
                String[] cells = new String[MappingColumn.values().length];
                Arrays.fill(cells, "");
                cells[MappingColumn.CHANGE.ordinal()] = MappingLabels.CHANGE.word(SuccessionKind.SPLIT);
                cells[MappingColumn.OLD_UNIT.ordinal()] = r.unitCode();
                cells[MappingColumn.SUB_UNIT.ordinal()] = r.subUnitCode() == null ? "" : r.subUnitCode();
                cells[MappingColumn.CADRE_ID.ordinal()] = r.cadreId() == null ? "" : r.cadreId();
                cells[MappingColumn.CADRE_NAME.ordinal()] = r.cadreName() == null ? "" : r.cadreName();
                sheet.row(Arrays.asList(cells));
            }
            sheet.appendix("Hướng dẫn", guide());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<List<?>> guide() {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("Cột (column)", "Ý nghĩa (meaning)"));
        rows.add(List.of(MappingColumn.CHANGE.header(), "One of: " + MappingLabels.CHANGE.expected()
                + ". A merger: one row per old unit, all naming the same new unit. A split: one row per new unit, then one"
                + " row per cadre (Mã cán bộ) and per sub-unit naming the new unit that takes them. An abolished district:"
                + " one row; its units go under the province, its own cadres to the new unit named (default the province),"
                + " or one by one with a row per cadre."));
        rows.add(List.of(MappingColumn.EFFECTIVE_DATE.header(), "dd/mm/yyyy, the same on every row of one change; the old"
                + " unit's last day is the day before. Not after today."));
        rows.add(List.of(MappingColumn.OLD_UNIT.header(), "The code or the official code of the unit merged, split or abolished."));
        rows.add(List.of(MappingColumn.NEW_UNIT.header(), "The code or official code of an existing unit, or the code of a unit"
                + " to create (letters, digits, dashes), described by the next columns on at least one row."));
        rows.add(List.of(MappingColumn.NEW_NAME.header(), "A unit to create: its name."));
        rows.add(List.of(MappingColumn.NEW_KIND.header(), "A unit to create: one of " + MappingLabels.KIND.expected()
                + "; default the old unit's."));
        rows.add(List.of(MappingColumn.NEW_LEVEL.header(), "A unit to create: one of " + MappingLabels.LEVEL.expected()
                + "; default from its kind (" + UnitKind.WARD.name() + " → " + UnitLevel.COMMUNE.name() + "), else the old unit's."));
        rows.add(List.of(MappingColumn.NEW_OFFICIAL_CODE.header(), "A unit to create: its code of Decision 19/2025/QĐ-TTg"
                + " (2 digits a province, 5 a commune, ward or special zone); never one another unit holds or held."));
        rows.add(List.of(MappingColumn.NEW_PARENT.header(), "A unit to create: the code of the unit it sits under (an existing"
                + " one or a new one of this file); default where the old unit's parent ends up."));
        rows.add(List.of(MappingColumn.SUB_UNIT.header(), "A split: the sub-unit of the old unit the new unit of this row takes."));
        rows.add(List.of(MappingColumn.CADRE_ID.header(), "A split or an abolished district: the cadre the new unit of this row"
                + " takes. GET /api/v1/reorganizations/template?splitUnit=<code> lists a unit's cadres and sub-units."));
        rows.add(List.of(MappingColumn.CADRE_NAME.header(), "Not read: the cadre's name, to check the row by."));
        return rows;
    }
}
