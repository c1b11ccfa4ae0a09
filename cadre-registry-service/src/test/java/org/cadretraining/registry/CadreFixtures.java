package org.cadretraining.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Request bodies for a valid cadre: Lò Thị Hương, Thái, born 1988. */
final class CadreFixtures {
    private CadreFixtures() {
    }

    static Map<String, Object> cadre(String unitId, String nationalId) {
        Map<String, Object> body = new HashMap<>(Map.of("nationalId", nationalId, "fullName", "Lò Thị Hương",
                "birthDate", "1988-04-12", "gender", "FEMALE", "ethnicity", "THAI", "unitId", unitId, "position", "Chuyên viên",
                "rank", "SPECIALIST", "managementTier", "UNIT", "qualifications", List.of(
                        Map.of("ladder", "PROFESSIONAL", "level", "UNIVERSITY", "fieldOfStudy", "Luật", "year", 2010))));
        body.put("partyMember", true);
        body.put("partyJoinDate", "2012-05-19");
        return body;
    }

    /** A national ID for a woman born in 1988, from the given province code. */
    static String nationalId(String province) {
        return province + "188" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }
}
