package org.cadretraining.reporting.records.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.progress.ViewStores;
import org.cadretraining.reporting.records.RecordAccess;
import org.cadretraining.reporting.records.RecordGrants;
import org.cadretraining.reporting.units.UnitTree;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who may see personal records, and of which units: managed by the administrators. */
@RestController
@RequestMapping("/api/v1/record-viewers")
public class RecordGrantController {
    private final RecordGrants grants;
    private final RecordAccess access;
    private final ViewStores stores;

    public RecordGrantController(RecordGrants grants, RecordAccess access, ViewStores stores) {
        this.grants = grants;
        this.access = access;
        this.stores = stores;
    }

    public record GrantRequest(List<String> unitIds) {
    }

    public record Viewer(String username, List<RecordGrants.Grant> grants) {
    }

    @GetMapping("/{username}")
    public Viewer viewer(@PathVariable String username,
                         @RequestHeader(name = RecordAccess.ACTING_USER, required = false) String actingUser) {
        access.administrator(actingUser);
        return new Viewer(username, grants.grantsOf(username));
    }

    /** Sets the units the user may see records of (each with the units below it); an empty list revokes all. */
    @PutMapping("/{username}")
    public Viewer grant(@PathVariable String username, @RequestBody GrantRequest request,
                        @RequestHeader(name = RecordAccess.ACTING_USER, required = false) String actingUser) {
        String administrator = access.administrator(actingUser);
        if (request == null || request.unitIds() == null) {
            throw DomainProblem.invalidField("unitIds", "is required (an empty list revokes every grant)");
        }
        UnitTree tree = stores.unitTree();
        Set<String> units = new LinkedHashSet<>();
        for (int i = 0; i < request.unitIds().size(); i++) {
            String unitId = request.unitIds().get(i);
            if (unitId == null || tree.unit(unitId).isEmpty()) {
                throw DomainProblem.invalidField("unitIds[" + i + "]", "names no unit reporting knows: " + unitId);
            }
            units.add(unitId);
        }
        grants.replace(username, units, administrator);
        return new Viewer(username, grants.grantsOf(username));
    }
}
