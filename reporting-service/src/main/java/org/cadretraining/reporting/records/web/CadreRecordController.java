package org.cadretraining.reporting.records.web;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.progress.CadreProgress;
import org.cadretraining.reporting.progress.ViewStores;
import org.cadretraining.reporting.records.CadreRecord;
import org.cadretraining.reporting.records.RecordAccess;
import org.cadretraining.reporting.streams.StoreNames;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CadreRecordController {
    private final ViewStores stores;
    private final RecordAccess access;

    public CadreRecordController(ViewStores stores, RecordAccess access) {
        this.stores = stores;
        this.access = access;
    }

    /** A cadre's training record, for a user entitled to see their unit's records; every read is traced. */
    @GetMapping("/api/v1/cadres/{cadreId}/record")
    public CadreRecord record(@PathVariable String cadreId,
                              @RequestHeader(name = RecordAccess.ACTING_USER, required = false) String actingUser) {
        CadreProgress progress = stores.get(StoreNames.CADRE_PROGRESS, cadreId, CadreProgress.class).filter(CadreProgress::registered)
                .orElseThrow(() -> DomainProblem.notFound("Cadre", cadreId));
        access.checkRecord(actingUser, cadreId, progress.unitId(), stores.unitTree());
        return CadreRecord.of(progress);
    }
}
