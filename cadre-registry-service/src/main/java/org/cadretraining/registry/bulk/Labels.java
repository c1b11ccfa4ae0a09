package org.cadretraining.registry.bulk;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.cadretraining.registry.cadres.Ethnicity;
import org.cadretraining.registry.cadres.Names;

/**
 * The Vietnamese words a spreadsheet uses for each code. Export writes the words; import reads the words or the
 * codes, with or without diacritics, in any case.
 */
final class Labels<T extends Enum<T>> {
    static final Labels<Gender> GENDER = new Labels<>(Gender.class, Map.of(Gender.MALE, "Nam", Gender.FEMALE, "Nữ"));
    static final Labels<Ethnicity> ETHNICITY = ethnicities();
    static final Labels<CivilServiceRank> RANK = new Labels<>(CivilServiceRank.class, Map.of(
            CivilServiceRank.CLERK, "Cán sự", CivilServiceRank.STAFF, "Nhân viên", CivilServiceRank.SPECIALIST, "Chuyên viên",
            CivilServiceRank.PRINCIPAL_SPECIALIST, "Chuyên viên chính", CivilServiceRank.SENIOR_SPECIALIST, "Chuyên viên cao cấp"));
    static final Labels<ManagementTier> TIER = new Labels<>(ManagementTier.class, Map.of(
            ManagementTier.PROVINCIAL_STANDING_COMMITTEE, "Ban Thường vụ Tỉnh ủy",
            ManagementTier.DISTRICT_STANDING_COMMITTEE, "Ban Thường vụ Huyện ủy", ManagementTier.UNIT, "Đơn vị"));
    static final Labels<ProfessionalLevel> PROFESSIONAL = new Labels<>(ProfessionalLevel.class, Map.of(
            ProfessionalLevel.NONE, "Chưa qua đào tạo", ProfessionalLevel.VOCATIONAL, "Trung cấp",
            ProfessionalLevel.COLLEGE, "Cao đẳng", ProfessionalLevel.UNIVERSITY, "Đại học", ProfessionalLevel.MASTER, "Thạc sĩ",
            ProfessionalLevel.DOCTORATE, "Tiến sĩ", ProfessionalLevel.SPECIALIST_DOCTOR_I, "Bác sĩ chuyên khoa I",
            ProfessionalLevel.SPECIALIST_DOCTOR_II, "Bác sĩ chuyên khoa II"));
    static final Labels<PoliticalTheoryLevel> POLITICAL_THEORY = new Labels<>(PoliticalTheoryLevel.class, Map.of(
            PoliticalTheoryLevel.NONE, "Chưa có", PoliticalTheoryLevel.ELEMENTARY, "Sơ cấp",
            PoliticalTheoryLevel.INTERMEDIATE, "Trung cấp", PoliticalTheoryLevel.ADVANCED, "Cao cấp",
            PoliticalTheoryLevel.BACHELOR, "Cử nhân"));
    static final Labels<StateManagementLevel> STATE_MANAGEMENT = new Labels<>(StateManagementLevel.class, Map.of(
            StateManagementLevel.NONE, "Chưa có", StateManagementLevel.SPECIALIST, "Chuyên viên",
            StateManagementLevel.PRINCIPAL_SPECIALIST, "Chuyên viên chính",
            StateManagementLevel.SENIOR_SPECIALIST, "Chuyên viên cao cấp"));

    private final Class<T> type;
    private final Map<T, String> words;
    private final Map<String, T> lookup = new HashMap<>();

    private Labels(Class<T> type, Map<T, String> words) {
        this.type = type;
        this.words = new LinkedHashMap<>(words);
        for (T value : type.getEnumConstants()) {
            lookup.put(Names.searchable(value.name().replace('_', ' ')), value);
            lookup.put(Names.searchable(value.name()), value);
        }
        // The words win over codes where both could match, and hyphens and spaces are the same.
        words.forEach((value, word) -> {
            lookup.put(Names.searchable(word), value);
            lookup.put(Names.searchable(word.replace('-', ' ')), value);
        });
    }

    private static Labels<Ethnicity> ethnicities() {
        Map<Ethnicity, String> words = new HashMap<>();
        for (Ethnicity e : Ethnicity.values()) {
            words.put(e, e.vietnameseName());
        }
        return new Labels<>(Ethnicity.class, words);
    }

    String word(T value) {
        return value == null ? "" : words.getOrDefault(value, value.name());
    }

    Optional<T> read(String text) {
        return Optional.ofNullable(lookup.get(Names.searchable(text.replace('-', ' '))))
                .or(() -> Optional.ofNullable(lookup.get(Names.searchable(text))));
    }

    String expected() {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(this::word).toList());
    }

    Class<T> type() {
        return type;
    }
}
