package org.cadretraining.registry.bulk.web;

import java.io.IOException;

import jakarta.validation.constraints.Size;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.registry.bulk.CadreExport;
import org.cadretraining.registry.bulk.CadreImport;
import org.cadretraining.registry.bulk.ImportReport;
import org.cadretraining.registry.bulk.SheetFormat;
import org.cadretraining.registry.cadres.PersonalRecords;
import org.cadretraining.registry.web.PersonalDataRead;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Import from and export to the spreadsheets a province's Organization Board already keeps. An import needs
 * {@link Permission#REGISTER_WRITE} (each row's unit within it), an export {@link Permission#REGISTER_EXPORT} (the
 * file holds the units it covers).
 */
@RestController
@RequestMapping("/api/v1/cadres")
public class BulkController {
    private final CadreImport importer;
    private final CadreExport exporter;

    public BulkController(CadreImport importer, CadreExport exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    /**
     * Validates every row and upserts the valid ones by national ID in one transaction. {@code dryRun} only reports;
     * {@code allOrNothing} writes nothing when any row is rejected. It takes a multipart upload with the part
     * {@code file}; the mapping does not narrow the content type, so that the access rule answers any other request
     * first (a 400 then names the missing part).
     */
    @PostMapping(path = "/import")
    @Access(Permission.REGISTER_WRITE)
    public ImportReport importFile(@RequestPart("file") MultipartFile file,
                                   @RequestParam(defaultValue = "false") boolean dryRun,
                                   @RequestParam(defaultValue = "false") boolean allOrNothing) throws IOException {
        return importer.run(file.getOriginalFilename(), file.getBytes(), new CadreImport.Options(dryRun, allOrNothing));
    }

    @GetMapping("/import/template")
    @Access(Permission.REGISTER_WRITE)
    public ResponseEntity<StreamingResponseBody> template(@RequestParam(defaultValue = "xlsx") @Size(max = 8) String format) {
        SheetFormat sheet = format(format);
        return download(sheet, "mau-nhap-can-bo" + sheet.extension(), out -> exporter.template(sheet, out));
    }

    /** The file names who exported it and when; it holds the cadres of the units the caller may export. */
    @GetMapping("/export")
    @Access(Permission.REGISTER_EXPORT)
    @PersonalDataRead(PersonalRecords.EXPORT_REGISTER)
    public ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "xlsx") @Size(max = 8) String format) {
        SheetFormat sheet = format(format);
        CadreExport.Request request = exporter.prepare(sheet);
        return download(sheet, "danh-sach-can-bo-" + request.provenance().exportedAt().toLocalDate() + sheet.extension(),
                out -> exporter.export(request, out));
    }

    private static SheetFormat format(String format) {
        return switch (format.toLowerCase()) {
            case "csv" -> SheetFormat.CSV;
            case "xlsx" -> SheetFormat.XLSX;
            default -> throw DomainProblem.invalidField("format", "must be xlsx or csv");
        };
    }

    private static ResponseEntity<StreamingResponseBody> download(SheetFormat format, String fileName, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .body(body);
    }
}
