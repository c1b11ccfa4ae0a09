package org.cadretraining.reporting.web;

import jakarta.validation.constraints.Size;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.reporting.query.CadreRecords;
import org.cadretraining.reporting.views.CadreRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Access(Permission.PERSON_READ)
public class CadreRecordController {
    private final CadreRecords records;

    CadreRecordController(CadreRecords records) {
        this.records = records;
    }

    /** A cadre's training record, for a caller whose grants reach the cadre's unit; every read and refusal is logged. */
    @GetMapping("/api/v1/cadres/{cadreId}/record")
    public CadreRecord record(@PathVariable @Size(max = RequestBounds.ID) String cadreId) {
        return records.read(cadreId, CadreRecords.READ_RECORD);
    }
}
