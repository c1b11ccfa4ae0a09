package org.cadretraining.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The units of the demo province, modelled on Điện Biên as it stood until 30 June 2025: the province, six
 * provincial agencies, six districts (a city, a town and four rural districts) and seventeen of their communes, wards
 * and townships. {@link DemoReorganization} takes it to two tiers on 1 July 2025. The names are real; the official
 * codes are in Điện Biên's range but illustrative; the staffing weights and ethnic mixes are plausible estimates
 * (Điện Biên is roughly a third Thái, a third H'Mông and a fifth Kinh, with Kinh over-represented among cadres at
 * provincial level).
 */
final class DienBienUnits {
    static final String PROVINCE_CODE = "DB";
    static final String PROVINCIAL_SCHOOL = "Trường Chính trị tỉnh Điện Biên";
    /** Điện Biên's code, which it kept in 2025 (Decision 19/2025/QĐ-TTg). */
    static final String PROVINCE_OFFICIAL_CODE = "11";
    /** Điện Biên was re-established, split from Lai Châu, on 1 January 2004; the demo's units date from then. */
    static final LocalDate ESTABLISHED = LocalDate.of(2004, 1, 1);

    private static final EthnicMix PROVINCIAL_MIX =
            EthnicMix.of(0.33, "THAI 52, HMONG 24, KHO_MU 5, TAY 6, MUONG 5, DAO 3, NUNG 2, LAO 2, HA_NHI 1");

    private final List<UnitProfile> units = new ArrayList<>();

    private DienBienUnits() {
    }

    /** All units, the province first, each district followed by its communes. */
    static List<UnitProfile> all() {
        return new DienBienUnits().build();
    }

    private List<UnitProfile> build() {
        UnitProfile province = add(new DemoUnit(PROVINCE_CODE, "Tỉnh Điện Biên", UnitKind.PROVINCE.level(), null,
                        UnitKind.PROVINCE.registryKind(), PROVINCE_OFFICIAL_CODE, ESTABLISHED),
                UnitKind.PROVINCE, Sector.GOVERNMENT, 4.0, PROVINCIAL_MIX, PROVINCIAL_SCHOOL);

        agency(province, "BTC", "Ban Tổ chức Tỉnh ủy", UnitKind.PARTY_BOARD, Sector.PARTY, 2.5);
        agency(province, "SNV", "Sở Nội vụ", UnitKind.DEPARTMENT, Sector.HOME_AFFAIRS, 3.5);
        // The two big departments also employ the teachers and doctors of the schools and hospitals under them.
        agency(province, "SGD", "Sở Giáo dục và Đào tạo", UnitKind.DEPARTMENT, Sector.EDUCATION, 8.0);
        agency(province, "SYT", "Sở Y tế", UnitKind.DEPARTMENT, Sector.HEALTH, 10.0);
        agency(province, "KHCN", "Sở Khoa học và Công nghệ", UnitKind.DEPARTMENT, Sector.SCIENCE, 2.5);
        agency(province, "DUK", "Đảng ủy Khối các cơ quan tỉnh", UnitKind.PARTY_BLOC, Sector.PARTY, 2.0);

        UnitProfile dienBienPhu = district(province, "DBP", "Thành phố Điện Biên Phủ", "094", UnitKind.CITY, 7.0,
                EthnicMix.of(0.35, "THAI 70, HMONG 12, KHO_MU 5, TAY 5, MUONG 4, LAO 4"));
        commune(dienBienPhu, "P01", "Phường Him Lam", "03125", UnitKind.WARD, EthnicMix.of(0.40, "THAI 80, HMONG 10, KHO_MU 5, TAY 5"));
        commune(dienBienPhu, "P02", "Phường Mường Thanh", "03128", UnitKind.WARD, EthnicMix.of(0.40, "THAI 80, HMONG 8, TAY 7, MUONG 5"));
        commune(dienBienPhu, "P03", "Phường Noong Bua", "03124", UnitKind.WARD, EthnicMix.of(0.60, "THAI 85, HMONG 10, KHO_MU 5"));
        commune(dienBienPhu, "X01", "Xã Mường Phăng", "03316", UnitKind.RURAL_COMMUNE, EthnicMix.of(0.90, "THAI 85, HMONG 10, KHO_MU 5"));

        UnitProfile muongLay = district(province, "ML", "Thị xã Mường Lay", "095", UnitKind.TOWN, 4.5,
                EthnicMix.of(0.50, "THAI 75, HMONG 15, KHO_MU 5, TAY 5"));
        commune(muongLay, "P01", "Phường Na Lay", "03151", UnitKind.WARD, EthnicMix.of(0.55, "THAI 85, HMONG 15"));
        commune(muongLay, "P02", "Phường Sông Đà", "03148", UnitKind.WARD, EthnicMix.of(0.55, "THAI 70, HMONG 30"));
        commune(muongLay, "X01", "Xã Lay Nưa", "03184", UnitKind.RURAL_COMMUNE, EthnicMix.of(0.85, "THAI 85, HMONG 10, KHO_MU 5"));

        UnitProfile muongNhe = district(province, "MN", "Huyện Mường Nhé", "096", UnitKind.RURAL_DISTRICT, 6.0,
                EthnicMix.of(0.55, "HMONG 45, HA_NHI 15, THAI 15, DAO 10, KHO_MU 5, SI_LA 4, CONG 3, LAO 3"));
        commune(muongNhe, "X01", "Xã Chung Chải", "03157", UnitKind.RURAL_COMMUNE, EthnicMix.of(0.90, "HA_NHI 40, HMONG 40, SI_LA 12, DAO 8"));
        commune(muongNhe, "X02", "Xã Sín Thầu", "03154", UnitKind.RURAL_COMMUNE, EthnicMix.of(0.90, "HA_NHI 55, HMONG 30, DAO 15"));
        commune(muongNhe, "X03", "Xã Mường Toong", "03162", UnitKind.RURAL_COMMUNE, EthnicMix.of(0.85, "THAI 40, HMONG 30, KHO_MU 15, DAO 10, CONG 5"));

        UnitProfile tuaChua = district(province, "TC", "Huyện Tủa Chùa", "098", UnitKind.RURAL_DISTRICT, 5.5,
                EthnicMix.of(0.55, "HMONG 70, THAI 16, DAO 6, HOA 4, PHU_LA 4"));
        commune(tuaChua, "T01", "Thị trấn Tủa Chùa", "03217", UnitKind.TOWNSHIP, EthnicMix.of(0.60, "HMONG 50, THAI 30, HOA 10, PHU_LA 10"));
        commune(tuaChua, "X01", "Xã Sính Phình", "03226", UnitKind.RURAL_COMMUNE, EthnicMix.of(0.92, "HMONG 90, DAO 10"));

        UnitProfile dienBienDong = district(province, "DBD", "Huyện Điện Biên Đông", "101", UnitKind.RURAL_DISTRICT, 6.0,
                EthnicMix.of(0.55, "HMONG 50, THAI 32, KHO_MU 15, LAO 3"));
        commune(dienBienDong, "T01", "Thị trấn Điện Biên Đông", "03334", UnitKind.TOWNSHIP, EthnicMix.of(0.60, "THAI 50, HMONG 40, KHO_MU 10"));
        commune(dienBienDong, "X01", "Xã Na Son", "03337", UnitKind.RURAL_COMMUNE, EthnicMix.of(0.88, "HMONG 60, THAI 30, KHO_MU 10"));
        commune(dienBienDong, "X02", "Xã Keo Lôm", "03346", UnitKind.RURAL_COMMUNE, EthnicMix.of(0.90, "HMONG 55, KHO_MU 25, THAI 20"));

        UnitProfile muongCha = district(province, "MC", "Huyện Mường Chà", "097", UnitKind.RURAL_DISTRICT, 5.5,
                EthnicMix.of(0.55, "HMONG 55, THAI 30, KHO_MU 10, DAO 5"));
        commune(muongCha, "X01", "Xã Na Sang", "03199", UnitKind.RURAL_COMMUNE, EthnicMix.of(0.88, "THAI 50, HMONG 45, KHO_MU 5"));
        commune(muongCha, "X02", "Xã Sa Lông", "03202", UnitKind.RURAL_COMMUNE, EthnicMix.of(0.92, "HMONG 85, THAI 10, KHO_MU 5"));
        return List.copyOf(units);
    }

    private void agency(UnitProfile province, String suffix, String name, UnitKind kind, Sector sector, double weight) {
        DemoUnit unit = new DemoUnit(province.code() + "-" + suffix, name, kind.level(), province.code(), kind.registryKind(),
                null, ESTABLISHED);
        add(unit, kind, sector, weight, PROVINCIAL_MIX, PROVINCIAL_SCHOOL);
    }

    private UnitProfile district(UnitProfile province, String suffix, String name, String officialCode, UnitKind kind,
                                 double weight, EthnicMix mix) {
        DemoUnit unit = new DemoUnit(province.code() + "-" + suffix, name, kind.level(), province.code(), kind.registryKind(),
                officialCode, ESTABLISHED);
        return add(unit, kind, Sector.GOVERNMENT, weight, mix, "Trung tâm Chính trị " + lowerFirst(name));
    }

    private void commune(UnitProfile district, String suffix, String name, String officialCode, UnitKind kind, EthnicMix mix) {
        DemoUnit unit = new DemoUnit(district.code() + "-" + suffix, name, kind.level(), district.code(), kind.registryKind(),
                officialCode, ESTABLISHED);
        // Wards and townships carry a little more staff than rural communes.
        double weight = kind == UnitKind.RURAL_COMMUNE ? 1.3 : 1.5;
        add(unit, kind, Sector.GOVERNMENT, weight, mix, district.politicalCentre());
    }

    private UnitProfile add(DemoUnit unit, UnitKind kind, Sector sector, double weight, EthnicMix mix,
                            String politicalCentre) {
        UnitProfile profile = new UnitProfile(unit, kind, sector, weight, mix, politicalCentre);
        units.add(profile);
        return profile;
    }

    /** "Huyện Mường Nhé" → "huyện Mường Nhé", as the name reads inside a longer name. */
    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
