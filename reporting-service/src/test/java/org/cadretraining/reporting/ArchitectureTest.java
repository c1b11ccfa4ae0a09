package org.cadretraining.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
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
import org.cadretraining.architecturefixtures.Fixtures;
import org.cadretraining.platform.security.Access;
import org.cadretraining.reporting.views.StoreNames;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reporting's shape, a read side: {@code ingest} (the topology) and {@code query} (store routing, reference data, the
 * query services) both build on {@code views} (each view's state and rules); {@code web} (controllers, exports, live
 * updates) calls the query services and returns view records, never another controller nor a store.
 */
class ArchitectureTest {
    private static final String ROOT = "org.cadretraining.reporting";
    private static final JavaClasses SERVICE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static final ArchRule NO_CYCLES = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("web").definedBy(ROOT + ".web..")
            .layer("query").definedBy(ROOT + ".query..")
            .layer("ingest").definedBy(ROOT + ".ingest..")
            .layer("views").definedBy(ROOT + ".views..")
            .whereLayer("web").mayNotBeAccessedByAnyLayer()
            .whereLayer("query").mayOnlyBeAccessedByLayers("web")
            .whereLayer("ingest").mayNotBeAccessedByAnyLayer()
            .whereLayer("views").mayOnlyBeAccessedByLayers("ingest", "query", "web");

    static final ArchRule EVERY_CLASS_IN_A_LAYER = classes().that().resideInAPackage(ROOT + "..")
            .and().doNotHaveFullyQualifiedName(ReportingApplication.class.getName())
            .should().resideInAnyPackage(ROOT + ".web..", ROOT + ".query..", ROOT + ".ingest..", ROOT + ".views..");

    static final ArchRule WEB_USES_QUERY_SERVICES_ONLY = noClasses().that().resideInAPackage(ROOT + ".web..")
            .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("are in query but are no query service (@Service) nor a record of one") {
                @Override
                public boolean test(JavaClass target) {
                    return target.getPackageName().startsWith(ROOT + ".query") && !topLevel(target).isAnnotatedWith(Service.class);
                }
            });

    static final ArchRule WEB_KNOWS_NO_STORES = noClasses().that().resideInAPackage(ROOT + ".web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.cloud.stream..",
                    "org.springframework.kafka..", ROOT + ".ingest..")
            .orShould().dependOnClassesThat().belongToAnyOf(StoreNames.class)
            .because("the web layer reads the views through the query services, wherever the stores live");

    static final ArchRule CONTROLLERS_ARE_NOT_SERVICES = classes().that().resideInAPackage(ROOT + "..")
            .should(notUseAnotherController());

    static final ArchRule EVERY_HANDLER_HAS_A_RULE = methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
            .and().areMetaAnnotatedWith(RequestMapping.class)
            .should(carryAnAccessRule());

    @Test
    void packagesFormNoCycle() {
        NO_CYCLES.check(SERVICE);
    }

    @Test
    void webCallsQueryWhichReadsViewsAsTheTopologyWritesThem() {
        LAYERS.check(SERVICE);
        EVERY_CLASS_IN_A_LAYER.check(SERVICE);
    }

    @Test
    void webDependsOnQueryServicesAndViewRecordsOnly() {
        WEB_USES_QUERY_SERVICES_ONLY.check(SERVICE);
        WEB_KNOWS_NO_STORES.check(SERVICE);
    }

    @Test
    void noControllerCallsAnother() {
        CONTROLLERS_ARE_NOT_SERVICES.check(SERVICE);
    }

    @Test
    void everyHandlerCarriesAnAccessRule() {
        EVERY_HANDLER_HAS_A_RULE.check(SERVICE);
    }

    @Test
    void theRulesCatchWhatTheyAreFor() {
        JavaClasses bad = new ClassFileImporter().importClasses(Fixtures.Forgotten.class, Fixtures.ControllerAsService.class);
        assertThat(classes().should(notUseAnotherController()).evaluate(bad).getFailureReport().getDetails())
                .singleElement().asString().contains("ControllerAsService", "Forgotten");
        assertThat(methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .and().areMetaAnnotatedWith(RequestMapping.class).should(carryAnAccessRule()).evaluate(bad)
                .getFailureReport().getDetails()).singleElement().asString().contains("Forgotten.figures()");
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    /** The controller the class is, or is declared in (its request records, its lambdas' helpers). */
    private static java.util.Optional<JavaClass> controllerOf(JavaClass type) {
        for (JavaClass current = type; current != null; current = current.getEnclosingClass().orElse(null)) {
            if (current.isAnnotatedWith(RestController.class)) {
                return java.util.Optional.of(current);
            }
        }
        return java.util.Optional.empty();
    }

    private static ArchCondition<JavaClass> notUseAnotherController() {
        return new ArchCondition<>("not use another controller") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                JavaClass self = controllerOf(origin).orElse(origin);
                java.util.Map<JavaClass, String> used = new java.util.LinkedHashMap<>();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    controllerOf(dependency.getTargetClass()).filter(target -> !target.equals(self))
                            .ifPresent(target -> used.putIfAbsent(target, dependency.getDescription()));
                }
                used.forEach((target, how) -> events.add(SimpleConditionEvent.violated(origin, origin.getName()
                        + " uses the controller " + target.getName() + " (" + how + ")")));
            }
        };
    }

    private static ArchCondition<JavaMethod> carryAnAccessRule() {
        return new ArchCondition<>("carry an @Access rule, or be declared in a controller that does") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!method.isAnnotatedWith(Access.class) && !method.getOwner().isAnnotatedWith(Access.class)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no @Access rule"));
                }
            }
        };
    }
}
