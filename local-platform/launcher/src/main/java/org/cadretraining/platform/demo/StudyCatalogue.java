package org.cadretraining.platform.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.StateManagementLevel;

/**
 * What people studied and where: fields of study by sector, and the schools that teach each field. The
 * schools are the ones Điện Biên's cadres actually attend: the provincial colleges, Tây Bắc University in
 * neighbouring Sơn La, the Hanoi and Thái Nguyên universities, and the party and administration academies.
 */
final class StudyCatalogue {
    static final String MEDICINE = "Y đa khoa";

    private static final String HCMA = "Học viện Chính trị Quốc gia Hồ Chí Minh";
    private static final String REGIONAL_ACADEMY = "Học viện Chính trị khu vực I";
    private static final String NAPA = "Học viện Hành chính Quốc gia";
    private static final String HOME_AFFAIRS_UNIVERSITY = "Đại học Nội vụ Hà Nội";
    private static final String VNU = "Đại học Quốc gia Hà Nội";
    private static final String TAY_BAC = "Đại học Tây Bắc";
    private static final String THAI_NGUYEN = "Đại học Thái Nguyên";
    private static final String NEU = "Đại học Kinh tế Quốc dân";
    private static final String HANOI_MEDICAL = "Đại học Y Hà Nội";
    private static final String THAI_NGUYEN_MEDICAL = "Đại học Y Dược Thái Nguyên";
    private static final String HAI_PHONG_MEDICAL = "Đại học Y Dược Hải Phòng";
    private static final String HANOI_PEDAGOGY = "Đại học Sư phạm Hà Nội";
    private static final String AGRICULTURE_ACADEMY = "Học viện Nông nghiệp Việt Nam";
    private static final String ECONOMICS_TECHNICAL_COLLEGE = "Trường Cao đẳng Kinh tế – Kỹ thuật Điện Biên";

    private static final Map<Sector, List<String>> UNIVERSITY_FIELDS = new EnumMap<>(Map.of(
            Sector.GOVERNMENT, List.of("Luật", "Kinh tế", "Quản lý nhà nước", "Kế toán", "Tài chính – Ngân hàng",
                    "Hành chính học", "Quản lý đất đai", "Nông học", "Lâm sinh", "Công nghệ thông tin",
                    "Xây dựng dân dụng và công nghiệp", "Sư phạm Ngữ văn", "Quản trị kinh doanh"),
            Sector.PARTY, List.of("Xây dựng Đảng và Chính quyền nhà nước", "Chính trị học", "Luật", "Lịch sử Đảng",
                    "Kinh tế", "Quản lý nhà nước", "Triết học"),
            Sector.HOME_AFFAIRS, List.of("Luật", "Quản lý nhà nước", "Hành chính học", "Quản trị nhân lực",
                    "Lưu trữ học", "Kinh tế"),
            Sector.EDUCATION, List.of("Sư phạm Toán", "Sư phạm Ngữ văn", "Sư phạm Tiếng Anh", "Sư phạm Vật lý",
                    "Sư phạm Hóa học", "Sư phạm Lịch sử", "Giáo dục Tiểu học", "Quản lý giáo dục", "Kế toán"),
            Sector.HEALTH, List.of(MEDICINE, "Dược học", "Y tế công cộng", "Điều dưỡng", "Kế toán", "Luật"),
            Sector.SCIENCE, List.of("Công nghệ thông tin", "Khoa học môi trường", "Kỹ thuật điện", "Nông học",
                    "Công nghệ sinh học", "Vật lý", "Kinh tế")));

    /** Commune staff study what a commune needs: law, land, farming, accounts, culture. */
    private static final List<String> COMMUNE_FIELDS = List.of("Luật", "Kế toán", "Quản lý đất đai", "Nông học",
            "Chăn nuôi – Thú y", "Văn hóa học", "Công tác xã hội", "Hành chính học", "Lâm sinh", "Quản lý nhà nước");

    /** Fields the vocational schools and colleges teach under the same name as the university field. */
    private static final List<String> VOCATIONAL_FIELDS = List.of("Kế toán", "Luật", "Quản lý đất đai", "Lâm sinh",
            "Chăn nuôi – Thú y", "Văn thư – Lưu trữ", "Quản lý văn hóa", "Công tác xã hội", "Điều dưỡng", "Dược học",
            "Giáo dục Tiểu học", "Giáo dục Mầm non", "Công nghệ ô tô", "Quân sự cơ sở");

    /** What someone whose degree field has no vocational counterpart studied at a college instead. */
    private static final List<String> GENERAL_VOCATIONAL_FIELDS = List.of("Kế toán", "Hành chính văn phòng",
            "Văn thư – Lưu trữ", "Tin học ứng dụng", "Quản lý đất đai", "Trồng trọt", "Luật");

    /**
     * A master's usually deepens the first degree; many cadres instead take one of the management masters
     * the academies run for officials.
     */
    private static final List<String> MANAGEMENT_MASTERS = List.of("Quản lý kinh tế", "Quản lý công", "Chính sách công");

    private static final Map<String, List<String>> MASTERS_BY_DEGREE = Map.ofEntries(
            Map.entry("Luật", List.of("Luật Hiến pháp và Luật Hành chính", "Luật Kinh tế")),
            Map.entry("Kinh tế", List.of("Quản lý kinh tế", "Kinh tế chính trị")),
            Map.entry("Kế toán", List.of("Kế toán", "Tài chính – Ngân hàng")),
            Map.entry("Tài chính – Ngân hàng", List.of("Tài chính – Ngân hàng")),
            Map.entry("Quản trị kinh doanh", List.of("Quản trị kinh doanh")),
            Map.entry("Quản lý nhà nước", List.of("Quản lý công", "Chính sách công")),
            Map.entry("Hành chính học", List.of("Quản lý công")),
            Map.entry("Quản trị nhân lực", List.of("Quản trị nhân lực", "Quản lý công")),
            Map.entry("Quản lý đất đai", List.of("Quản lý đất đai")),
            Map.entry("Nông học", List.of("Khoa học cây trồng", "Phát triển nông thôn")),
            Map.entry("Lâm sinh", List.of("Lâm học", "Phát triển nông thôn")),
            Map.entry("Chăn nuôi – Thú y", List.of("Chăn nuôi", "Phát triển nông thôn")),
            Map.entry("Công nghệ thông tin", List.of("Khoa học máy tính", "Hệ thống thông tin")),
            Map.entry("Khoa học môi trường", List.of("Khoa học môi trường")),
            Map.entry("Công nghệ sinh học", List.of("Công nghệ sinh học")),
            Map.entry("Xây dựng Đảng và Chính quyền nhà nước", List.of("Xây dựng Đảng và Chính quyền nhà nước", "Chính trị học")),
            Map.entry("Chính trị học", List.of("Chính trị học", "Xây dựng Đảng và Chính quyền nhà nước")),
            Map.entry("Lịch sử Đảng", List.of("Lịch sử Đảng Cộng sản Việt Nam")),
            Map.entry("Triết học", List.of("Triết học")),
            Map.entry("Quản lý giáo dục", List.of("Quản lý giáo dục")),
            Map.entry("Giáo dục Tiểu học", List.of("Quản lý giáo dục", "Giáo dục học")),
            Map.entry(MEDICINE, List.of("Y tế công cộng", "Quản lý bệnh viện", "Nội khoa", "Ngoại khoa")),
            Map.entry("Y tế công cộng", List.of("Y tế công cộng", "Quản lý bệnh viện")),
            Map.entry("Dược học", List.of("Dược lý và dược lâm sàng", "Tổ chức quản lý dược")),
            Map.entry("Điều dưỡng", List.of("Điều dưỡng")),
            Map.entry("Văn hóa học", List.of("Văn hóa học", "Quản lý văn hóa")),
            Map.entry("Công tác xã hội", List.of("Công tác xã hội")));

    /** Teachers' masters are in teaching or in their subject. */
    private static final List<String> PEDAGOGY_MASTERS = List.of("Quản lý giáo dục", "Lý luận và phương pháp dạy học");

    private static final List<String> MEDICAL_SPECIALTIES = List.of("Nội khoa", "Ngoại khoa", "Nhi khoa",
            "Sản phụ khoa", "Gây mê hồi sức", "Chẩn đoán hình ảnh", "Y học cổ truyền", "Truyền nhiễm",
            "Hồi sức cấp cứu", "Y tế công cộng");

    private static final Map<String, List<String>> SCHOOLS = Map.ofEntries(
            Map.entry("Luật", List.of("Đại học Luật Hà Nội", VNU, NAPA)),
            Map.entry("Kinh tế", List.of(NEU, THAI_NGUYEN, TAY_BAC)),
            Map.entry("Quản lý nhà nước", List.of(NAPA, HOME_AFFAIRS_UNIVERSITY)),
            Map.entry("Hành chính học", List.of(NAPA, HOME_AFFAIRS_UNIVERSITY)),
            Map.entry("Kế toán", List.of("Học viện Tài chính", NEU, TAY_BAC, "Đại học Thương mại")),
            Map.entry("Tài chính – Ngân hàng", List.of("Học viện Tài chính", NEU, "Học viện Ngân hàng")),
            Map.entry("Quản trị kinh doanh", List.of(NEU, "Đại học Thương mại", TAY_BAC)),
            Map.entry("Quản lý đất đai", List.of(AGRICULTURE_ACADEMY, "Đại học Nông Lâm – Đại học Thái Nguyên",
                    "Đại học Tài nguyên và Môi trường Hà Nội")),
            Map.entry("Nông học", List.of(TAY_BAC, AGRICULTURE_ACADEMY, "Đại học Nông Lâm – Đại học Thái Nguyên")),
            Map.entry("Lâm sinh", List.of(TAY_BAC, "Đại học Lâm nghiệp", "Đại học Nông Lâm – Đại học Thái Nguyên")),
            Map.entry("Chăn nuôi – Thú y", List.of(TAY_BAC, AGRICULTURE_ACADEMY)),
            Map.entry("Công nghệ thông tin", List.of("Đại học Bách khoa Hà Nội",
                    "Đại học Công nghệ Thông tin và Truyền thông – Đại học Thái Nguyên", "Học viện Công nghệ Bưu chính Viễn thông")),
            Map.entry("Kỹ thuật điện", List.of("Đại học Bách khoa Hà Nội", "Đại học Điện lực")),
            Map.entry("Xây dựng dân dụng và công nghiệp", List.of("Đại học Xây dựng Hà Nội", "Đại học Kiến trúc Hà Nội")),
            Map.entry("Khoa học môi trường", List.of(VNU, "Đại học Tài nguyên và Môi trường Hà Nội")),
            Map.entry("Công nghệ sinh học", List.of(VNU, AGRICULTURE_ACADEMY)),
            Map.entry("Vật lý", List.of(VNU, HANOI_PEDAGOGY)),
            Map.entry("Giáo dục Tiểu học", List.of(TAY_BAC, HANOI_PEDAGOGY, "Đại học Sư phạm – Đại học Thái Nguyên")),
            Map.entry("Giáo dục Mầm non", List.of(TAY_BAC, HANOI_PEDAGOGY)),
            Map.entry("Quản lý giáo dục", List.of(HANOI_PEDAGOGY, "Học viện Quản lý Giáo dục")),
            Map.entry(MEDICINE, List.of(HANOI_MEDICAL, THAI_NGUYEN_MEDICAL, HAI_PHONG_MEDICAL)),
            Map.entry("Dược học", List.of("Đại học Dược Hà Nội", THAI_NGUYEN_MEDICAL)),
            Map.entry("Điều dưỡng", List.of("Đại học Điều dưỡng Nam Định", THAI_NGUYEN_MEDICAL)),
            Map.entry("Y tế công cộng", List.of("Đại học Y tế Công cộng", HANOI_MEDICAL)),
            Map.entry("Xây dựng Đảng và Chính quyền nhà nước", List.of("Học viện Báo chí và Tuyên truyền", HCMA)),
            Map.entry("Chính trị học", List.of("Học viện Báo chí và Tuyên truyền", HCMA)),
            Map.entry("Lịch sử Đảng", List.of("Học viện Báo chí và Tuyên truyền", VNU)),
            Map.entry("Triết học", List.of(VNU, "Học viện Báo chí và Tuyên truyền")),
            Map.entry("Quản trị nhân lực", List.of(HOME_AFFAIRS_UNIVERSITY, "Đại học Lao động – Xã hội")),
            Map.entry("Lưu trữ học", List.of(HOME_AFFAIRS_UNIVERSITY, VNU)),
            Map.entry("Văn hóa học", List.of("Đại học Văn hóa Hà Nội", TAY_BAC)),
            Map.entry("Quản lý văn hóa", List.of("Đại học Văn hóa Hà Nội")),
            Map.entry("Công tác xã hội", List.of("Đại học Lao động – Xã hội", HANOI_PEDAGOGY)),
            Map.entry("Quân sự cơ sở", List.of("Trường Sĩ quan Lục quân 1", "Trường Quân sự Quân khu 2")),
            Map.entry("Văn thư – Lưu trữ", List.of(HOME_AFFAIRS_UNIVERSITY)),
            Map.entry("Công nghệ ô tô", List.of("Đại học Công nghiệp Hà Nội")),
            // Postgraduate fields.
            Map.entry("Quản lý kinh tế", List.of(NEU, HCMA, THAI_NGUYEN)),
            Map.entry("Quản lý công", List.of(NAPA, HCMA)),
            Map.entry("Chính sách công", List.of(NAPA, "Học viện Khoa học Xã hội")),
            Map.entry("Luật Hiến pháp và Luật Hành chính", List.of("Đại học Luật Hà Nội", NAPA)),
            Map.entry("Kinh tế chính trị", List.of(HCMA, NEU)),
            Map.entry("Lịch sử Đảng Cộng sản Việt Nam", List.of(HCMA)),
            Map.entry("Lý luận và phương pháp dạy học", List.of(HANOI_PEDAGOGY, "Đại học Sư phạm – Đại học Thái Nguyên")),
            Map.entry("Quản lý bệnh viện", List.of("Đại học Y tế Công cộng")),
            Map.entry("Dược lý và dược lâm sàng", List.of("Đại học Dược Hà Nội")),
            Map.entry("Khoa học máy tính", List.of(VNU, "Đại học Bách khoa Hà Nội")),
            Map.entry("Khoa học cây trồng", List.of(AGRICULTURE_ACADEMY, "Đại học Nông Lâm – Đại học Thái Nguyên")),
            Map.entry("Phát triển nông thôn", List.of(AGRICULTURE_ACADEMY, "Đại học Nông Lâm – Đại học Thái Nguyên")),
            Map.entry("Lâm học", List.of("Đại học Lâm nghiệp")),
            Map.entry("Chăn nuôi", List.of(AGRICULTURE_ACADEMY)),
            Map.entry("Luật Kinh tế", List.of("Đại học Luật Hà Nội", VNU)),
            Map.entry("Hệ thống thông tin", List.of(VNU, "Học viện Công nghệ Bưu chính Viễn thông")),
            Map.entry("Giáo dục học", List.of(HANOI_PEDAGOGY)),
            Map.entry("Tổ chức quản lý dược", List.of("Đại học Dược Hà Nội")));

    /** Teacher-training fields all go to the pedagogy schools. */
    private static final List<String> PEDAGOGY_SCHOOLS = List.of(TAY_BAC, HANOI_PEDAGOGY, "Đại học Sư phạm – Đại học Thái Nguyên");

    /** Medical specialties are trained by the medical universities. */
    private static final List<String> MEDICAL_SCHOOLS = List.of(HANOI_MEDICAL, THAI_NGUYEN_MEDICAL, HAI_PHONG_MEDICAL);

    private StudyCatalogue() {
    }

    /** The field of a cadre's first degree: what the post calls for, else what the unit's sector employs. */
    static String degreeField(Dice dice, UnitProfile unit, PositionSpec position) {
        if (!position.fields().isEmpty()) {
            return dice.pick(position.fields());
        }
        return dice.pick(unit.kind().commune() ? COMMUNE_FIELDS : UNIVERSITY_FIELDS.get(unit.sector()));
    }

    /** The field of a vocational or college diploma leading to, or instead of, the given degree field. */
    static String vocationalField(Dice dice, String degreeField) {
        return VOCATIONAL_FIELDS.contains(degreeField) ? degreeField : dice.pick(GENERAL_VOCATIONAL_FIELDS);
    }

    /** The field of a master's (or, continued, of a doctorate) after a first degree in {@code degreeField}. */
    static String masterField(Dice dice, String degreeField) {
        List<String> related = degreeField.startsWith("Sư phạm") ? PEDAGOGY_MASTERS : MASTERS_BY_DEGREE.get(degreeField);
        return related == null || dice.chance(0.3) ? dice.pick(MANAGEMENT_MASTERS) : dice.pick(related);
    }

    /** Whether the catalogue names the schools for a field, rather than falling back to the big universities. */
    static boolean knowsSchoolsFor(String field) {
        return SCHOOLS.containsKey(field) || field.startsWith("Sư phạm") || MEDICAL_SPECIALTIES.contains(field);
    }

    static String medicalSpecialty(Dice dice) {
        return dice.pick(MEDICAL_SPECIALTIES);
    }

    static String school(Dice dice, ProfessionalLevel level, String field) {
        return switch (level) {
            case NONE -> throw new IllegalArgumentException("No school teaches NONE");
            case VOCATIONAL, COLLEGE -> provincialCollege(field);
            case SPECIALIST_DOCTOR_I, SPECIALIST_DOCTOR_II -> dice.pick(MEDICAL_SCHOOLS);
            case UNIVERSITY, MASTER, DOCTORATE -> {
                if (field.startsWith("Sư phạm")) {
                    yield dice.pick(PEDAGOGY_SCHOOLS);
                }
                if (MEDICAL_SPECIALTIES.contains(field)) {
                    yield dice.pick(MEDICAL_SCHOOLS);
                }
                yield dice.pick(SCHOOLS.getOrDefault(field, List.of(VNU, THAI_NGUYEN, TAY_BAC)));
            }
        };
    }

    /** Vocational and college diplomas are mostly earned at home, in the province's own schools. */
    private static String provincialCollege(String field) {
        if (field.startsWith("Sư phạm") || field.startsWith("Giáo dục")) {
            return "Trường Cao đẳng Sư phạm Điện Biên";
        }
        return switch (field) {
            case "Luật" -> "Trường Trung cấp Luật Điện Biên Phủ";
            case "Điều dưỡng", "Dược học", MEDICINE -> "Trường Cao đẳng Y tế Điện Biên";
            case "Quân sự cơ sở" -> "Trường Quân sự Quân khu 2";
            case "Công nghệ ô tô" -> "Trường Cao đẳng Nghề Điện Biên";
            default -> ECONOMICS_TECHNICAL_COLLEGE;
        };
    }

    /** The programme name political-theory certificates are issued under. */
    static String politicalTheoryProgramme(PoliticalTheoryLevel level) {
        return switch (level) {
            case NONE -> throw new IllegalArgumentException("No programme for NONE");
            case ELEMENTARY -> "Sơ cấp lý luận chính trị";
            case INTERMEDIATE -> "Trung cấp lý luận chính trị – hành chính";
            case ADVANCED -> "Cao cấp lý luận chính trị";
            case BACHELOR -> "Cử nhân chính trị chuyên ngành Xây dựng Đảng và Chính quyền nhà nước";
        };
    }

    /**
     * Elementary classes run in the district's political centre; intermediate ones at the provincial school;
     * advanced ones at the Regional Academy (concentrated) or the National Academy.
     */
    static String politicalTheorySchool(Dice dice, PoliticalTheoryLevel level, UnitProfile unit) {
        return switch (level) {
            case NONE -> throw new IllegalArgumentException("No school for NONE");
            case ELEMENTARY -> unit.politicalCentre();
            case INTERMEDIATE -> DienBienUnits.PROVINCIAL_SCHOOL;
            case ADVANCED -> dice.chance(0.75) ? REGIONAL_ACADEMY : HCMA;
            case BACHELOR -> dice.chance(0.6) ? HCMA : "Học viện Báo chí và Tuyên truyền";
        };
    }

    static String stateManagementProgramme(StateManagementLevel level) {
        return switch (level) {
            case NONE -> throw new IllegalArgumentException("No programme for NONE");
            case SPECIALIST -> "Quản lý nhà nước ngạch chuyên viên";
            case PRINCIPAL_SPECIALIST -> "Quản lý nhà nước ngạch chuyên viên chính";
            case SENIOR_SPECIALIST -> "Quản lý nhà nước ngạch chuyên viên cao cấp";
        };
    }

    static String stateManagementSchool(Dice dice, StateManagementLevel level) {
        return switch (level) {
            case NONE -> throw new IllegalArgumentException("No school for NONE");
            case SPECIALIST -> dice.chance(0.7) ? DienBienUnits.PROVINCIAL_SCHOOL
                    : dice.chance(0.5) ? HOME_AFFAIRS_UNIVERSITY : NAPA;
            case PRINCIPAL_SPECIALIST -> dice.chance(0.7) ? NAPA : DienBienUnits.PROVINCIAL_SCHOOL;
            case SENIOR_SPECIALIST -> dice.chance(0.6) ? NAPA : HCMA;
        };
    }
}
