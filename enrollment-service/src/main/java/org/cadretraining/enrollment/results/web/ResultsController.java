package org.cadretraining.enrollment.results.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.cadretraining.enrollment.access.TrainingAccess;
import org.cadretraining.enrollment.classes.ClassDirectory;
import org.cadretraining.enrollment.classes.TrainingClass;
import org.cadretraining.enrollment.results.ResultSheet;
import org.cadretraining.enrollment.results.ResultsImport;
import org.cadretraining.enrollment.results.ResultsImport.Report;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class ResultsController {
    private final ResultsImport results;
    private final ClassDirectory classes;
    private final TrainingAccess access;

    public ResultsController(ResultsImport results, ClassDirectory classes, TrainingAccess access) {
        this.results = results;
        this.classes = classes;
        this.access = access;
    }

    /**
     * Uploads a class's results as CSV or .xlsx ({@code file}), by the class's provider. 200 with the report when rows
     * were committed (or the file had no rows), 422 with the same report when nothing was. No {@code consumes}
     * condition: a request of another type is then refused by the access rule or named as a bad file, not a 415
     * before anyone asked who is calling.
     */
    @PostMapping("/api/v1/classes/{classId}/results")
    @Access(Permission.RESULTS_RECORD)
    public ResponseEntity<Report> upload(@PathVariable UUID classId, @RequestPart(name = "file", required = false) MultipartFile file,
                                         @RequestParam(defaultValue = "true") boolean atomic) {
        TrainingClass trainingClass = classes.find(classId).orElseThrow(() -> DomainProblem.notFound("Class", classId.toString()));
        access.requireResultsOf(trainingClass.providerUnitId());
        if (file == null) {
            throw DomainProblem.invalidField("file", "must be a CSV or .xlsx file, sent as the multipart/form-data part \"file\"");
        }
        List<ResultSheet.RawRow> rows;
        try {
            rows = ResultSheet.read(file.getOriginalFilename(), file.getBytes());
        } catch (ResultSheet.RefusedSheet refused) {
            throw DomainProblem.unprocessable("unreadable-file", "File cannot be read", "file", "file: " + refused.getMessage());
        } catch (IOException | RuntimeException e) {
            throw DomainProblem.invalidField("file", "could not be read as CSV or .xlsx");
        }
        Report report = results.upload(classId, rows, atomic);
        return report.rejected().isEmpty() || report.committed() ? ResponseEntity.ok(report)
                : ResponseEntity.unprocessableEntity().body(report);
    }
}
