package org.cadretraining.reporting.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One view laid out as a provincial report: a title, the unit, the period, the date of the figures, and a table
 * whose rows are numbered lines, section headings (I, II, ...) and totals. Every export format writes this.
 */
public record Report(String name, String title, String unit, String period, Instant asOf, Labels.Lang lang,
                     List<String> columns, List<Row> rows) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public enum Kind { SECTION, LINE, TOTAL }

    /** Cells are Strings or Numbers; a number is written as a number in the workbook. */
    public record Row(Kind kind, List<Object> cells) {
    }

    public String asOfText() {
        String pattern = lang == Labels.Lang.VI ? "HH:mm 'ngày' dd/MM/yyyy" : "d MMM yyyy, HH:mm";
        return DateTimeFormatter.ofPattern(pattern, lang.locale).withZone(ZONE).format(asOf);
    }

    /** A cell as the reader sees it: numbers with the language's separators. */
    public String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number n) {
            NumberFormat format = NumberFormat.getNumberInstance(lang.locale);
            format.setMaximumFractionDigits(2);
            return format.format(n);
        }
        return cell.toString();
    }

    public String fileName(String extension) {
        return name + "-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZONE).format(asOf) + "." + extension;
    }

    /** Builds the table: numbered lines, sections numbered I, II, III. */
    public static final class Builder {
        private final List<Row> rows = new ArrayList<>();
        private int line;
        private int section;

        public Builder section(String title, Object... rest) {
            List<Object> cells = new ArrayList<>();
            cells.add(roman(++section));
            cells.add(title);
            cells.addAll(List.of(rest));
            rows.add(new Row(Kind.SECTION, cells));
            return this;
        }

        public Builder line(Object... cells) {
            List<Object> all = new ArrayList<>();
            all.add(++line);
            all.addAll(java.util.Arrays.asList(cells));
            rows.add(new Row(Kind.LINE, all));
            return this;
        }

        public Builder total(Object... cells) {
            List<Object> all = new ArrayList<>();
            all.add("");
            all.addAll(java.util.Arrays.asList(cells));
            rows.add(new Row(Kind.TOTAL, all));
            return this;
        }

        public List<Row> rows() {
            return rows;
        }

        private static String roman(int n) {
            String[] r = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
            return n <= r.length ? r[n - 1] : String.valueOf(n);
        }
    }
}
