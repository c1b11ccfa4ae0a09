package org.cadretraining.reporting.exports;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.reporting.classes.web.ClassStatisticsController;
import org.cadretraining.reporting.exports.Labels.Lang;
import org.cadretraining.reporting.exports.ReportWriters.Format;
import org.cadretraining.reporting.plans.web.PlanFulfilmentController;
import org.cadretraining.reporting.progress.UnitProgressReport;
import org.cadretraining.reporting.progress.ViewStores;
import org.cadretraining.reporting.progress.web.UnitProgressController;
import org.cadretraining.reporting.records.CadreRecord;
import org.cadretraining.reporting.records.RecordAccess;
import org.cadretraining.reporting.records.web.CadreRecordController;
import org.cadretraining.reporting.targets.web.TargetController;
import org.cadretraining.reporting.units.UnitView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every view of the dashboard as a report to send upward: {@code .xlsx}, {@code .pdf} or {@code .csv}. */
@RestController
public class ExportController {
    private final UnitProgressController progress;
    private final TargetController targets;
    private final ClassStatisticsController classes;
    private final PlanFulfilmentController plans;
    private final CadreRecordController records;
    private final ViewStores stores;

    public ExportController(UnitProgressController progress, TargetController targets, ClassStatisticsController classes,
                            PlanFulfilmentController plans, CadreRecordController records, ViewStores stores) {
        this.progress = progress;
        this.targets = targets;
        this.classes = classes;
        this.plans = plans;
        this.records = records;
        this.stores = stores;
    }

    @GetMapping("/api/v1/exports/units/{unitId}/progress.{format}")
    public ResponseEntity<byte[]> progress(@PathVariable String unitId, @PathVariable String format,
                                           @RequestParam(defaultValue = "SUBTREE") UnitProgressReport.Scope scope,
                                           @RequestParam(defaultValue = "vi") String lang) {
        return send(Reports.progress(progress.progress(unitId, scope), Lang.of(lang)), format);
    }

    @GetMapping("/api/v1/exports/targets.{format}")
    public ResponseEntity<byte[]> targets(@PathVariable String format, @RequestParam(required = false) String unitId,
                                          @RequestParam(defaultValue = "vi") String lang) {
        Lang l = Lang.of(lang);
        return send(Reports.targets(targets.all(unitId), unitName(unitId), Instant.now(), l), format);
    }

    @GetMapping("/api/v1/exports/classes/statistics.{format}")
    public ResponseEntity<byte[]> classes(@PathVariable String format, @RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) ProgramCategory programCategory,
                                          @RequestParam(required = false) String programId,
                                          @RequestParam(required = false) String unitId,
                                          @RequestParam(defaultValue = "vi") String lang) {
        return send(Reports.classes(classes.statistics(year, programCategory, programId, unitId), unitName(unitId), Instant.now(),
                Lang.of(lang)), format);
    }

    @GetMapping("/api/v1/exports/plans/{planId}/fulfilment.{format}")
    public ResponseEntity<byte[]> plan(@PathVariable String planId, @PathVariable String format,
                                       @RequestParam(required = false) String unitId,
                                       @RequestParam(defaultValue = "vi") String lang) {
        return send(Reports.plan(plans.fulfilment(planId), unitName(unitId), Instant.now(), Lang.of(lang)), format);
    }

    @GetMapping("/api/v1/exports/cadres/{cadreId}/record.{format}")
    public ResponseEntity<byte[]> record(@PathVariable String cadreId, @PathVariable String format,
                                         @RequestHeader(name = RecordAccess.ACTING_USER, required = false) String actingUser,
                                         @RequestParam(name = "actingUser", required = false) String actingUserParam,
                                         @RequestParam(defaultValue = "vi") String lang) {
        // A download link cannot set a header: the page names the acting user in the query instead. Where a gateway
        // authenticates users, the header it sets wins over anything the query says.
        CadreRecord record = records.record(cadreId, actingUser != null ? actingUser : actingUserParam);
        return send(Reports.record(record, unitName(record.unitId()), Instant.now(), Lang.of(lang)), format);
    }

    /** The unit a report is about; the province (the first root) when none is named. */
    private String unitName(String unitId) {
        var tree = stores.unitTree();
        if (unitId != null) {
            return tree.unit(unitId).map(UnitView::name).orElse(unitId);
        }
        return tree.roots().stream().findFirst().map(UnitView::name).orElse("");
    }

    private static ResponseEntity<byte[]> send(Report report, String extension) {
        Format format = Format.of(extension);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.fileName(format.extension), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(format.contentType))
                .body(ReportWriters.write(report, format));
    }
}
