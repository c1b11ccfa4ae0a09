package org.cadretraining.enrollment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.cadretraining.platform.security.Access;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's module borders, checked in the normal build: features meet only at their public entries and never
 * touch each other's repositories; the web adapters do not touch the database; every web route carries its access rule.
 * Each rule is also shown failing on a small model of a violation ({@code org.cadretraining.archfixture}, outside the
 * application's packages so that Spring never picks it up).
 */
class ModuleBordersTest {
    private static final String ROOT = "org.cadretraining.enrollment";
    /** Each feature's one way in for the others; its other components (repositories above all) stay its own. */
    private static final Map<String, String> ENTRIES = Map.of(
            "cadres", "CadreDirectory",
            "classes", "ClassDirectory",
            "enrollments", "EnrollmentService",
            "nominations", "NominationService",
            "plans", "TrainingPlanning",
            "programs", "ProgramCatalogue",
            "reorganization", "Reorganizations",
            "results", "ResultsImport",
            "studyplans", "StudyPlans",
            "units", "UnitDirectory");
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    private static final String FIXTURE = "org.cadretraining.archfixture";
    private static final Map<String, String> FIXTURE_ENTRIES = Map.of("alpha", "AlphaCatalogue", "beta", "BetaService");
    private static final JavaClasses VIOLATIONS = new ClassFileImporter().importPackages(FIXTURE);

    // --- the rules -------------------------------------------------------------------------------------------------

    /** (a) A feature uses another feature's components only through its public entry: never its repository. */
    static ArchRule featuresMeetAtTheirEntries(String root, Map<String, String> entries) {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("reach another feature's components only through its public entry") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> from = feature(root, origin, entries);
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            Optional<String> to = feature(root, target, entries);
                            if (from.isEmpty() || to.isEmpty() || from.equals(to) || !isComponent(target)
                                    || target.getSimpleName().equals(entries.get(to.get()))) {
                                continue;
                            }
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription() + ": "
                                    + target.getSimpleName() + " is not the entry of " + to.get() + " ("
                                    + entries.get(to.get()) + ")"));
                        }
                    }
                });
    }

    /** (a) Repositories stay package-private, used by their own package alone. */
    static ArchRule repositoriesStayInTheirPackage(String root) {
        return classes().that().resideInAPackage(root + "..").and().haveSimpleNameEndingWith("Repository")
                .should().notBePublic()
                .andShould(new ArchCondition<JavaClass>("be used only by classes of their own package") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                            if (!dependency.getOriginClass().getPackageName().equals(repository.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    /** (b) Web adapters call services: no repository, no SQL. */
    static ArchRule webAdaptersDoNotTouchTheDatabase(String root) {
        return noClasses().that().resideInAPackage(root + "..web..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class);
    }

    /** (c) Every handler of a REST controller carries an access rule, or its controller does. */
    static ArchRule everyRouteHasAnAccessRule(String root) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .and().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .and().areMetaAnnotatedWith(RequestMapping.class)
                .should(new ArchCondition<JavaMethod>("carry @Access, or be declared in a controller that does") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        if (!method.isAnnotatedWith(Access.class) && !method.getOwner().isAnnotatedWith(Access.class)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no @Access rule"));
                        }
                    }
                });
    }

    private static Optional<String> feature(String root, JavaClass type, Map<String, String> entries) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return Optional.empty();
        }
        String first = name.substring(root.length() + 1).split("\\.")[0];
        return entries.containsKey(first) ? Optional.of(first) : Optional.empty();
    }

    private static boolean isComponent(JavaClass type) {
        return type.isAnnotatedWith(Component.class) || type.isMetaAnnotatedWith(Component.class);
    }

    // --- the service keeps them --------------------------------------------------------------------------------------

    @Test
    void featuresMeetOnlyAtTheirPublicEntries() {
        featuresMeetAtTheirEntries(ROOT, ENTRIES).check(SERVICE);
        repositoriesStayInTheirPackage(ROOT).check(SERVICE);
    }

    @Test
    void webAdaptersDoNotTouchRepositories() {
        webAdaptersDoNotTouchTheDatabase(ROOT).check(SERVICE);
    }

    @Test
    void everyWebRouteCarriesAnAccessRule() {
        everyRouteHasAnAccessRule(ROOT).check(SERVICE);
    }

    // --- and each finds a violation ----------------------------------------------------------------------------------

    @Test
    void eachRuleFindsTheViolationsOfTheModel() {
        assertThatThrownBy(() -> featuresMeetAtTheirEntries(FIXTURE, FIXTURE_ENTRIES).check(VIOLATIONS))
                .hasMessageContaining("BetaService").hasMessageContaining("AlphaRepository is not the entry of alpha")
                .hasMessageNotContaining("AlphaCatalogue is not");
        assertThatThrownBy(() -> repositoriesStayInTheirPackage(FIXTURE).check(VIOLATIONS))
                .hasMessageContaining("AlphaRepository").hasMessageContaining("BetaService");
        assertThatThrownBy(() -> webAdaptersDoNotTouchTheDatabase(FIXTURE).check(VIOLATIONS))
                .hasMessageContaining("BetaController");
        assertThatThrownBy(() -> everyRouteHasAnAccessRule(FIXTURE).check(VIOLATIONS))
                .hasMessageContaining("BetaController.forgotten()").hasMessageNotContaining("BetaController.ruled()");
    }
}
