package org.cadretraining.platform.demo;

import org.cadretraining.events.vocabulary.UnitLevel;

/**
 * What kind of body a unit is, finer than the register's kinds because titles depend on it: the head of a city is
 * "Bí thư Thành ủy", of a rural district "Bí thư Huyện ủy"; a ward has a "Chủ tịch UBND phường".
 */
enum UnitKind {
    PROVINCE(UnitLevel.PROVINCE, "tỉnh", "Tỉnh ủy", org.cadretraining.events.vocabulary.UnitKind.PROVINCE),
    /** Ban Tổ chức Tỉnh ủy: an organ of the provincial party committee. */
    PARTY_BOARD(UnitLevel.PROVINCE, "", "", org.cadretraining.events.vocabulary.UnitKind.PARTY_COMMITTEE_ORGAN),
    /** Đảng ủy Khối các cơ quan tỉnh. */
    PARTY_BLOC(UnitLevel.PROVINCE, "", "", org.cadretraining.events.vocabulary.UnitKind.AGENCY_PARTY_BLOC),
    /** Sở: a department of the provincial People's Committee. */
    DEPARTMENT(UnitLevel.PROVINCE, "", "", org.cadretraining.events.vocabulary.UnitKind.STATE_AGENCY),
    CITY(UnitLevel.DISTRICT, "thành phố", "Thành ủy", org.cadretraining.events.vocabulary.UnitKind.DISTRICT),
    TOWN(UnitLevel.DISTRICT, "thị xã", "Thị ủy", org.cadretraining.events.vocabulary.UnitKind.DISTRICT),
    RURAL_DISTRICT(UnitLevel.DISTRICT, "huyện", "Huyện ủy", org.cadretraining.events.vocabulary.UnitKind.DISTRICT),
    WARD(UnitLevel.COMMUNE, "phường", "Đảng ủy phường", org.cadretraining.events.vocabulary.UnitKind.WARD),
    TOWNSHIP(UnitLevel.COMMUNE, "thị trấn", "Đảng ủy thị trấn", org.cadretraining.events.vocabulary.UnitKind.COMMUNE),
    RURAL_COMMUNE(UnitLevel.COMMUNE, "xã", "Đảng ủy xã", org.cadretraining.events.vocabulary.UnitKind.COMMUNE);

    private final UnitLevel level;
    private final org.cadretraining.events.vocabulary.UnitKind registryKind;
    private final String localityWord;
    private final String partyCommittee;

    UnitKind(UnitLevel level, String localityWord, String partyCommittee,
             org.cadretraining.events.vocabulary.UnitKind registryKind) {
        this.level = level;
        this.registryKind = registryKind;
        this.localityWord = localityWord;
        this.partyCommittee = partyCommittee;
    }

    UnitLevel level() {
        return level;
    }

    /** The kind the register files it under (a township is a commune there). */
    org.cadretraining.events.vocabulary.UnitKind registryKind() {
        return registryKind;
    }

    /** "huyện", "phường", ...: the word titles append, as in "Chủ tịch UBND huyện". */
    String localityWord() {
        return localityWord;
    }

    /** "Huyện ủy", "Đảng ủy xã", ...: the party committee titles name. */
    String partyCommittee() {
        return partyCommittee;
    }

    /** The province itself or one of its agencies, as opposed to a territorial district or commune. */
    boolean provincial() {
        return this == PROVINCE || this == PARTY_BOARD || this == PARTY_BLOC || this == DEPARTMENT;
    }

    boolean district() {
        return this == CITY || this == TOWN || this == RURAL_DISTRICT;
    }

    boolean commune() {
        return level == UnitLevel.COMMUNE;
    }
}
