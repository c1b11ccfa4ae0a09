package org.cadretraining.registry.reorganization.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.registry.bulk.SheetFormat;
import org.cadretraining.registry.reorganization.ReorganizationView;
import org.cadretraining.registry.reorganization.Reorganizations;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A reorganization (sáp nhập, chia tách, kết thúc cấp huyện) from upload to apply. The route rule lets in who manages
 * units somewhere (a province's personnel officer, a platform administrator); {@link Reorganizations} then requires
 * {@link Permission#REGISTER_WRITE} and {@link Permission#UNITS_MANAGE} on every unit the plan touches.
 */
@RestController
@RequestMapping("/api/v1/reorganizations")
public class ReorganizationController {
    static final int MAX_PAGE_SIZE = 500;
    private final Reorganizations reorganizations;

    public ReorganizationController(Reorganizations reorganizations) {
        this.reorganizations = reorganizations;
    }

    /** What applying answers: the reorganization, and whether it had been applied before (nothing changed now). */
    public record ApplyResponse(boolean alreadyApplied, ReorganizationView reorganization) {
    }

    /**
     * Uploads a mapping (multipart part {@code file}, .xlsx or .csv; optional {@code name}, default the file's name) and
     * plans it: a dry run kept as a draft, nothing of the register changes. 201 with the draft; the very same file
     * again answers 200 with its reorganization (a draft planned again, or an applied one as it was applied). A file
     * that cannot be read is a 400 problem; rows that cannot be applied are listed in {@code dryRun.problems}.
     */
    @PostMapping
    @Access(Permission.UNITS_MANAGE)
    public ResponseEntity<ReorganizationView> upload(@RequestPart("file") MultipartFile file,
                                                     @RequestParam(required = false) @Size(max = 200) String name) throws IOException {
        Reorganizations.Uploaded uploaded = reorganizations.upload(file.getOriginalFilename(), file.getBytes(), name);
        ReorganizationView view = uploaded.view();
        if (uploaded.created()) {
            return ResponseEntity.created(URI.create("/api/v1/reorganizations/" + view.reorganizationId())).body(view);
        }
        return ResponseEntity.ok(view);
    }

    /** The reorganizations the caller may read (every unit they touch within the caller's grants), newest first. */
    @GetMapping
    @Access(Permission.UNITS_MANAGE)
    public List<ReorganizationView.Summary> list() {
        return reorganizations.list();
    }

    /** The draft (its dry run: changes, new units, sub-units moved, transfers by pair of units, problems) or its outcome. */
    @GetMapping("/{reorganizationId}")
    @Access(Permission.UNITS_MANAGE)
    public ReorganizationView get(@PathVariable UUID reorganizationId) {
        return reorganizations.get(reorganizationId);
    }

    /** Who moves where (after applying: who moved), a page at a time, optionally from or to one unit; logged as a read. */
    @GetMapping("/{reorganizationId}/cadres")
    @Access(Permission.UNITS_MANAGE)
    public Reorganizations.MovedCadres cadres(@PathVariable UUID reorganizationId,
                                              @RequestParam(required = false) UUID fromUnitId,
                                              @RequestParam(required = false) UUID toUnitId,
                                              @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                                              @RequestParam(defaultValue = "100") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return reorganizations.cadres(reorganizationId, fromUnitId, toUnitId, page, size);
    }

    /**
     * Applies the plan: every change in one transaction, or none (409 with the rows that stop it). Applying an applied
     * reorganization changes nothing and says so ({@code alreadyApplied}).
     */
    @PostMapping("/{reorganizationId}/apply")
    @Access(Permission.UNITS_MANAGE)
    public ApplyResponse apply(@PathVariable UUID reorganizationId) {
        Reorganizations.Applied applied = reorganizations.apply(reorganizationId);
        return new ApplyResponse(applied.alreadyApplied(), applied.view());
    }

    /**
     * The mapping's template ({@code format} xlsx or csv); with {@code splitUnit} (a unit's code or official code), a
     * row for each of that unit's cadres and sub-units, to fill in the successor of each.
     */
    @GetMapping("/template")
    @Access(Permission.UNITS_MANAGE)
    public ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") @Size(max = 8) String format,
                                           @RequestParam(required = false) @Size(max = 40) String splitUnit) {
        SheetFormat sheet = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> SheetFormat.CSV;
            case "xlsx" -> SheetFormat.XLSX;
            default -> throw DomainProblem.invalidField("format", "must be xlsx or csv");
        };
        byte[] body = reorganizations.template(sheet, splitUnit);
        String fileName = "phuong-an-sap-xep" + (splitUnit == null || splitUnit.isBlank() ? "" : "-" + splitUnit.strip()
                .replaceAll("[^A-Za-z0-9-]", "")) + sheet.extension();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(MediaType.parseMediaType(sheet.mediaType()))
                .body(body);
    }
}
