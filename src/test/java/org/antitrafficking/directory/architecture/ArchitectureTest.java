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
 * model depends on no feature and on nothing of the web; the write model (records) is
 * seen by none of them; and no two packages depend on each other in a cycle.
 */
class ArchitectureTest {

    private static final String ROOT = "org.antitrafficking.directory";

    private static final String READ_MODEL = ROOT + ".readmodel";

    private static final String SEARCH = READ_MODEL + ".search..";

    private static final String LOAD = READ_MODEL + ".load..";

    private static final String REFRESH = READ_MODEL + ".refresh..";

    private static final String RECORDS = ROOT + ".records..";

    static final List<String> FEATURES = List.of("agency", "department", "program", "taskforce", "hotline", "relief",
            "source", "search", "home", "opendata", "function", "changes", "suggestion", "editor");

    /** The features that work on the write model, which only editors reach. */
    private static final List<String> EDITORS_FEATURES = List.of("editor");

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
     * The OpenAPI document describes the view records from the API layer
     * (ApiSchemaDescriptions): the read model knows nothing of OpenAPI.
     */
    @Test
    void shouldKeepTheOpenApiDescriptionsOutOfTheReadModel() {
        noClasses().that()
            .resideInAPackage(ROOT + ".readmodel..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.swagger..")
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

    /**
     * The write model is the editors': the public pages, the API and the read model never
     * see it or JPA, so no public request can wait for Hibernate or run its SQL.
     */
    @Test
    void shouldKeepTheWriteModelAndJpaAwayFromThePublicSide() {
        String[] publicSide = concat(FEATURES.stream()
            .filter(feature -> !EDITORS_FEATURES.contains(feature))
            .map(ArchitectureTest::packageOf), Arrays.asList(packageOf("readmodel"), packageOf("api")));
        noClasses().that()
            .resideInAnyPackage(publicSide)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(RECORDS, "jakarta.persistence..", "org.hibernate..", "org.springframework.data.jpa..",
                    "org.springframework.orm..")
            .check(classes);
    }

    /**
     * The write model needs the read model's closed value sets and nothing of the web.
     */
    @Test
    void shouldKeepTheWebOutOfTheWriteModel() {
        String[] web = concat(FEATURES.stream().map(ArchitectureTest::packageOf),
                Arrays.asList(packageOf("web"), packageOf("api"), "org.springframework.web..", "jakarta.servlet.."));
        noClasses().that()
            .resideInAPackage(RECORDS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(web)
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
