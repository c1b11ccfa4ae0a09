package org.cadretraining.enrollment.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.enrollment.classes.ClassDirectory;
import org.cadretraining.enrollment.enrollments.Enrollment;
import org.cadretraining.enrollment.enrollments.EnrollmentService;
import org.cadretraining.enrollment.enrollments.EnrollmentStatus;
import org.cadretraining.enrollment.enrollments.Result;
import org.cadretraining.enrollment.results.ResultSheet.RawRow;
import org.cadretraining.platform.sheets.CellSafety;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A provider's results for a class, uploaded as a sheet. Every row is checked and each rejected row reported with its
 * line and reason. {@code atomic} commits all rows or none; otherwise each good row commits on its own.
 */
@Service
public class ResultsImport {
    private final EnrollmentService service;
    private final ClassDirectory classes;
    private final TransactionTemplate transaction;

    ResultsImport(EnrollmentService service, ClassDirectory classes, PlatformTransactionManager transactions) {
        this.service = service;
        this.classes = classes;
        this.transaction = new TransactionTemplate(transactions);
    }

    public record RowError(int line, String field, String reason) {
    }

    public record Report(int rows, int accepted, boolean committed, List<RowError> rejected) {
    }

    private record Parsed(int line, UUID enrollmentId, Result result) {
    }

    public Report upload(UUID classId, List<RawRow> rows, boolean atomic) {
        if (classes.find(classId).isEmpty()) {
            throw DomainProblem.notFound("Class", classId.toString());
        }
        List<String> missing = ResultSheet.missingColumns(rows);
        if (!missing.isEmpty()) {
            throw DomainProblem.invalidField("file", "the header row lacks the column(s) " + missing + "; expected "
                    + ResultSheet.COLUMNS);
        }
        List<RowError> rejected = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (RawRow row : rows) {
            try {
                Parsed p = parse(row);
                Enrollment e = service.find(p.enrollmentId()).orElse(null);
                if (e == null || !e.classId().equals(classId)) {
                    rejected.add(new RowError(row.line(), "enrollmentId", "no enrollment " + p.enrollmentId() + " in this class"));
                } else if (!seen.add(p.enrollmentId())) {
                    rejected.add(new RowError(row.line(), "enrollmentId", "enrollment " + p.enrollmentId() + " appears twice in the file"));
                } else {
                    parsed.add(p);
                }
            } catch (RowProblem problem) {
                rejected.add(new RowError(row.line(), problem.field, problem.getMessage()));
            }
        }
        if (atomic && !rejected.isEmpty()) {
            return new Report(rows.size(), 0, false, rejected);
        }
        int accepted = 0;
        if (atomic) {
            List<RowError> late = new ArrayList<>();
            transaction.executeWithoutResult(status -> {
                for (Parsed p : parsed) {
                    try {
                        service.record(p.enrollmentId(), p.result());
                    } catch (DomainProblem problem) {
                        late.add(new RowError(p.line(), problem.field(), problem.getMessage()));
                        status.setRollbackOnly();
                    }
                }
            });
            rejected.addAll(late);
            accepted = late.isEmpty() ? parsed.size() : 0;
        } else {
            for (Parsed p : parsed) {
                try {
                    service.record(p.enrollmentId(), p.result());
                    accepted++;
                } catch (DomainProblem problem) {
                    rejected.add(new RowError(p.line(), problem.field(), problem.getMessage()));
                }
            }
        }
        rejected.sort(java.util.Comparator.comparingInt(RowError::line));
        return new Report(rows.size(), accepted, accepted > 0, rejected);
    }

    /** The request's field names of the sheet's (case-free) columns. */
    private static final java.util.Map<String, String> FIELDS = java.util.Map.of("enrollmentid", "enrollmentId",
            "outcome", "outcome", "attendancepercent", "attendancePercent", "finalgrade", "finalGrade",
            "certificatenumber", "certificateNumber", "date", "date");

    private static Parsed parse(RawRow row) {
        for (java.util.Map.Entry<String, String> cell : row.cells().entrySet()) {
            if (CellSafety.refusedOnImport(cell.getValue())) {
                throw new RowProblem(FIELDS.getOrDefault(cell.getKey(), cell.getKey()), "begins with =, +, -, @, a tab or a line break, which a spreadsheet would run"
                        + " as a formula; enter the value only");
            }
        }
        UUID id = required(row, "enrollmentid", "enrollmentId", text -> UUID.fromString(text), "must be an enrollment id");
        EnrollmentStatus outcome = required(row, "outcome", "outcome", text -> {
            EnrollmentStatus s = EnrollmentStatus.valueOf(text.toUpperCase(Locale.ROOT).replace(' ', '_'));
            if (!s.hasOutcome()) {
                throw new IllegalArgumentException();
            }
            return s;
        }, "must be one of GRADUATED, FAILED, DROPPED_OUT");
        Integer attendance = optional(row, "attendancepercent", "attendancePercent", Integer::valueOf, "must be a whole number from 0 to 100");
        if (attendance != null && (attendance < 0 || attendance > 100)) {
            throw new RowProblem("attendancePercent", "must be a whole number from 0 to 100");
        }
        BigDecimal grade = optional(row, "finalgrade", "finalGrade", text -> new BigDecimal(text.replace(',', '.')), "must be a number from 0 to 10");
        if (grade != null && (grade.signum() < 0 || grade.compareTo(BigDecimal.TEN) > 0)) {
            throw new RowProblem("finalGrade", "must be a number from 0 to 10");
        }
        var on = optional(row, "date", "date", ResultSheet::date, "must be a date as yyyy-MM-dd or dd/MM/yyyy");
        return new Parsed(row.line(), id, new Result(outcome, attendance, grade, row.get("certificatenumber"), on));
    }

    private static <T> T required(RawRow row, String column, String field, java.util.function.Function<String, T> parse, String rule) {
        T value = optional(row, column, field, parse, rule);
        if (value == null) {
            throw new RowProblem(field, "must not be empty");
        }
        return value;
    }

    private static <T> T optional(RawRow row, String column, String field, java.util.function.Function<String, T> parse, String rule) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            throw new RowProblem(field, rule);
        }
    }

    private static final class RowProblem extends RuntimeException {
        private final String field;

        RowProblem(String field, String reason) {
            super(reason);
            this.field = field;
        }
    }
}
