package org.cadretraining.platform.security.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.cadretraining.platform.security.UnitScope;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's personal-data access log, for auditors: the lines about units their grants cover. Lines about no one
 * unit (a search across the province) need an auditor of a whole province.
 */
@RestController
@Validated
public class AccessLogController {
    private final PersonalDataAccessLog log;
    private final AccessPolicy access;

    public AccessLogController(PersonalDataAccessLog log, AccessPolicy access) {
        this.log = log;
        this.access = access;
    }

    @GetMapping("/api/v1/access-log")
    @Access(Permission.ACCESS_LOG_READ)
    public List<PersonalDataAccessLog.Entry> entries(@RequestParam(required = false) @Size(max = 200) String actor,
                                                     @RequestParam(required = false) @Size(max = 100) String subjectId,
                                                     @RequestParam(required = false) Instant since,
                                                     @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        UnitScope scope = access.scope(Permission.ACCESS_LOG_READ);
        boolean province = access.entitlements().coversARoot(Permission.ACCESS_LOG_READ);
        return log.find(actor, subjectId, since, limit).stream()
                .filter(e -> e.unitId() == null ? province : scope.covers(e.unitId()))
                .toList();
    }
}
