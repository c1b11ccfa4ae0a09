package org.cadretraining.platform.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.Ladder;

/**
 * A program of the demo catalogue, as enrollment defines it: what it confers, what a cadre must already hold to be
 * nominated to it, and where and how its classes run.
 *
 * @param level         the level on {@code ladder} that graduates hold
 * @param prerequisites levels a nominee must already hold; checked by enrollment at nomination and approval
 * @param capacity      the seats of one class
 */
public record DemoProgram(String code, String name, String kind, String category, Ladder ladder, String level,
                          List<ConferredLevel> prerequisites, String provider, String mode, int capacity) {

    /** The province sends cadres to study while they are younger than this on {@link DemoProvince#AS_OF}. */
    public static final int MAXIMUM_AGE = 55;

    public DemoProgram {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(ladder, "ladder");
        ladder.rank(level);
        prerequisites = List.copyOf(prerequisites);
    }

    /** The province's four programs of the demo: three in-service, the advanced political theory one concentrated. */
    public static final List<DemoProgram> CATALOGUE = List.of(
            new DemoProgram("LLCT-TC", "Trung cấp lý luận chính trị – hành chính", "DEGREE", "POLITICAL_THEORY",
                    Ladder.POLITICAL_THEORY, "INTERMEDIATE", List.of(),
                    "Trường Chính trị tỉnh Điện Biên", "IN_SERVICE", 70),
            new DemoProgram("LLCT-CC", "Cao cấp lý luận chính trị", "DEGREE", "POLITICAL_THEORY",
                    Ladder.POLITICAL_THEORY, "ADVANCED",
                    List.of(new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE"),
                            new ConferredLevel(Ladder.PROFESSIONAL, "UNIVERSITY")),
                    "Học viện Chính trị khu vực I", "CONCENTRATED", 50),
            new DemoProgram("QLNN-CVC", "Bồi dưỡng ngạch chuyên viên chính", "REFRESHER", "STATE_MANAGEMENT",
                    Ladder.STATE_MANAGEMENT, "PRINCIPAL_SPECIALIST",
                    List.of(new ConferredLevel(Ladder.PROFESSIONAL, "UNIVERSITY")),
                    "Học viện Hành chính Quốc gia", "IN_SERVICE", 60),
            new DemoProgram("THS-QLKT", "Thạc sĩ Quản lý kinh tế", "DEGREE", "POSTGRADUATE",
                    Ladder.PROFESSIONAL, "MASTER", List.of(new ConferredLevel(Ladder.PROFESSIONAL, "UNIVERSITY")),
                    "Đại học Kinh tế Quốc dân", "IN_SERVICE", 40));

    /**
     * Whether enrollment would let the cadre be nominated, as far as the cadre decides it: not yet holding what the
     * program confers, holding every prerequisite, and (the province's rule, not one enrollment checks) under
     * {@link #MAXIMUM_AGE}.
     */
    public boolean admits(DemoCadre cadre) {
        if (ladder.rank(cadre.highestLevel(ladder)) >= ladder.rank(level)) {
            return false;
        }
        for (ConferredLevel required : prerequisites) {
            if (required.ladder().rank(cadre.highestLevel(required.ladder())) < required.ladder().rank(required.level())) {
                return false;
            }
        }
        return cadre.ageOn(DemoProvince.AS_OF) < MAXIMUM_AGE;
    }

    /** The class of the program a yearly plan sends cadres to; the start is in the plan's year. */
    LocalDate planClassStart(int year) {
        return switch (code) {
            case "LLCT-CC" -> LocalDate.of(year, 10, 12);
            case "QLNN-CVC" -> LocalDate.of(year, 10, 19);
            case "THS-QLKT" -> LocalDate.of(year, 10, 26);
            default -> LocalDate.of(year, 10, 5);
        };
    }

    /** Concentrated advanced political theory runs about six months, the state-management refresher two, a master's two years. */
    LocalDate planClassEnd(int year) {
        return switch (code) {
            case "LLCT-CC" -> LocalDate.of(year + 1, 3, 26);
            case "QLNN-CVC" -> LocalDate.of(year, 12, 18);
            case "THS-QLKT" -> LocalDate.of(year + 2, 10, 27);
            default -> LocalDate.of(year + 1, 8, 27);
        };
    }
}
