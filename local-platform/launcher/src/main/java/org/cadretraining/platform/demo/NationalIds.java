package org.cadretraining.platform.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.cadretraining.events.vocabulary.Gender;

/**
 * Issues 12-digit citizen identity card numbers (CCCD, Circular 59/2021/TT-BCA): three digits for the
 * province where the birth was registered, one for gender and century, two for the year of birth, six
 * random digits. Unique within one run.
 */
final class NationalIds {
    /**
     * Most ethnic-minority cadres were born in Điện Biên (011), a few in neighbouring Lai Châu (012) or
     * Sơn La (014).
     */
    private static final Weighted<String> LOCAL_BIRTH = Weighted.parse("011 95, 012 3, 014 2");

    /**
     * Many Kinh cadres came up from the delta: Thái Bình 034, Nam Định 036, Thanh Hóa 038, Hà Nội 001,
     * Nghệ An 040, Hải Dương 030, Hưng Yên 033, Phú Thọ 025, Hà Nam 035.
     */
    private static final Weighted<String> KINH_BIRTH =
            Weighted.parse("011 55, 034 10, 036 8, 038 8, 001 5, 040 4, 030 3, 033 3, 025 2, 035 2");

    /** Tày and Nùng: Cao Bằng 004, Lạng Sơn 020, Lào Cai 010, Tuyên Quang 008. */
    private static final Weighted<String> TAY_NUNG_BIRTH = Weighted.parse("011 40, 004 20, 020 20, 010 10, 008 10");

    /** Mường: Hòa Bình 017, Phú Thọ 025. */
    private static final Weighted<String> MUONG_BIRTH = Weighted.parse("011 40, 017 45, 025 15");

    private final Set<String> issued = new HashSet<>();

    String issue(Dice dice, String ethnicity, Gender gender, LocalDate birthDate) {
        String prefix = dice.pick(birthProvinces(ethnicity))
                + genderCenturyDigit(gender, birthDate.getYear())
                + zeroPadded(birthDate.getYear() % 100, 2);
        String id;
        do {
            id = prefix + zeroPadded(dice.below(1_000_000), 6);
        } while (!issued.add(id));
        return id;
    }

    /** 0/1 for men/women born in the 1900s, 2/3 for the 2000s (and so on, two per century). */
    private static int genderCenturyDigit(Gender gender, int birthYear) {
        int century = (birthYear - 1900) / 100;
        return century * 2 + (gender == Gender.FEMALE ? 1 : 0);
    }

    /** Like {@code String.format("%06d")}, without the formatter's cost on every cadre. */
    private static String zeroPadded(int value, int width) {
        String digits = Integer.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    private static Weighted<String> birthProvinces(String ethnicity) {
        return switch (ethnicity) {
            case "KINH", "HOA" -> KINH_BIRTH;
            case "TAY", "NUNG" -> TAY_NUNG_BIRTH;
            case "MUONG" -> MUONG_BIRTH;
            default -> LOCAL_BIRTH;
        };
    }
}
