package org.cadretraining.registry.reorganization;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.registry.cadres.Names;
import org.cadretraining.registry.units.SuccessionKind;

/**
 * The words a mapping uses for a change, a kind and a level. The template writes the Vietnamese word; a file may hold
 * the word or the code, with or without diacritics, in any case.
 */
final class MappingLabels<T extends Enum<T>> {
    static final MappingLabels<SuccessionKind> CHANGE = new MappingLabels<>(SuccessionKind.class, words(
            SuccessionKind.MERGE, "Sáp nhập", SuccessionKind.SPLIT, "Chia tách",
            SuccessionKind.ABOLISH_DISTRICT, "Kết thúc cấp huyện"), Map.of("bo cap huyen", SuccessionKind.ABOLISH_DISTRICT,
            "ket thuc hoat dong cap huyen", SuccessionKind.ABOLISH_DISTRICT));
    static final MappingLabels<UnitKind> KIND = new MappingLabels<>(UnitKind.class, words(
            UnitKind.PROVINCE, "Tỉnh", UnitKind.DISTRICT, "Huyện", UnitKind.COMMUNE, "Xã", UnitKind.WARD, "Phường",
            UnitKind.SPECIAL_ZONE, "Đặc khu", UnitKind.PARTY_COMMITTEE_ORGAN, "Cơ quan Đảng",
            UnitKind.STATE_AGENCY, "Sở, ban, ngành", UnitKind.AGENCY_PARTY_BLOC, "Đảng ủy các cơ quan",
            UnitKind.PUBLIC_SERVICE_UNIT, "Đơn vị sự nghiệp", UnitKind.PARTY_CELL, "Chi bộ"),
            Map.of("thanh pho", UnitKind.PROVINCE, "so", UnitKind.STATE_AGENCY));
    static final MappingLabels<UnitLevel> LEVEL = new MappingLabels<>(UnitLevel.class, words(
            UnitLevel.PROVINCE, "Tỉnh", UnitLevel.DISTRICT, "Huyện", UnitLevel.COMMUNE, "Xã"), Map.of("cap tinh", UnitLevel.PROVINCE,
            "cap huyen", UnitLevel.DISTRICT, "cap xa", UnitLevel.COMMUNE));

    private final Class<T> type;
    private final Map<T, String> words;
    private final Map<String, T> lookup = new HashMap<>();

    private MappingLabels(Class<T> type, Map<T, String> words, Map<String, T> more) {
        this.type = type;
        this.words = words;
        for (T value : type.getEnumConstants()) {
            lookup.put(Names.searchable(value.name().replace('_', ' ')), value);
            lookup.put(Names.searchable(value.name()), value);
        }
        words.forEach((value, word) -> lookup.put(Names.searchable(word), value));
        lookup.putAll(more);
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<T, String> words(Object... pairs) {
        Map<T, String> words = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            words.put((T) pairs[i], (String) pairs[i + 1]);
        }
        return words;
    }

    String word(T value) {
        return words.getOrDefault(value, value.name());
    }

    Optional<T> read(String text) {
        return Optional.ofNullable(lookup.get(Names.searchable(text.replace('-', ' ').replace('_', ' '))))
                .or(() -> Optional.ofNullable(lookup.get(Names.searchable(text))));
    }

    /** "Sáp nhập (MERGE), Chia tách (SPLIT), …": what a cell may hold. */
    String expected() {
        return String.join(", ", List.of(type.getEnumConstants()).stream()
                .map(v -> word(v) + " (" + v.name() + ")").toList());
    }
}
