package org.cadretraining.reporting.records.web;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.progress.CadreProgress;
import org.cadretraining.reporting.progress.ProgressStores;
import org.cadretraining.reporting.records.CadreRecord;
import org.cadretraining.reporting.records.RecordAccessLog;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CadreRecordController {
    /** Until authentication arrives, the caller names the acting user in this header. */
    public static final String ACTING_USER = "X-Acting-User";
    private final ProgressStores stores;
    private final RecordAccessLog accessLog;

    public CadreRecordController(ProgressStores stores, RecordAccessLog accessLog) {
        this.stores = stores;
        this.accessLog = accessLog;
    }

    @GetMapping("/api/v1/cadres/{cadreId}/record")
    public CadreRecord record(@PathVariable String cadreId,
                              @RequestHeader(name = ACTING_USER, defaultValue = "anonymous") String actingUser) {
        CadreProgress progress = stores.cadre(cadreId).filter(CadreProgress::registered)
                .orElseThrow(() -> DomainProblem.notFound("Cadre", cadreId));
        accessLog.recordAccess(cadreId, actingUser);
        return CadreRecord.of(progress);
    }

    /** This instance's own copy; the instance that answers the public route calls it when it does not own the key. */
    @GetMapping("/internal/v1/cadres/{cadreId}/progress")
    public ResponseEntity<CadreProgress> local(@PathVariable String cadreId) {
        return stores.localCadre(cadreId).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
