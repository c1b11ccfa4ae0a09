package org.cadretraining.registry.reorganization;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.cadretraining.registry.bulk.SheetLayout;

/**
 * The columns of a reorganization's mapping, in order, with the Vietnamese headers officials read. One row says one
 * thing: a unit merged into another (or into a new one), a unit split (a row per successor, then a row per cadre and
 * per sub-unit naming which successor takes them), or a district abolished (its units go under the province; a row
 * may name where its own cadres go, all of them or one by one).
 */
public enum MappingColumn {
    /** MERGE (Sáp nhập), SPLIT (Chia tách) or ABOLISH_DISTRICT (Kết thúc cấp huyện). */
    CHANGE("Loại thay đổi"),
    /** The day the change takes effect, dd/mm/yyyy: the old unit's last day is the day before. */
    EFFECTIVE_DATE("Ngày hiệu lực"),
    /** The unit merged, split or abolished: its code or official code. */
    OLD_UNIT("Mã đơn vị cũ"),
    /** The successor: an existing unit's code or official code, or the code of a unit to create. */
    NEW_UNIT("Mã đơn vị mới"),
    /** A unit to create: its name. */
    NEW_NAME("Tên đơn vị mới"),
    /** A unit to create: its kind (Xã, Phường, Đặc khu, Tỉnh, Sở/ban/ngành, …); default the old unit's. */
    NEW_KIND("Loại hình đơn vị mới"),
    /** A unit to create: its level (Tỉnh, Huyện, Xã); default from its kind, else the old unit's. */
    NEW_LEVEL("Cấp đơn vị mới"),
    /** A unit to create: its code of Decision 19/2025/QĐ-TTg (2 digits a province, 5 a commune). */
    NEW_OFFICIAL_CODE("Mã hành chính đơn vị mới"),
    /** A unit to create: the code of the unit it sits under; default where the old unit's parent ends up. */
    NEW_PARENT("Mã đơn vị cấp trên của đơn vị mới"),
    /** A split: the sub-unit of the old unit that goes to the new unit of this row. */
    SUB_UNIT("Mã đơn vị trực thuộc"),
    /** A split or an abolished district: the cadre (their Mã cán bộ) that goes to the new unit of this row. */
    CADRE_ID("Mã cán bộ"),
    /** Not read: the cadre's name, for the official to check the row by. */
    CADRE_NAME("Họ và tên cán bộ (để đối chiếu)");

    private final String header;

    MappingColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    public static List<String> headers() {
        return Arrays.stream(values()).map(MappingColumn::header).toList();
    }

    /** Every column but the cadre's name must be in a file; the name may be left out. */
    public static final SheetLayout LAYOUT = new SheetLayout(headers(), CADRE_NAME.ordinal(),
            Set.of(EFFECTIVE_DATE.ordinal()), "/api/v1/reorganizations/template");
}
