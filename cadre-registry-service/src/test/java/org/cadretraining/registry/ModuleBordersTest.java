package org.cadretraining.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.cadretraining.platform.security.Access;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The registry's module borders, checked in the normal build (as spring-restbucks' ModularityTests do). A feature is
 * a package right under {@code org.cadretraining.registry} (units, cadres, qualifications, bulk, access, ...):
 * <ul>
 * <li>features use one another only through the public classes of a feature's own package, never its repository,
 *     its web or its messaging adapters;</li>
 * <li>web adapters touch no repository and no JDBC;</li>
 * <li>every web route carries an access rule ({@link Access}), on its method or its controller.</li>
 * </ul>
 */
@AnalyzeClasses(packages = ModuleBordersTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBordersTest {
    static final String ROOT = "org.cadretraining.registry";

    /** The feature a class belongs to: the first package below {@code root}; null for classes outside any feature. */
    static String featureOf(JavaClass type, String root) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return null;
        }
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isRepository(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.getSimpleName().endsWith("Repository");
    }

    /** Features below {@code root} use one another only through the public classes of a feature's own package. */
    static ArchCondition<JavaClass> useOtherFeaturesThroughTheirEntries(String root) {
        return new ArchCondition<>("use other features only through the public classes of their own package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = featureOf(origin, root);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String to = featureOf(target, root);
                    if (to == null || to.equals(from)) {
                        continue;
                    }
                    boolean entry = target.getPackageName().equals(root + "." + to) && target.getModifiers()
                            .contains(JavaModifier.PUBLIC) && !isRepository(target);
                    if (!entry) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " reaches past the public entry of feature '" + to + "'"));
                    }
                }
            }
        };
    }

    private static final ArchCondition<JavaMethod> CARRY_AN_ACCESS_RULE =
            new ArchCondition<>("carry an @Access rule, on the method or on its controller") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    if (!method.isMetaAnnotatedWith(Access.class) && !method.getOwner().isMetaAnnotatedWith(Access.class)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no @Access rule"));
                    }
                }
            };

    @ArchTest
    static final ArchRule featuresMeetOnlyThroughTheirPublicEntries = classes().that().resideInAPackage(ROOT + "..")
            .should(useOtherFeaturesThroughTheirEntries(ROOT));

    @ArchTest
    static final ArchRule repositoriesArePrivateToTheirFeature = classes().that().haveSimpleNameEndingWith("Repository")
            .should().notBePublic();

    @ArchTest
    static final ArchRule webAdaptersTouchNoRepository = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat(JavaClass.Predicates.simpleNameEndingWith("Repository")
                    .or(CanBeAnnotated.Predicates.annotatedWith(Repository.class)))
            .orShould().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..");

    @ArchTest
    static final ArchRule everyRouteHasAnAccessRule = methods().that().areDeclaredInClassesThat().areMetaAnnotatedWith(Controller.class)
            .and().areMetaAnnotatedWith(RequestMapping.class)
            .should(CARRY_AN_ACCESS_RULE);

    /**
     * Each rule finds what it forbids: the fixtures break every one of them. They live outside the registry's package,
     * so that no application context of the tests picks them up.
     */
    @Test
    void theRulesCatchWhatTheyForbid() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("org.cadretraining.bordersfixture");
        assertThat(everyRouteHasAnAccessRule.evaluate(fixtures).getFailureReport().getDetails())
                .anySatisfy(d -> assertThat(d).contains("LeakyController.forgotten()"))
                .noneSatisfy(d -> assertThat(d).contains("LeakyController.ruled()"));
        assertThat(webAdaptersTouchNoRepository.evaluate(fixtures).getFailureReport().getDetails())
                .anySatisfy(d -> assertThat(d).contains("BetaRepository"))
                .anySatisfy(d -> assertThat(d).contains("JdbcClient"));
        assertThat(repositoriesArePrivateToTheirFeature.evaluate(fixtures).getFailureReport().getDetails())
                .anySatisfy(d -> assertThat(d).contains("BetaRepository"));
    }

    /** The feature rule, on the fixtures' own features: alpha reaches beta's repository, but may use beta's entry. */
    @Test
    void theFeatureRuleCatchesAReachIntoAnotherFeaturesRepository() {
        String root = "org.cadretraining.bordersfixture";
        JavaClasses fixtures = new ClassFileImporter().importPackages(root);
        var details = classes().should(useOtherFeaturesThroughTheirEntries(root)).evaluate(fixtures).getFailureReport().getDetails();
        assertThat(details).anySatisfy(d -> assertThat(d).contains("BetaRepository").contains("feature 'beta'"));
        assertThat(details).noneSatisfy(d -> assertThat(d).contains("BetaEntry"));
    }
}
