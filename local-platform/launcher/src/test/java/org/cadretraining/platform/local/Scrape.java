package org.cadretraining.platform.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Prometheus text exposition, as {@code /actuator/prometheus} answers it: each series with its labels and value. */
record Scrape(List<Series> series) {
    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)(\\s+\\S+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Series(String name, Map<String, String> labels, double value) {
    }

    static Scrape parse(String text) {
        List<Series> series = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                throw new AssertionError("Not a Prometheus series: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            series.add(new Series(m.group(1), labels, Double.parseDouble(m.group(4))));
        }
        return new Scrape(series);
    }

    /** The series of that name whose labels include every pair given ({@code "outcome", "applied", ...}). */
    List<Series> find(String name, String... labels) {
        List<Series> found = new ArrayList<>();
        for (Series s : series) {
            if (!s.name().equals(name)) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < labels.length; i += 2) {
                all &= labels[i + 1].equals(s.labels().get(labels[i]));
            }
            if (all) {
                found.add(s);
            }
        }
        return found;
    }

    /** The sum of the matching series; an AssertionError when there is none. */
    double sum(String name, String... labels) {
        List<Series> found = find(name, labels);
        if (found.isEmpty()) {
            throw new AssertionError("No series " + name + " " + String.join(",", labels) + " in the scrape");
        }
        return found.stream().mapToDouble(Series::value).sum();
    }

    Set<String> names() {
        Set<String> names = new TreeSet<>();
        series.forEach(s -> names.add(s.name()));
        return names;
    }
}
