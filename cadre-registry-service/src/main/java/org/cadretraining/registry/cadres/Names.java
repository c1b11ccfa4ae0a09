package org.cadretraining.registry.cadres;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese names folded for search: "Nguyễn Văn Đức" and "nguyen van duc" match. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    public static String searchable(String name) {
        if (name == null) {
            return "";
        }
        // đ is a letter of its own, not d with a combining mark, so NFD leaves it: fold it by hand.
        String decomposed = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
