package org.cadretraining.registry.bulk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.cadretraining.platform.web.ProblemHandling.FieldProblem;
import org.cadretraining.registry.cadres.CadreRules;
import org.cadretraining.registry.cadres.Ethnicity;
import org.cadretraining.registry.cadres.NewCadre;
import org.cadretraining.registry.cadres.Names;

/** Turns one sheet row into a cadre, or into the problems that stop it, each naming its column. */
public final class RowParser {
    static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final Map<String, Column> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("nationalId", Column.NATIONAL_ID), Map.entry("fullName", Column.FULL_NAME),
            Map.entry("birthDate", Column.BIRTH_DATE), Map.entry("gender", Column.GENDER),
            Map.entry("ethnicity", Column.ETHNICITY), Map.entry("unitId", Column.UNIT_CODE),
            Map.entry("position", Column.POSITION), Map.entry("rank", Column.RANK),
            Map.entry("managementTier", Column.MANAGEMENT_TIER), Map.entry("partyMember", Column.PARTY_MEMBER),
            Map.entry("partyJoinDate", Column.PARTY_JOIN_DATE), Map.entry("servingSince", Column.SERVING_SINCE));

    private RowParser() {
    }

    /** A row that passed: the cadre (without a unit id yet), the unit code, and the levels it states. */
    public record ParsedRow(int line, NewCadre cadre, String unitCode, List<NewCadre.NewQualification> levels) {
    }

    public record Result(ParsedRow row, List<RowProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result parse(SheetRow row, LocalDate today) {
        List<RowProblem> problems = new ArrayList<>();
        int line = row.line();
        String nationalId = row.cell(Column.NATIONAL_ID);
        String fullName = required(row, Column.FULL_NAME, problems);
        if (fullName != null && fullName.length() > 120) {
            problems.add(new RowProblem(line, Column.FULL_NAME.header(), "is longer than 120 characters"));
        }
        LocalDate birthDate = date(row, Column.BIRTH_DATE, true, problems);
        Gender gender = label(row, Column.GENDER, Labels.GENDER, true, problems);
        Ethnicity ethnicity = label(row, Column.ETHNICITY, Labels.ETHNICITY, true, problems);
        String unitCode = required(row, Column.UNIT_CODE, problems);
        String position = row.cell(Column.POSITION);
        if (position.length() > 200) {
            problems.add(new RowProblem(line, Column.POSITION.header(), "is longer than 200 characters"));
        }
        CivilServiceRank rank = label(row, Column.RANK, Labels.RANK, false, problems);
        ManagementTier tier = label(row, Column.MANAGEMENT_TIER, Labels.TIER, false, problems);
        Boolean partyMember = yesNo(row, Column.PARTY_MEMBER, problems);
        LocalDate partyJoinDate = date(row, Column.PARTY_JOIN_DATE, false, problems);
        ProfessionalLevel professional = label(row, Column.PROFESSIONAL, Labels.PROFESSIONAL, false, problems);
        PoliticalTheoryLevel political = label(row, Column.POLITICAL_THEORY, Labels.POLITICAL_THEORY, false, problems);
        StateManagementLevel state = label(row, Column.STATE_MANAGEMENT, Labels.STATE_MANAGEMENT, false, problems);
        LocalDate servingSince = date(row, Column.SERVING_SINCE, false, problems);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        NewCadre cadre = new NewCadre(nationalId, fullName, birthDate, gender, ethnicity, null,
                position.isEmpty() ? null : position, rank, tier == null ? ManagementTier.UNIT : tier,
                Boolean.TRUE.equals(partyMember), partyJoinDate, List.of(), null, servingSince);
        for (FieldProblem p : CadreRules.problems(cadre, today)) {
            Column column = FIELD_COLUMNS.getOrDefault(p.field(), Column.NATIONAL_ID);
            problems.add(new RowProblem(line, column.header(), p.reason()));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        List<NewCadre.NewQualification> levels = new ArrayList<>();
        addLevel(levels, Ladder.PROFESSIONAL, professional);
        addLevel(levels, Ladder.POLITICAL_THEORY, political);
        addLevel(levels, Ladder.STATE_MANAGEMENT, state);
        return new Result(new ParsedRow(line, cadre, unitCode, levels), List.of());
    }

    private static void addLevel(List<NewCadre.NewQualification> levels, Ladder ladder, Enum<?> level) {
        if (level != null && !"NONE".equals(level.name())) {
            levels.add(new NewCadre.NewQualification(ladder, level.name(), null, null, null));
        }
    }

    private static String required(SheetRow row, Column column, List<RowProblem> problems) {
        String value = row.cell(column);
        if (value.isEmpty()) {
            problems.add(new RowProblem(row.line(), column.header(), "is empty"));
            return null;
        }
        return value;
    }

    private static <T extends Enum<T>> T label(SheetRow row, Column column, Labels<T> labels, boolean required,
                                               List<RowProblem> problems) {
        String value = row.cell(column);
        if (value.isEmpty()) {
            if (required) {
                problems.add(new RowProblem(row.line(), column.header(), "is empty"));
            }
            return null;
        }
        Optional<T> found = labels.read(value);
        if (found.isEmpty()) {
            problems.add(new RowProblem(row.line(), column.header(), "must be one of: " + labels.expected()));
            return null;
        }
        return found.get();
    }

    private static Boolean yesNo(SheetRow row, Column column, List<RowProblem> problems) {
        String value = Names.searchable(row.cell(column));
        return switch (value) {
            case "", "khong", "k", "false", "no", "0" -> false;
            case "co", "c", "x", "true", "yes", "1" -> true;
            default -> {
                problems.add(new RowProblem(row.line(), column.header(), "must be Có or Không"));
                yield null;
            }
        };
    }

    private static LocalDate date(SheetRow row, Column column, boolean required, List<RowProblem> problems) {
        String value = row.cell(column);
        if (value.isEmpty()) {
            if (required) {
                problems.add(new RowProblem(row.line(), column.header(), "is empty"));
            }
            return null;
        }
        for (DateTimeFormatter format : List.of(VIETNAMESE_DATE, SHORT_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        problems.add(new RowProblem(row.line(), column.header(), "must be a date as dd/mm/yyyy"));
        return null;
    }
}
