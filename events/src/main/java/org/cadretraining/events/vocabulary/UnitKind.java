package org.cadretraining.events.vocabulary;

/**
 * What a unit is, apart from where it sits in the administrative tree ({@link UnitLevel}). Since 1 July 2025 local
 * government has two tiers; districts are kept for history. Targets speak of both: "district executive committee
 * members and equivalent" counts the district level and the province's agencies of equal rank.
 */
public enum UnitKind {
    /** Tỉnh, thành phố trực thuộc trung ương. */
    PROVINCE,
    /** Huyện, quận, thị xã, thành phố thuộc tỉnh: abolished on 1 July 2025, kept for history. */
    DISTRICT,
    /** Xã. */
    COMMUNE,
    /** Phường. */
    WARD,
    /** Đặc khu. */
    SPECIAL_ZONE,
    /** Cơ quan tham mưu, giúp việc của cấp ủy (Ban Tổ chức, Ban Tuyên giáo và Dân vận, Văn phòng Tỉnh ủy…). */
    PARTY_COMMITTEE_ORGAN,
    /** Sở, ban, ngành thuộc Ủy ban nhân dân. */
    STATE_AGENCY,
    /** Đảng ủy các cơ quan (khối cơ quan, doanh nghiệp). */
    AGENCY_PARTY_BLOC,
    /** Đơn vị sự nghiệp công lập: trường, bệnh viện, trung tâm. */
    PUBLIC_SERVICE_UNIT,
    /** Chi bộ, where the province keeps them as units. */
    PARTY_CELL
}
