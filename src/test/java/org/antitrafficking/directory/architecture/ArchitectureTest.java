package org.antitrafficking.directory.architecture;

import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the code: each feature (what a visitor sees) depends on the read model
 * below it and on the shared web and API support, never on another feature; the read
 * model depends on no feature and on nothing of the web; and no two packages depend on
 * each other in a cycle.
 */
class ArchitectureTest {

    private static final String ROOT = "org.antitrafficking.directory";

    private static final String READ_MODEL = ROOT + ".readmodel";

    private static final String SEARCH = READ_MODEL + ".search..";

    private static final String LOAD = READ_MODEL + ".load..";

    private static final String REFRESH = READ_MODEL + ".refresh..";

    static final List<String> FEATURES = List.of("agency", "department", "program", "taskforce", "hotline", "relief",
            "source", "search", "home", "opendata", "function", "suggestion");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
        assertThat(classes).as("the application's classes").hasSizeGreaterThan(50);
    }

    @ParameterizedTest(name = "{0} depends on no other feature")
    @MethodSource("features")
    void shouldKeepEachFeatureToItself(String feature) {
        String[] others = FEATURES.stream()
            .filter(other -> !other.equals(feature))
            .map(ArchitectureTest::packageOf)
            .toArray(String[]::new);
        noClasses().that()
            .resideInAPackage(packageOf(feature))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(others)
            .check(classes);
    }

    @Test
    void shouldKeepTheReadModelBelowTheFeaturesAndTheWeb() {
        String[] above = concat(FEATURES.stream().map(ArchitectureTest::packageOf),
                Arrays.asList(packageOf("web"), packageOf("api"), packageOf("system")));
        noClasses().that()
            .resideInAPackage(packageOf("readmodel"))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(above)
            .check(classes);
    }

    /**
     * The read model's rooms: the snapshot and its view records at the top of the
     * package, needing no room; search, needing only the snapshot's records; loading,
     * which builds snapshots with a search index; refresh, which swaps them. Outside the
     * read model only the snapshot's records and the search room's word splitting are
     * seen.
     */
    @Test
    void shouldKeepTheSnapshotFreeOfTheRooms() {
        noClasses().that()
            .resideInAPackage(READ_MODEL)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SEARCH, LOAD, REFRESH)
            .check(classes);
    }

    @Test
    void shouldKeepSearchFreeOfLoadingAndRefresh() {
        noClasses().that()
            .resideInAPackage(SEARCH)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(LOAD, REFRESH)
            .check(classes);
    }

    @Test
    void shouldKeepLoadingFreeOfRefresh() {
        noClasses().that()
            .resideInAPackage(LOAD)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(REFRESH)
            .check(classes);
    }

    @Test
    void shouldShowOutsideTheReadModelOnlyTheSnapshotAndTheSearchWords() {
        noClasses().that()
            .resideOutsideOfPackage(ROOT + ".readmodel..")
            .should()
            .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(LOAD, REFRESH)
                .or(JavaClass.Predicates.resideInAPackage(SEARCH)
                    .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("SearchWords")))))
            .check(classes);
    }

    @Test
    void shouldKeepTheSharedWebAndApiSupportFreeOfFeatures() {
        String[] features = FEATURES.stream().map(ArchitectureTest::packageOf).toArray(String[]::new);
        noClasses().that()
            .resideInAnyPackage(packageOf("web"), packageOf("api"), packageOf("system"))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(features)
            .check(classes);
    }

    @Test
    void shouldHaveNoCycleBetweenPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    static List<String> features() {
        return FEATURES;
    }

    private static String packageOf(String name) {
        return ROOT + "." + name + "..";
    }

    private static String[] concat(java.util.stream.Stream<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first, second.stream()).toArray(String[]::new);
    }

}
