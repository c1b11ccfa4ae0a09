package org.cadretraining.reporting.records.web;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.progress.CadreProgress;
import org.cadretraining.reporting.progress.ViewStores;
import org.cadretraining.reporting.streams.StoreNames;
import org.cadretraining.reporting.records.CadreRecord;
import org.cadretraining.reporting.records.RecordAccessLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CadreRecordController {
    /** Until authentication arrives, the caller names the acting user in this header. */
    public static final String ACTING_USER = "X-Acting-User";
    private final ViewStores stores;
    private final RecordAccessLog accessLog;

    public CadreRecordController(ViewStores stores, RecordAccessLog accessLog) {
        this.stores = stores;
        this.accessLog = accessLog;
    }

    @GetMapping("/api/v1/cadres/{cadreId}/record")
    public CadreRecord record(@PathVariable String cadreId,
                              @RequestHeader(name = ACTING_USER, defaultValue = "anonymous") String actingUser) {
        CadreProgress progress = stores.get(StoreNames.CADRE_PROGRESS, cadreId, CadreProgress.class).filter(CadreProgress::registered)
                .orElseThrow(() -> DomainProblem.notFound("Cadre", cadreId));
        accessLog.recordAccess(cadreId, actingUser);
        return CadreRecord.of(progress);
    }
}
