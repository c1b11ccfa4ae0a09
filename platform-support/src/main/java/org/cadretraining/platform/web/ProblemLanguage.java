package org.cadretraining.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The words of a refusal in the caller's language (Accept-Language): the title of each problem type and the reasons
 * {@link ProblemHandling} writes itself. English is the code's own text; a language with no bundle, or a key missing
 * from one, keeps it. Details naming values (a unit, a level, a date) stay as the domain wrote them.
 */
final class ProblemLanguage {
    private static final String BUNDLE = "org.cadretraining.platform.web.problems";
    /** No fallback to the JVM's default locale: English is the text in the code, not a bundle. */
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemLanguage() {
    }

    /** The title of problem type {@code slug} ({@code class-full} …), or {@code english}. */
    static String title(String slug, String english) {
        return text("title." + slug, english);
    }

    /** The text of {@code key} in the caller's language with {@code args} in place, or {@code english}. */
    static String text(String key, String english, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        if (locale == null || locale.getLanguage().isEmpty() || "en".equals(locale.getLanguage())) {
            return english;
        }
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(locale.getLanguage()), ProblemLanguage.class.getClassLoader(), EXACT)
                    .getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return english;
        }
    }
}
