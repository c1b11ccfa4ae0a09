package org.cadretraining.platform.demo;

import java.util.List;

import org.cadretraining.events.vocabulary.AccessRole;

/**
 * The demo province's officials, one for each role, each granted on the units a real one would be. They sign in at the
 * embedded identity provider with the demo password; the platform, not the provider, holds what each may do.
 */
public final class DemoIdentities {
    /** The platform administrator, by the deployment's configuration (platform.security.administrators). */
    public static final String ADMINISTRATOR = "admin";
    /** The provincial Political School, a unit of the register that runs the province's classes. */
    public static final String SCHOOL_CODE = DienBienUnits.PROVINCE_CODE + "-TCT";
    public static final String SCHOOL_NAME = DienBienUnits.PROVINCIAL_SCHOOL;

    /** A demo official: sign-in name, role and the unit it is granted on (null: administrator by configuration). */
    public record DemoUser(String username, AccessRole role, String unitCode, String what) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser(ADMINISTRATOR, AccessRole.PLATFORM_ADMINISTRATOR, null, "platform administrator"),
            new DemoUser("nhansu.tinh", AccessRole.PERSONNEL_OFFICER, DienBienUnits.PROVINCE_CODE,
                    "personnel officer, whole province (Ban Tổ chức Tỉnh ủy)"),
            new DemoUser("nhansu.nasang", AccessRole.PERSONNEL_OFFICER, DienBienUnits.PROVINCE_CODE + "-MC-X01",
                    "personnel officer, Xã Na Sang only"),
            new DemoUser("daotao.tinh", AccessRole.TRAINING_OFFICER, DienBienUnits.PROVINCE_CODE,
                    "training officer, province (programs, classes, plans)"),
            new DemoUser("donvi.nasang", AccessRole.UNIT_OFFICER, DienBienUnits.PROVINCE_CODE + "-MC-X01",
                    "unit officer, Xã Na Sang (needs, nominations)"),
            new DemoUser("truong.chinhtri", AccessRole.TRAINING_PROVIDER, SCHOOL_CODE,
                    "training provider, the provincial Political School"),
            new DemoUser("baocao.tinh", AccessRole.REPORT_VIEWER, DienBienUnits.PROVINCE_CODE, "report viewer, province"),
            new DemoUser("hoso.tinh", AccessRole.RECORD_VIEWER, DienBienUnits.PROVINCE_CODE,
                    "record viewer, province (personal records, sensitive fields masked)"),
            new DemoUser("thanhtra.tinh", AccessRole.AUDITOR, DienBienUnits.PROVINCE_CODE, "auditor, province (access logs)"));

    private DemoIdentities() {
    }

    /** The demo's one password, from DEMO_PASSWORD or the default the README gives. */
    public static String password() {
        String configured = System.getenv("DEMO_PASSWORD");
        return configured == null || configured.isBlank() ? "demo2026" : configured;
    }
}
