package org.cadretraining.platform.demo;

import org.cadretraining.events.vocabulary.UnitLevel;

/**
 * What kind of body a unit is. Titles depend on it: the head of a city is "Bí thư Thành ủy", of a rural
 * district "Bí thư Huyện ủy"; a ward has a "Chủ tịch UBND phường".
 */
enum UnitKind {
    PROVINCE(UnitLevel.PROVINCE, "tỉnh", "Tỉnh ủy"),
    /** Ban Tổ chức Tỉnh ủy. */
    PARTY_BOARD(UnitLevel.DISTRICT, "", ""),
    /** Đảng ủy Khối các cơ quan tỉnh. */
    PARTY_BLOC(UnitLevel.DISTRICT, "", ""),
    /** Sở: a department of the provincial People's Committee. */
    DEPARTMENT(UnitLevel.DISTRICT, "", ""),
    CITY(UnitLevel.DISTRICT, "thành phố", "Thành ủy"),
    TOWN(UnitLevel.DISTRICT, "thị xã", "Thị ủy"),
    RURAL_DISTRICT(UnitLevel.DISTRICT, "huyện", "Huyện ủy"),
    WARD(UnitLevel.COMMUNE, "phường", "Đảng ủy phường"),
    TOWNSHIP(UnitLevel.COMMUNE, "thị trấn", "Đảng ủy thị trấn"),
    RURAL_COMMUNE(UnitLevel.COMMUNE, "xã", "Đảng ủy xã");

    private final UnitLevel level;
    private final String localityWord;
    private final String partyCommittee;

    UnitKind(UnitLevel level, String localityWord, String partyCommittee) {
        this.level = level;
        this.localityWord = localityWord;
        this.partyCommittee = partyCommittee;
    }

    UnitLevel level() {
        return level;
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
