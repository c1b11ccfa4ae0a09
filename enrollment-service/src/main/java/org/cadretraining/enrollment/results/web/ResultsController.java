package org.cadretraining.enrollment.results.web;

import java.io.IOException;
import java.util.UUID;

import org.cadretraining.enrollment.results.ResultSheet;
import org.cadretraining.enrollment.results.ResultsImport;
import org.cadretraining.enrollment.results.ResultsImport.Report;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.http.MediaType;
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

    public ResultsController(ResultsImport results) {
        this.results = results;
    }

    /**
     * Uploads a class's results as CSV or .xlsx ({@code file}). 200 with the report when rows were committed (or the
     * file had no rows), 422 with the same report when nothing was.
     */
    @PostMapping(path = "/api/v1/classes/{classId}/results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Report> upload(@PathVariable UUID classId, @RequestPart("file") MultipartFile file,
                                         @RequestParam(defaultValue = "true") boolean atomic) {
        java.util.List<ResultSheet.RawRow> rows;
        try {
            rows = ResultSheet.read(file.getOriginalFilename(), file.getInputStream());
        } catch (IOException | RuntimeException e) {
            throw DomainProblem.invalidField("file", "could not be read as CSV or .xlsx");
        }
        Report report = results.upload(classId, rows, atomic);
        return report.rejected().isEmpty() || report.committed() ? ResponseEntity.ok(report)
                : ResponseEntity.unprocessableEntity().body(report);
    }
}
