package org.cadretraining.reporting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.cadretraining.reporting.views.ClassStatistics;
import org.cadretraining.reporting.web.Labels.Lang;
import org.cadretraining.reporting.views.PlanFulfilment;
import org.cadretraining.reporting.views.UnitProgressReport;
import org.cadretraining.reporting.views.CadreRecord;
import org.cadretraining.reporting.views.TargetProgress;

/** Lays each view out as the report a province sends upward. */
public final class Reports {
    private Reports() {
    }

    private static String l(String key, Lang lang) {
        return Labels.of(key, lang);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    private static String date(LocalDate d, Lang lang) {
        return d == null ? "" : DateTimeFormatter.ofPattern(lang == Lang.VI ? "dd/MM/yyyy" : "d MMM yyyy", lang.locale).format(d);
    }

    private static String asOfPeriod(Instant asOf, Lang lang) {
        return l("meta.year", lang) + " " + asOf.atZone(Report.ZONE).getYear();
    }

    public static Report progress(UnitProgressReport p, Lang lang) {
        Report.Builder b = new Report.Builder();
        long h = p.headcount();
        b.section(l("section.general", lang), h, 100.0);
        b.line(l("row.headcount", lang), h, h == 0 ? 0.0 : 100.0);
        b.line(l("row.women", lang), p.women(), share(p.women(), h));
        b.line(l("row.ethnicMinority", lang), p.ethnicMinority(), share(p.ethnicMinority(), h));
        b.line(l("row.young", lang).replace("35", String.valueOf(p.youngAgeLimit())), p.young(), share(p.young(), h));
        b.line(l("row.studyingNow", lang), p.studyingNow().total(), share(p.studyingNow().total(), h));
        ladder(b, l("section.politicalTheory", lang), p.politicalTheory(), h, lang);
        ladder(b, l("section.professional", lang), p.professional(), h, lang);
        ladder(b, l("section.stateManagement", lang), p.stateManagement(), h, lang);
        Instant asOf = p.asOf() == null ? Instant.now() : p.asOf();
        return new Report("bao-cao-doi-ngu", l("report.progress", lang), p.unitName(), asOfPeriod(asOf, lang), asOf, lang,
                List.of(l("col.no", lang), l("col.item", lang), l("col.count", lang), l("col.percent", lang)), b.rows());
    }

    private static void ladder(Report.Builder b, String title, Map<String, Long> levels, long headcount, Lang lang) {
        b.section(title, "", "");
        levels.forEach((level, count) -> b.line(l(level, lang), count, share(count, headcount)));
    }

    private static final java.util.Map<TargetProgress.Status, String> STATUS = java.util.Map.of(
            TargetProgress.Status.ON_TRACK, "status.onTrack", TargetProgress.Status.AT_RISK, "status.atRisk",
            TargetProgress.Status.MET, "status.met", TargetProgress.Status.MISSED, "status.missed",
            TargetProgress.Status.NO_COHORT, "status.noCohort");

    public static Report targets(List<TargetProgress> targets, String unit, Instant asOf, Lang lang) {
        Report.Builder b = new Report.Builder();
        for (TargetProgress t : targets) {
            b.line(t.name(), t.cohortSize(), t.meeting(), t.percent(), t.thresholdPercent(), date(t.deadline(), lang), t.gap(),
                    t.expectedByDeadline(), l(STATUS.get(t.status()), lang));
        }
        return new Report("bao-cao-chi-tieu", l("report.targets", lang), unit, asOfPeriod(asOf, lang), asOf, lang,
                List.of(l("col.no", lang), l("col.target", lang), l("col.cohort", lang), l("col.meeting", lang),
                        l("col.percent", lang), l("col.threshold", lang), l("col.deadline", lang), l("col.gap", lang),
                        l("col.expected", lang), l("col.status", lang)), b.rows());
    }

    public static Report classes(ClassStatistics s, String unit, Instant asOf, Lang lang) {
        Report.Builder b = new Report.Builder();
        s.byMode().forEach((mode, f) -> b.line(l(mode.name(), lang), f.classes(), f.students(), f.averagePerClass(),
                f.fillRate() == null ? "" : Math.round(f.fillRate() * 1000) / 10.0,
                f.graduationRate() == null ? "" : Math.round(f.graduationRate() * 1000) / 10.0));
        b.total(l("row.total", lang), s.classes(), s.students(), s.classes() == 0 ? 0.0
                : Math.round(10.0 * s.students() / s.classes()) / 10.0, "", "");
        b.total(l("row.ratio", lang) + " (" + l("row.ratioRule", lang) + ")", "",
                s.concentratedToInServiceRatio() == null ? "" : "1 : " + new Report("", "", "", "", asOf, lang, List.of(), List.of())
                        .text(s.concentratedToInServiceRatio()), "", "", "");
        String period = s.year() == null ? l("meta.allYears", lang) : l("meta.year", lang) + " " + s.year();
        if (s.programCategory() != null) {
            period += " · " + l(s.programCategory(), lang);
        }
        return new Report("thong-ke-lop", l("report.classes", lang), unit, period, asOf, lang,
                List.of(l("col.no", lang), l("col.mode", lang), l("col.classes", lang), l("col.students", lang),
                        l("col.average", lang), l("col.fill", lang), l("col.graduation", lang)), b.rows());
    }

    public static Report plan(PlanFulfilment p, String unit, Instant asOf, Lang lang) {
        Report.Builder b = new Report.Builder();
        for (PlanFulfilment.QuotaFulfilment q : p.quotas()) {
            b.section((q.programName() == null ? q.programId() : q.programName()) + " · " + l(q.programCategory() == null ? null : q.programCategory().name(), lang)
                    + " · " + l(q.mode() == null ? null : q.mode().name(), lang), q.quota(), q.sent(), q.percent());
            for (PlanFulfilment.UnitFulfilment u : q.units()) {
                b.line(u.unitName() == null ? u.unitId() : u.unitName(), u.allocated(), u.sent(), u.percent());
            }
        }
        b.total(l("row.total", lang), p.quota(), p.sent(), p.percent());
        return new Report("ke-hoach-" + p.year(), l("report.plan", lang) + ": " + p.name(), unit,
                l("meta.year", lang) + " " + p.year(), asOf, lang,
                List.of(l("col.no", lang), l("col.program", lang) + " / " + l("col.unit", lang), l("col.quota", lang),
                        l("col.sent", lang), l("col.percent", lang)), b.rows());
    }

    public static Report record(CadreRecord r, String unit, Instant asOf, Lang lang) {
        Report.Builder b = new Report.Builder();
        b.section(l("col.ladder", lang), "", "", "");
        if (r.levels() != null) {
            b.line(l("section.politicalTheory", lang), l(String.valueOf(r.levels().politicalTheory()), lang), "", "");
            b.line(l("section.professional", lang), l(String.valueOf(r.levels().professional()), lang), "", "");
            b.line(l("section.stateManagement", lang), l(String.valueOf(r.levels().stateManagement()), lang), "", "");
        }
        b.section(l("section.enrollments", lang), "", "", "");
        for (CadreRecord.CurrentEnrollment e : r.currentEnrollments()) {
            b.line(e.programId() + " (" + l(e.mode() == null ? null : e.mode().name(), lang) + ")",
                    l(e.programCategory() == null ? null : e.programCategory().name(), lang),
                    date(e.startDate(), lang), date(e.expectedEndDate(), lang));
        }
        b.section(l("section.graduations", lang), "", "", "");
        for (CadreRecord.Graduation g : r.graduations()) {
            b.line(g.programId(), l(g.programCategory() == null ? null : g.programCategory().name(), lang), "",
                    date(g.graduatedOn(), lang));
        }
        return new Report("ho-so-dao-tao", l("report.record", lang) + ": " + r.fullName(), unit,
                asOfPeriod(asOf, lang), asOf, lang,
                List.of(l("col.no", lang), l("col.item", lang), l("col.level", lang), l("col.from", lang), l("col.to", lang)),
                b.rows());
    }

}
