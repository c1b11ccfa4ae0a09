package org.cadretraining.platform.demo;

import static org.cadretraining.events.vocabulary.ManagementTier.DISTRICT_STANDING_COMMITTEE;
import static org.cadretraining.events.vocabulary.ManagementTier.PROVINCIAL_STANDING_COMMITTEE;
import static org.cadretraining.events.vocabulary.ManagementTier.UNIT;

import java.util.ArrayList;
import java.util.List;

import org.cadretraining.events.vocabulary.ManagementTier;

/**
 * The positions of each kind of unit, in Vietnamese.
 *
 * <p>Every unit gets its leadership first (most senior first, so a very small unit still has a head), then
 * its staff drawn from weighted titles. Management tiers follow the usual decentralisation: the provincial
 * Standing Committee manages the leaders of the province, its agencies and its districts; a district's
 * Standing Committee manages the heads of its divisions and the key leaders of its communes.
 */
final class Positions {

    private Positions() {
    }

    /** A division (phòng, ban, văn phòng): the titles of its head and deputy, and what they studied. */
    private record Division(String head, String deputy, String... fields) {
        static Division office(String name, String... fields) {
            return new Division("Trưởng phòng " + name, "Phó Trưởng phòng " + name, fields);
        }
    }

    /** The positions of a unit with {@code count} people: its leadership, then staff. */
    static List<PositionSpec> staffing(UnitProfile unit, int count, Dice dice) {
        List<PositionSpec> leaders = leadership(unit);
        List<PositionSpec> slots = new ArrayList<>(leaders.subList(0, Math.min(count, leaders.size())));
        Weighted<PositionSpec> staff = staff(unit);
        while (slots.size() < count) {
            slots.add(dice.pick(staff));
        }
        return slots;
    }

    private static List<PositionSpec> leadership(UnitProfile unit) {
        return switch (unit.kind()) {
            case PROVINCE -> provinceLeadership();
            case PARTY_BOARD -> organisationBoardLeadership();
            case PARTY_BLOC -> agencyBlocLeadership();
            case DEPARTMENT -> departmentLeadership(unit.sector());
            case CITY, TOWN, RURAL_DISTRICT -> districtLeadership(unit.kind());
            case WARD, TOWNSHIP, RURAL_COMMUNE -> communeLeadership(unit.kind());
        };
    }

    private static Weighted<PositionSpec> staff(UnitProfile unit) {
        Weighted.Builder<PositionSpec> staff = Weighted.builder();
        if (unit.kind().commune()) {
            // Larger communes add civil servants to the statutory titles, not more chairs.
            communeCivilServants(unit.kind()).forEach(servant -> staff.add(servant, 1));
            return staff.build();
        }
        boolean district = unit.kind().district();
        boolean party = unit.sector() == Sector.PARTY;
        // Principal specialists concentrate in provincial bodies, party ones most; junior officers in districts.
        staff.add(PositionSpec.of("Chuyên viên", Role.OFFICER), district ? 65 : 58)
                .add(PositionSpec.of("Chuyên viên chính", Role.PRINCIPAL_OFFICER), district ? 6 : party ? 18 : 12)
                .add(PositionSpec.of("Nhân viên", Role.SUPPORT_STAFF).studied("Công nghệ ô tô", "Văn thư – Lưu trữ", "Kế toán"), 6);
        if (!party) {
            staff.add(PositionSpec.of("Cán sự", Role.JUNIOR_OFFICER), district ? 12 : 6);
        }
        switch (unit.sector()) {
            case HEALTH -> staff
                    .add(PositionSpec.of("Bác sĩ", Role.DOCTOR).studied(StudyCatalogue.MEDICINE), 45)
                    .add(PositionSpec.of("Điều dưỡng", Role.NURSE).studied("Điều dưỡng"), 25)
                    .add(PositionSpec.of("Dược sĩ", Role.PHARMACIST).studied("Dược học"), 8);
            case EDUCATION -> staff.add(PositionSpec.of("Giáo viên trung học phổ thông", Role.TEACHER)
                    .studied("Sư phạm Toán", "Sư phạm Ngữ văn", "Sư phạm Tiếng Anh", "Sư phạm Vật lý", "Sư phạm Hóa học",
                            "Sư phạm Sinh học", "Sư phạm Lịch sử", "Sư phạm Địa lý"), 80);
            default -> { }
        }
        return staff.build();
    }

    private static List<PositionSpec> provinceLeadership() {
        List<PositionSpec> leaders = new ArrayList<>(List.of(
                PositionSpec.of("Bí thư Tỉnh ủy", Role.TOP_LEADER, PROVINCIAL_STANDING_COMMITTEE),
                PositionSpec.of("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", Role.TOP_LEADER, PROVINCIAL_STANDING_COMMITTEE),
                PositionSpec.of("Phó Bí thư Thường trực Tỉnh ủy", Role.DEPUTY_LEADER, PROVINCIAL_STANDING_COMMITTEE),
                PositionSpec.of("Chủ tịch HĐND tỉnh", Role.TOP_LEADER, PROVINCIAL_STANDING_COMMITTEE)));
        repeat(leaders, 3, PositionSpec.of("Phó Chủ tịch UBND tỉnh", Role.DEPUTY_LEADER, PROVINCIAL_STANDING_COMMITTEE));
        repeat(leaders, 2, PositionSpec.of("Phó Chủ tịch HĐND tỉnh", Role.DEPUTY_LEADER, PROVINCIAL_STANDING_COMMITTEE));
        leaders.add(PositionSpec.of("Chánh Văn phòng Tỉnh ủy", Role.DEPUTY_LEADER, PROVINCIAL_STANDING_COMMITTEE));
        leaders.add(PositionSpec.of("Chánh Văn phòng UBND tỉnh", Role.DEPUTY_LEADER, PROVINCIAL_STANDING_COMMITTEE));
        addDivisions(leaders, UNIT,
                Division.office("Tổng hợp"),
                Division.office("Kinh tế", "Kinh tế", "Tài chính – Ngân hàng", "Kế toán"),
                Division.office("Khoa giáo – Văn xã"),
                Division.office("Nội chính", "Luật"),
                Division.office("Hành chính – Tổ chức", "Quản lý nhà nước", "Hành chính học"));
        return leaders;
    }

    private static List<PositionSpec> organisationBoardLeadership() {
        List<PositionSpec> leaders = new ArrayList<>();
        leaders.add(PositionSpec.of("Trưởng Ban Tổ chức Tỉnh ủy", Role.TOP_LEADER, PROVINCIAL_STANDING_COMMITTEE));
        repeat(leaders, 3, PositionSpec.of("Phó Trưởng Ban Tổ chức Tỉnh ủy", Role.DEPUTY_LEADER, PROVINCIAL_STANDING_COMMITTEE));
        addDivisions(leaders, UNIT,
                new Division("Chánh Văn phòng Ban", "Phó Chánh Văn phòng Ban"),
                Division.office("Tổ chức đảng – Đảng viên"),
                Division.office("Cán bộ"),
                Division.office("Bảo vệ chính trị nội bộ"));
        return leaders;
    }

    private static List<PositionSpec> agencyBlocLeadership() {
        List<PositionSpec> leaders = new ArrayList<>(List.of(
                PositionSpec.of("Bí thư Đảng ủy Khối", Role.TOP_LEADER, PROVINCIAL_STANDING_COMMITTEE),
                PositionSpec.of("Phó Bí thư Thường trực Đảng ủy Khối", Role.DEPUTY_LEADER, PROVINCIAL_STANDING_COMMITTEE),
                PositionSpec.of("Phó Bí thư Đảng ủy Khối", Role.DEPUTY_LEADER, PROVINCIAL_STANDING_COMMITTEE)));
        addDivisions(leaders, UNIT,
                new Division("Chánh Văn phòng Đảng ủy Khối", "Phó Chánh Văn phòng Đảng ủy Khối"),
                new Division("Trưởng Ban Tổ chức Đảng ủy Khối", "Phó Trưởng Ban Tổ chức Đảng ủy Khối"),
                new Division("Trưởng Ban Tuyên giáo Đảng ủy Khối", "Phó Trưởng Ban Tuyên giáo Đảng ủy Khối"),
                new Division("Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối", "Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối"));
        return leaders;
    }

    private static List<PositionSpec> departmentLeadership(Sector sector) {
        String[] leaderFields = switch (sector) {
            case HEALTH -> new String[] {StudyCatalogue.MEDICINE};
            case EDUCATION -> new String[] {"Sư phạm Toán", "Sư phạm Ngữ văn", "Sư phạm Vật lý", "Quản lý giáo dục"};
            default -> new String[0];
        };
        List<PositionSpec> leaders = new ArrayList<>();
        leaders.add(PositionSpec.of("Giám đốc Sở", Role.TOP_LEADER, PROVINCIAL_STANDING_COMMITTEE).studied(leaderFields));
        int deputies = sector == Sector.HEALTH || sector == Sector.EDUCATION ? 3 : 2;
        repeat(leaders, deputies,
                PositionSpec.of("Phó Giám đốc Sở", Role.DEPUTY_LEADER, PROVINCIAL_STANDING_COMMITTEE).studied(leaderFields));
        List<Division> divisions = new ArrayList<>(List.of(
                new Division("Chánh Văn phòng Sở", "Phó Chánh Văn phòng Sở"),
                new Division("Chánh Thanh tra Sở", "Phó Chánh Thanh tra Sở", "Luật")));
        divisions.addAll(switch (sector) {
            case HOME_AFFAIRS -> List.of(
                    Division.office("Tổ chức, biên chế và tổ chức phi chính phủ"),
                    Division.office("Công chức, viên chức", "Quản trị nhân lực", "Quản lý nhà nước", "Luật"),
                    Division.office("Xây dựng chính quyền và công tác thanh niên"),
                    Division.office("Cải cách hành chính", "Hành chính học", "Quản lý nhà nước"));
            case EDUCATION -> List.of(
                    Division.office("Giáo dục Mầm non", "Giáo dục Mầm non"),
                    Division.office("Giáo dục Tiểu học", "Giáo dục Tiểu học"),
                    Division.office("Giáo dục Trung học", "Sư phạm Toán", "Sư phạm Ngữ văn", "Sư phạm Vật lý"),
                    Division.office("Giáo dục Thường xuyên – Chuyên nghiệp"),
                    Division.office("Khảo thí và Kiểm định chất lượng giáo dục"),
                    Division.office("Kế hoạch – Tài chính", "Kế toán", "Kinh tế"),
                    Division.office("Tổ chức cán bộ"));
            case HEALTH -> List.of(
                    new Division("Giám đốc Bệnh viện Đa khoa tỉnh", "Phó Giám đốc Bệnh viện Đa khoa tỉnh", StudyCatalogue.MEDICINE),
                    Division.office("Nghiệp vụ Y", StudyCatalogue.MEDICINE, "Y tế công cộng"),
                    Division.office("Nghiệp vụ Dược", "Dược học"),
                    Division.office("Kế hoạch – Tài chính", "Kế toán", "Kinh tế"),
                    Division.office("Tổ chức cán bộ"));
            case SCIENCE -> List.of(
                    Division.office("Quản lý khoa học"),
                    Division.office("Quản lý công nghệ và chuyên ngành"),
                    Division.office("Kế hoạch – Tài chính", "Kế toán", "Kinh tế"),
                    new Division("Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng",
                            "Phó Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng"));
            default -> List.of();
        });
        addDivisions(leaders, UNIT, divisions.toArray(Division[]::new));
        return leaders;
    }

    private static List<PositionSpec> districtLeadership(UnitKind kind) {
        String locality = kind.localityWord();
        String committee = kind.partyCommittee();
        List<PositionSpec> leaders = new ArrayList<>(List.of(
                PositionSpec.of("Bí thư " + committee, Role.TOP_LEADER, PROVINCIAL_STANDING_COMMITTEE),
                PositionSpec.of("Phó Bí thư " + committee + ", Chủ tịch UBND " + locality, Role.TOP_LEADER,
                        PROVINCIAL_STANDING_COMMITTEE),
                PositionSpec.of("Phó Bí thư Thường trực " + committee, Role.DEPUTY_LEADER, PROVINCIAL_STANDING_COMMITTEE)));
        repeat(leaders, 2, PositionSpec.of("Phó Chủ tịch UBND " + locality, Role.DEPUTY_LEADER, PROVINCIAL_STANDING_COMMITTEE));
        leaders.add(PositionSpec.of("Phó Chủ tịch HĐND " + locality, Role.DEPUTY_LEADER, DISTRICT_STANDING_COMMITTEE));
        String[] partyWork = {"Xây dựng Đảng và Chính quyền nhà nước", "Chính trị học", "Luật"};
        List<Division> divisions = new ArrayList<>(List.of(
                new Division("Trưởng Ban Tổ chức " + committee, "Phó Trưởng Ban Tổ chức " + committee, partyWork),
                new Division("Chủ nhiệm Ủy ban Kiểm tra " + committee, "Phó Chủ nhiệm Ủy ban Kiểm tra " + committee, partyWork),
                new Division("Trưởng Ban Tuyên giáo " + committee, "Phó Trưởng Ban Tuyên giáo " + committee, partyWork),
                new Division("Chánh Văn phòng HĐND và UBND", "Phó Chánh Văn phòng HĐND và UBND"),
                Division.office("Nội vụ", "Quản lý nhà nước", "Hành chính học", "Luật"),
                Division.office("Tài chính – Kế hoạch", "Kế toán", "Kinh tế", "Tài chính – Ngân hàng"),
                Division.office("Giáo dục và Đào tạo", "Sư phạm Toán", "Sư phạm Ngữ văn", "Giáo dục Tiểu học", "Quản lý giáo dục"),
                Division.office("Tài nguyên và Môi trường", "Quản lý đất đai", "Khoa học môi trường"),
                Division.office("Tư pháp", "Luật"),
                Division.office("Văn hóa và Thông tin", "Văn hóa học", "Quản lý văn hóa"),
                Division.office("Lao động – Thương binh và Xã hội", "Công tác xã hội", "Luật"),
                Division.office("Dân tộc")));
        if (kind == UnitKind.RURAL_DISTRICT) {
            divisions.add(Division.office("Nông nghiệp và Phát triển nông thôn", "Nông học", "Lâm sinh", "Chăn nuôi – Thú y"));
            divisions.add(Division.office("Kinh tế và Hạ tầng", "Xây dựng dân dụng và công nghiệp", "Kinh tế"));
        } else {
            divisions.add(Division.office("Kinh tế", "Kinh tế", "Nông học"));
            divisions.add(Division.office("Quản lý đô thị", "Xây dựng dân dụng và công nghiệp"));
        }
        addDivisions(leaders, DISTRICT_STANDING_COMMITTEE, divisions.toArray(Division[]::new));
        return leaders;
    }

    private static List<PositionSpec> communeLeadership(UnitKind kind) {
        String locality = kind.localityWord();
        String committee = kind.partyCommittee();
        List<PositionSpec> leaders = new ArrayList<>(List.of(
                PositionSpec.of("Bí thư " + committee, Role.COMMUNE_LEADER, DISTRICT_STANDING_COMMITTEE),
                PositionSpec.of("Chủ tịch UBND " + locality, Role.COMMUNE_LEADER, DISTRICT_STANDING_COMMITTEE),
                PositionSpec.of("Phó Bí thư Thường trực " + committee, Role.COMMUNE_LEADER, DISTRICT_STANDING_COMMITTEE),
                PositionSpec.of("Chủ tịch HĐND " + locality, Role.COMMUNE_LEADER, DISTRICT_STANDING_COMMITTEE)));
        repeat(leaders, 2, PositionSpec.of("Phó Chủ tịch UBND " + locality, Role.COMMUNE_LEADER, DISTRICT_STANDING_COMMITTEE));
        leaders.add(PositionSpec.of("Phó Chủ tịch HĐND " + locality, Role.COMMUNE_LEADER));
        leaders.add(PositionSpec.of("Chủ tịch Ủy ban MTTQ Việt Nam " + locality, Role.COMMUNE_LEADER));
        // The Youth Union secretary is young by statute; the Women's Union is chaired by a woman.
        leaders.add(PositionSpec.of("Bí thư Đoàn TNCS Hồ Chí Minh " + locality, Role.COMMUNE_LEADER).aged(24, 35));
        leaders.add(PositionSpec.of("Chủ tịch Hội Liên hiệp Phụ nữ " + locality, Role.COMMUNE_LEADER).female(1.0));
        if (kind == UnitKind.RURAL_COMMUNE) {
            leaders.add(PositionSpec.of("Chủ tịch Hội Nông dân " + locality, Role.COMMUNE_LEADER));
        }
        leaders.add(PositionSpec.of("Chủ tịch Hội Cựu chiến binh " + locality, Role.COMMUNE_LEADER).female(0.02).aged(45, 59));
        leaders.add(PositionSpec.of("Chỉ huy trưởng Ban Chỉ huy Quân sự " + locality, Role.COMMUNE_OFFICIAL)
                .female(0.0).studied("Quân sự cơ sở"));
        leaders.addAll(communeCivilServants(kind));
        return leaders;
    }

    /** The statutory commune civil-servant titles other than the military commander. */
    private static List<PositionSpec> communeCivilServants(UnitKind kind) {
        String landTitle = kind == UnitKind.RURAL_COMMUNE
                ? "Công chức Địa chính – Xây dựng – Nông nghiệp và Môi trường"
                : "Công chức Địa chính – Xây dựng – Đô thị và Môi trường";
        return List.of(
                PositionSpec.of("Công chức Văn phòng – Thống kê", Role.COMMUNE_OFFICIAL)
                        .studied("Hành chính học", "Quản lý nhà nước", "Văn thư – Lưu trữ", "Luật"),
                PositionSpec.of(landTitle, Role.COMMUNE_OFFICIAL)
                        .studied("Quản lý đất đai", "Nông học", "Lâm sinh", "Xây dựng dân dụng và công nghiệp"),
                PositionSpec.of("Công chức Tài chính – Kế toán", Role.COMMUNE_OFFICIAL).studied("Kế toán", "Tài chính – Ngân hàng"),
                PositionSpec.of("Công chức Tư pháp – Hộ tịch", Role.COMMUNE_OFFICIAL).studied("Luật"),
                PositionSpec.of("Công chức Văn hóa – Xã hội", Role.COMMUNE_OFFICIAL)
                        .studied("Văn hóa học", "Công tác xã hội", "Quản lý văn hóa"));
    }

    /** Heads first, then deputies, so a unit cut short keeps its heads. */
    private static void addDivisions(List<PositionSpec> leaders, ManagementTier tier, Division... divisions) {
        for (Division division : divisions) {
            leaders.add(PositionSpec.of(division.head(), Role.DIVISION_HEAD, tier).studied(division.fields()));
        }
        for (Division division : divisions) {
            leaders.add(PositionSpec.of(division.deputy(), Role.DIVISION_DEPUTY, tier).studied(division.fields()));
        }
    }

    private static void repeat(List<PositionSpec> leaders, int times, PositionSpec position) {
        for (int i = 0; i < times; i++) {
            leaders.add(position);
        }
    }
}
