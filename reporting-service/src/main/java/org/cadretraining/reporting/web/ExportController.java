package org.cadretraining.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.reporting.query.CadreRecords;
import org.cadretraining.reporting.query.ClassQueries;
import org.cadretraining.reporting.query.PlanQueries;
import org.cadretraining.reporting.query.ProgressQueries;
import org.cadretraining.reporting.query.ReferenceData;
import org.cadretraining.reporting.query.TargetQueries;
import org.cadretraining.reporting.views.CadreRecord;
import org.cadretraining.reporting.views.PlanView;
import org.cadretraining.reporting.views.UnitProgressReport;
import org.cadretraining.reporting.web.Labels.Lang;
import org.cadretraining.reporting.web.ReportWriters.Format;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every view of the dashboard as a report to send upward: {@code .xlsx}, {@code .pdf} or {@code .csv}. Each file is
 * guarded as the view it lays out.
 */
@RestController
public class ExportController {
    private final ProgressQueries progress;
    private final TargetQueries targets;
    private final ClassQueries classes;
    private final PlanQueries plans;
    private final CadreRecords records;
    private final ReferenceData reference;
    private final ReportAccess access;

    ExportController(ProgressQueries progress, TargetQueries targets, ClassQueries classes, PlanQueries plans,
                     CadreRecords records, ReferenceData reference, ReportAccess access) {
        this.progress = progress;
        this.targets = targets;
        this.classes = classes;
        this.plans = plans;
        this.records = records;
        this.reference = reference;
        this.access = access;
    }

    @GetMapping("/api/v1/exports/units/{unitId}/progress.{format}")
    @Access(Permission.REPORTS_READ)
    public ResponseEntity<byte[]> progress(@PathVariable @Size(max = RequestBounds.ID) String unitId, @PathVariable @Schema(allowableValues = {"xlsx", "pdf", "csv"}) @Size(max = RequestBounds.FORMAT) String format,
                                           @RequestParam(defaultValue = "SUBTREE") UnitProgressReport.Scope scope,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                           @RequestParam(defaultValue = "vi") @Size(max = RequestBounds.LANG) String lang) {
        access.unit(unitId);
        return send(Reports.progress(progress.progress(unitId, scope, asOf), Lang.of(lang)), format);
    }

    @GetMapping("/api/v1/exports/targets.{format}")
    @Access(Permission.REPORTS_READ)
    public ResponseEntity<byte[]> targets(@PathVariable @Schema(allowableValues = {"xlsx", "pdf", "csv"}) @Size(max = RequestBounds.FORMAT) String format, @RequestParam(required = false) @Size(max = RequestBounds.ID) String unitId,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                          @RequestParam(defaultValue = "vi") @Size(max = RequestBounds.LANG) String lang) {
        access.unitOrProvince(unitId);
        return send(Reports.targets(targets.all(unitId, false, asOf), reference.unitName(unitId), stamp(asOf), Lang.of(lang)), format);
    }

    @GetMapping("/api/v1/exports/classes/statistics.{format}")
    @Access(Permission.REPORTS_READ)
    public ResponseEntity<byte[]> classes(@PathVariable @Schema(allowableValues = {"xlsx", "pdf", "csv"}) @Size(max = RequestBounds.FORMAT) String format, @RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) ProgramCategory programCategory,
                                          @RequestParam(required = false) @Size(max = RequestBounds.ID) String programId,
                                          @RequestParam(required = false) @Size(max = RequestBounds.ID) String unitId,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                          @RequestParam(defaultValue = "vi") @Size(max = RequestBounds.LANG) String lang) {
        access.unitOrProvince(unitId);
        return send(Reports.classes(classes.statistics(year, programCategory, programId, unitId, asOf), reference.unitName(unitId),
                stamp(asOf), Lang.of(lang)), format);
    }

    /** Guarded as the plan's fulfilment; {@code unitId} only names the unit the report is sent from (the owner's by default). */
    @GetMapping("/api/v1/exports/plans/{planId}/fulfilment.{format}")
    @Access(Permission.REPORTS_READ)
    public ResponseEntity<byte[]> plan(@PathVariable @Size(max = RequestBounds.ID) String planId, @PathVariable @Schema(allowableValues = {"xlsx", "pdf", "csv"}) @Size(max = RequestBounds.FORMAT) String format,
                                       @RequestParam(required = false) @Size(max = RequestBounds.ID) String unitId,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                       @RequestParam(defaultValue = "vi") @Size(max = RequestBounds.LANG) String lang) {
        access.plan(plans.find(planId).map(p -> p.plan().ownerUnitId()).orElse(null));
        if (unitId != null) {
            access.unit(unitId);
        }
        PlanView view = plans.plan(planId);
        return send(Reports.plan(plans.fulfilment(view, asOf), reference.unitName(unitId != null ? unitId : view.plan().ownerUnitId()),
                stamp(asOf), Lang.of(lang)), format);
    }

    /** When the figures of a report are from: now, or the end of the day asked about. */
    private static Instant stamp(LocalDate asOf) {
        return asOf == null ? Instant.now() : UnitProgressReport.endOf(asOf);
    }

    /** A person's record as a file: checked against the cadre's unit and logged as an export. */
    @GetMapping("/api/v1/exports/cadres/{cadreId}/record.{format}")
    @Access(Permission.PERSON_READ)
    public ResponseEntity<byte[]> record(@PathVariable @Size(max = RequestBounds.ID) String cadreId, @PathVariable @Schema(allowableValues = {"xlsx", "pdf", "csv"}) @Size(max = RequestBounds.FORMAT) String format,
                                         @RequestParam(defaultValue = "vi") @Size(max = RequestBounds.LANG) String lang) {
        Format file = Format.of(format); // a bad format is refused before the person is read (and logged)
        CadreRecord record = records.read(cadreId, CadreRecords.EXPORT_RECORD);
        return send(Reports.record(record, reference.unitName(record.unitId()), Instant.now(), Lang.of(lang)), file);
    }

    private static ResponseEntity<byte[]> send(Report report, String extension) {
        return send(report, Format.of(extension));
    }

    private static ResponseEntity<byte[]> send(Report report, Format format) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.fileName(format.extension), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(format.contentType))
                .body(ReportWriters.write(report, format));
    }
}
