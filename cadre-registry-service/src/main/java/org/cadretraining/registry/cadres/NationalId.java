package org.cadretraining.registry.cadres;

import java.time.LocalDate;
import java.util.Set;

import org.cadretraining.events.vocabulary.Gender;

/**
 * The 12-digit citizen identity number (CCCD): a 3-digit province-of-birth code, a digit for gender and century of
 * birth, the last two digits of the birth year, then six random digits.
 */
public final class NationalId {
    /** Province codes of Circular 07/2016/TT-BCA (the 63 provinces and cities). */
    private static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024", "025",
            "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045", "046", "048",
            "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075",
            "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

    private NationalId() {
    }

    /** Why {@code id} cannot belong to a person of this gender and birth date, or null when it can. */
    public static String problem(String id, Gender gender, LocalDate birthDate) {
        if (id == null || !id.matches("\\d{12}")) {
            return "must be exactly 12 digits";
        }
        if (!PROVINCE_CODES.contains(id.substring(0, 3))) {
            return "does not start with a known province code";
        }
        if (gender == null || birthDate == null) {
            return null;
        }
        int centuryIndex = birthDate.getYear() / 100 - 19;
        int expected = centuryIndex * 2 + (gender == Gender.FEMALE ? 1 : 0);
        if (centuryIndex < 0 || id.charAt(3) - '0' != expected) {
            return "its 4th digit does not match the gender and century of birth";
        }
        if (!id.substring(4, 6).equals(String.format("%02d", birthDate.getYear() % 100))) {
            return "its 5th and 6th digits do not match the year of birth";
        }
        return null;
    }
}
