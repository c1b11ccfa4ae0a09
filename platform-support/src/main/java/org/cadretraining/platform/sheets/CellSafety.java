package org.cadretraining.platform.sheets;

/**
 * Spreadsheet formula injection (CWE-1236): a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return is taken for a formula by Excel and LibreOffice. Exports neutralise such text with a leading
 * apostrophe, which both show as text; imports refuse it, also behind an apostrophe, so that nothing of the kind is
 * stored to be exported to someone else.
 */
public final class CellSafety {
    private CellSafety() {
    }

    /** Whether a spreadsheet would read this text as a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as a cell may hold it in an export: a formula-like text gets the apostrophe that makes it text. */
    public static String neutralise(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /** Whether an uploaded cell must be refused: formula-like as it is, or once a leading apostrophe is taken off. */
    public static boolean refusedOnImport(String text) {
        if (text == null) {
            return false;
        }
        String stripped = text.strip();
        return looksLikeFormula(text) || looksLikeFormula(stripped)
                || (stripped.startsWith("'") && looksLikeFormula(stripped.substring(1)));
    }
}
