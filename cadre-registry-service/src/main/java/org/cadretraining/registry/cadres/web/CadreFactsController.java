package org.cadretraining.registry.cadres.web;

import java.util.UUID;

import org.cadretraining.platform.security.Access;
import org.cadretraining.registry.cadres.PersonalRecords;
import org.cadretraining.registry.cadres.PersonalRecords.CadreFacts;
import org.cadretraining.registry.web.PersonalDataRead;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the enrollment service needs to judge a nomination before the cadre's events reach it: unit, status, tier and
 * levels, never the national ID, ethnicity or party data. Only for a service's token with the scope
 * {@value #SCOPE} (client credentials), never for a user's; each read is logged under the client's name.
 */
@RestController
public class CadreFactsController {
    public static final String SCOPE = "registry.cadre-facts";
    private final PersonalRecords records;

    public CadreFactsController(PersonalRecords records) {
        this.records = records;
    }

    @GetMapping("/api/v1/cadre-facts/{cadreId}")
    @Access(scopes = SCOPE)
    @PersonalDataRead(PersonalRecords.READ_CADRE_FACTS)
    public CadreFacts facts(@PathVariable UUID cadreId) {
        return records.facts(cadreId);
    }
}
