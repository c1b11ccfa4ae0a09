package org.cadretraining.registry.bulk;

import java.util.Arrays;
import java.util.List;

/** The columns of the import template, in order, with the Vietnamese headers officials read. */
public enum Column {
    NATIONAL_ID("Số CCCD"),
    FULL_NAME("Họ và tên"),
    BIRTH_DATE("Ngày sinh"),
    GENDER("Giới tính"),
    ETHNICITY("Dân tộc"),
    UNIT_CODE("Mã đơn vị"),
    POSITION("Chức vụ"),
    RANK("Ngạch"),
    MANAGEMENT_TIER("Diện quản lý"),
    PARTY_MEMBER("Đảng viên"),
    PARTY_JOIN_DATE("Ngày vào Đảng"),
    PROFESSIONAL("Trình độ chuyên môn"),
    POLITICAL_THEORY("Lý luận chính trị"),
    STATE_MANAGEMENT("Quản lý nhà nước"),
    /** Optional: the day the cadre began serving, for history loaded late; files without the column still read. */
    SERVING_SINCE("Ngày bắt đầu công tác");

    private final String header;

    Column(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    public static List<String> headers() {
        return Arrays.stream(values()).map(Column::header).toList();
    }

    public boolean isDate() {
        return this == BIRTH_DATE || this == PARTY_JOIN_DATE || this == SERVING_SINCE;
    }
}
