package org.cadretraining.platform.demo;

import java.util.Map;

import org.cadretraining.events.vocabulary.Gender;

/**
 * Full names as each ethnic group of north-western Vietnam forms them: family name, a middle name that
 * usually marks gender, and a given name.
 *
 * <p>Kinh family names follow their well-known frequencies (Nguyễn about a third, then Trần, Lê, Phạm...).
 * Thái names keep the Thái clans (Lò, Quàng, Cà, Lường, Tòng, Điêu...) and Văn/Thị; H'Mông men are
 * mostly "A" (Giàng A Páo), women "Thị" (Vàng Thị Dợ); Dao, Hà Nhì, Khơ Mú and the smaller groups have
 * their own clans. Groups that long ago adopted Kinh middle and given names (Tày, Nùng, Mường, Hoa) keep
 * only their own family names.
 */
final class VietnameseNames {

    private record Pattern(Weighted<String> family, Weighted<String> maleMiddle, Weighted<String> femaleMiddle,
                           Weighted<String> maleGiven, Weighted<String> femaleGiven) {

        /** A pattern that shares another's middle and given names but has its own clans. */
        Pattern withFamily(String family) {
            return new Pattern(Weighted.parse(family), maleMiddle, femaleMiddle, maleGiven, femaleGiven);
        }
    }

    private static final Pattern KINH = new Pattern(
            Weighted.parse("Nguyễn 31, Trần 11, Lê 9, Phạm 7, Hoàng 5, Vũ 4.5, Phan 2, Đặng 2.5, Bùi 2.5, Đỗ 2.5, "
                    + "Hồ 1.3, Ngô 1.5, Dương 1.2, Lý 0.6, Đinh 1.5, Đào 1, Trương 1, Đoàn 1, Trịnh 1, Lương 1, Hà 1, "
                    + "Mai 0.7, Cao 0.7, Tạ 0.4, Lưu 0.5, Phùng 0.4, Chu 0.4, Vương 0.3, Tô 0.3, Quách 0.3, Kiều 0.3, "
                    + "Lại 0.3, Nghiêm 0.2, Khổng 0.2"),
            Weighted.parse("Văn 30, Đức 10, Minh 8, Hữu 6, Quang 6, Xuân 5, Thanh 5, Mạnh 4, Thế 4, Trọng 4, Công 4, "
                    + "Đình 4, Tiến 3, Ngọc 3, Duy 3, Hoàng 3, Trung 2, Việt 2, Anh 2, Tuấn 2, Bá 1.5, Huy 1"),
            Weighted.parse("Thị 38, Ngọc 6, Thu 6, Thanh 5, Hồng 4, Minh 3, Phương 3, Kim 3, Bích 2, Thúy 2, Mai 2, "
                    + "Hải 2, Quỳnh 1.5, Lan 1.5, Diệu 1, Khánh 1"),
            Weighted.words("Hùng Dũng Tuấn Hải Thắng Cường Long Nam Sơn Trung Hiếu Quân Đạt Phong Thành Tùng Bình "
                    + "Hoàng Khánh Huy Anh Việt Toàn Hưng Thịnh Lâm Phúc Kiên Vinh Dương Hòa Quang Thái Tú Đông Chiến "
                    + "Giang Hiệp Khoa Lực Mạnh Nghĩa Phương Quyết Tâm Thuận Trường Vượng Duy Đức"),
            Weighted.words("Hương Lan Hoa Hằng Mai Linh Trang Nga Thủy Hà Huyền Yến Thảo Phương Nhung Dung Loan Oanh "
                    + "Vân Hạnh Thu Liên Nhàn Quyên Giang Anh Hiền Hồng Lệ Ly Nhi Tâm Thúy Tuyết Uyên Vui Xuân Hậu "
                    + "Ngân Chi"));

    private static final Pattern THAI = new Pattern(
            Weighted.parse("Lò 30, Lường 12, Quàng 12, Cà 10, Tòng 6, Vì 6, Điêu 5, Lừ 4, Bạc 3, Hoàng 3, Hà 3, "
                    + "Mè 2, Khoàng 2, Lý 2"),
            Weighted.parse("Văn 100"),
            Weighted.parse("Thị 100"),
            Weighted.words("Thoản Pâng Ún Khăm Xiêng Piệng Bun Tiến Mừng Phanh Hặc Sương Inh Hoan Thành Hùng Chung "
                    + "Cương Dũng Điện Muôn Kiên Sinh Thiết Hương Ngọc Xuân Chiến Thắng Biên Pọm Ương Hiệu Tươi Quyết"),
            Weighted.words("Ín Phanh Ban Tiên Lả Xuân Hương Vân Thoa Ánh Ngân Phượng Hiền Hoa Lan Bun Ươm Muôn Đôi "
                    + "Pọm Ỏn Chăn Xiêng Hồng Thảo Nhung Hạnh Diện Ngoan"));

    private static final Pattern HMONG = new Pattern(
            Weighted.parse("Giàng 18, Vàng 16, Sùng 15, Thào 12, Lầu 8, Mùa 8, Lý 6, Hờ 5, Vừ 5, Hạng 3, Cứ 3, "
                    + "Tráng 3, Lù 2, Sình 2, Chang 2, Mua 2, Khang 1"),
            Weighted.parse("A 70, Văn 22, Seo 8"),
            Weighted.parse("Thị 100"),
            Weighted.words("Páo Sính Chư Dế Lử Chá Pó Tủa Dơ Súa Tồng Nếnh Dình Phềnh Chua Vư Trống Của Sử Khua "
                    + "Lềnh Chinh Giống Pao Lâu Thắng Chứ Sềnh Dủa Phổng Chía Tông Xà Lồng Hồ"),
            Weighted.words("Dua Mỷ Dợ Mai Pà Chua Sua Dở Xó Nhìa Súa Sày Máy Dê Pằng Ly Xuân Hoa Lan Mua Chở "
                    + "Say Dính Chi Pàng Dí"));

    private static final Pattern DAO = new Pattern(
            Weighted.parse("Triệu 20, Đặng 15, Bàn 12, Lý 12, Phàn 10, Chảo 10, Tẩn 8, Lò 5, Sần 3"),
            Weighted.parse("Văn 75, Láo 25"),
            Weighted.parse("Thị 100"),
            Weighted.words("San Chàn Lâm Phin Sơn Tiến Quyên Kiều Nhất Sếnh Sành Chiêu Kinh Lở Pao Phú Quý Tài"),
            Weighted.words("Mẩy Mai Liều Chiêu Hin Kiều Nải Sinh Lan Hoa Phương Lụa"));

    private static final Pattern HA_NHI = new Pattern(
            Weighted.parse("Lò 25, Chu 20, Pờ 15, Ly 15, Phàn 5, Sừng 5, Lý 5"),
            Weighted.parse("Văn 60, A 40"),
            Weighted.parse("Thị 100"),
            Weighted.words("Xá Chừ Gió Phì Hừ Dần Chơ Lù Phứ Chà Sơn Hòa Xè Chờ Giàng Phạ"),
            Weighted.words("Xa Mé Dì Chừ Nhè Gió Xi Ma Phừ Lan Hoa Xuân Mơ"));

    /** Tày, Nùng, Mường and Hoa cadres mostly have Kinh-style middle and given names. */
    private static final Map<String, Pattern> PATTERNS = Map.ofEntries(
            Map.entry("KINH", KINH),
            Map.entry("THAI", THAI),
            Map.entry("HMONG", HMONG),
            Map.entry("DAO", DAO),
            Map.entry("HA_NHI", HA_NHI),
            Map.entry("KHO_MU", THAI.withFamily("Lò 25, Quàng 15, Vì 15, Cụt 10, Lường 10, Tòng 8, Lý 5, Kha 5")),
            Map.entry("LAO", THAI.withFamily("Lò 30, Vì 20, Lường 20, Tòng 15, Kha 10, Cầm 5")),
            Map.entry("LU", THAI.withFamily("Lò 40, Tao 30, Vàng 20, Lường 10")),
            Map.entry("KHANG", THAI.withFamily("Lò 30, Lường 25, Quàng 20, Tòng 15, Vì 10")),
            Map.entry("CONG", THAI.withFamily("Chang 20, Lò 20, Pạc 15, Lù 15, Hoàng 10, Vàng 10, Lý 10")),
            Map.entry("SI_LA", HA_NHI.withFamily("Hù 35, Pờ 35, Vàng 15, Lỳ 15")),
            Map.entry("PHU_LA", HMONG.withFamily("Vàng 30, Lý 20, Lồ 20, Chẻo 15, Pờ 15")),
            Map.entry("TAY", KINH.withFamily("Hoàng 25, Nông 20, Lương 12, Hà 12, Ma 8, Triệu 8, Lộc 6, Chu 5, Mông 4")),
            Map.entry("NUNG", KINH.withFamily("Hoàng 25, Nông 20, Lương 15, Lý 15, Vi 10, Triệu 10, Mã 5")),
            Map.entry("MUONG", KINH.withFamily("Bùi 35, Đinh 25, Quách 15, Hà 15, Xa 10")),
            Map.entry("HOA", KINH.withFamily("Lý 20, Trương 20, Lưu 15, Hoàng 15, Chu 10, Vương 10, Châu 10")));

    private VietnameseNames() {
    }

    /** Whether names can be made for the group; every group a unit's staff is drawn from must be known. */
    static boolean knows(String ethnicity) {
        return PATTERNS.containsKey(ethnicity);
    }

    static String fullName(Dice dice, String ethnicity, Gender gender) {
        Pattern pattern = PATTERNS.get(ethnicity);
        if (pattern == null) {
            throw new IllegalArgumentException("No naming pattern for ethnicity " + ethnicity);
        }
        boolean female = gender == Gender.FEMALE;
        Weighted<String> middles = female ? pattern.femaleMiddle() : pattern.maleMiddle();
        Weighted<String> givens = female ? pattern.femaleGiven() : pattern.maleGiven();
        String family = dice.pick(pattern.family());
        // Names like "Hoàng Hoàng Anh" or "Lê Thu Thu" do not occur; draw again.
        String middle = dice.pick(middles);
        while (middle.equals(family)) {
            middle = dice.pick(middles);
        }
        String given = dice.pick(givens);
        while (given.equals(middle) || given.equals(family)) {
            given = dice.pick(givens);
        }
        return family + " " + middle + " " + given;
    }
}
