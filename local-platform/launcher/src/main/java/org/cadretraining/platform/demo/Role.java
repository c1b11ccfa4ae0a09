package org.cadretraining.platform.demo;

/**
 * The kind of job behind a position title. It sets the defaults that make a population look real: who is
 * older, who is usually a party member, how many are women, and (in {@link LevelPlanner}) what they studied.
 */
enum Role {
    /** Head of the province, an agency or a district: Bí thư, Chủ tịch, Giám đốc Sở. */
    TOP_LEADER(45, 59, 0.12, 1.00),
    /** Their deputies: Phó Bí thư, Phó Chủ tịch, Phó Giám đốc Sở. */
    DEPUTY_LEADER(38, 58, 0.20, 1.00),
    /** Head of a division or board: Trưởng phòng, Chánh Văn phòng, Trưởng ban. */
    DIVISION_HEAD(33, 58, 0.30, 0.97),
    DIVISION_DEPUTY(30, 57, 0.40, 0.92),
    /** Chuyên viên chính. */
    PRINCIPAL_OFFICER(36, 59, 0.42, 0.85),
    /** Chuyên viên. */
    OFFICER(23, 59, 0.48, 0.52),
    /** Cán sự. */
    JUNIOR_OFFICER(23, 52, 0.50, 0.35),
    /** Nhân viên: drivers, clerks, guards. */
    SUPPORT_STAFF(25, 58, 0.30, 0.30),
    /** Full-time commune cadres (cán bộ chuyên trách): party secretary, chairs, heads of mass organisations. */
    COMMUNE_LEADER(30, 58, 0.18, 1.00),
    /** Commune civil servants (công chức cấp xã) holding one of the statutory titles. */
    COMMUNE_OFFICIAL(23, 55, 0.42, 0.58),
    DOCTOR(25, 59, 0.45, 0.55),
    NURSE(23, 55, 0.75, 0.35),
    PHARMACIST(23, 57, 0.60, 0.40),
    TEACHER(23, 56, 0.65, 0.50);

    private final int minAge;
    private final int maxAge;
    private final double femaleShare;
    private final double partyShare;

    Role(int minAge, int maxAge, double femaleShare, double partyShare) {
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.femaleShare = femaleShare;
        this.partyShare = partyShare;
    }

    int minAge() {
        return minAge;
    }

    int maxAge() {
        return maxAge;
    }

    double femaleShare() {
        return femaleShare;
    }

    double partyShare() {
        return partyShare;
    }

    boolean leader() {
        return this == TOP_LEADER || this == DEPUTY_LEADER;
    }

    /** Public employees (viên chức) who practise a profession rather than administer. */
    boolean practitioner() {
        return this == DOCTOR || this == NURSE || this == PHARMACIST || this == TEACHER;
    }
}
