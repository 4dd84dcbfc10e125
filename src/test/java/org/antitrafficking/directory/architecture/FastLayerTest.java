package org.antitrafficking.directory.architecture;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast layer ({@code ./mvnw test -Pfast}, docs/testing.md) runs without PostgreSQL, a
 * browser or nginx, because every test that starts the whole application, a database or a
 * browser is tagged {@code slow}: this test finds them by what they use, so a new one
 * cannot slip into the fast layer untagged, and keeps the slices out of the slow one.
 */
class FastLayerTest {

    private static final String ROOT = "org.antitrafficking.directory";

    /** Classes whose use starts something the fast layer must not need. */
    private static final Set<String> SLOW_HELPERS = Set.of(ROOT + ".support.TestDatabase",
            ROOT + ".support.RunningApplication", ROOT + ".support.Browser", ROOT + ".system.EmbeddedDatabase");

    private static final List<String> SLOW_LIBRARIES = List.of("org.testcontainers.", "org.openqa.selenium.");

    private static JavaClasses tests;

    @BeforeAll
    static void importTests() {
        tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages(ROOT);
        assertThat(tests).as("the test classes").hasSizeGreaterThan(50);
    }

    @Test
    void shouldTagSlowEveryTestThatStartsTheApplicationADatabaseOrABrowser() {
        List<String> slow = tests.stream()
            .filter(FastLayerTest::startsSomethingSlow)
            .map(JavaClass::reflect)
            .filter(FastLayerTest::isRunByJUnit)
            .map(Class::getName)
            .toList();
        assertThat(slow).as("the slow tests").hasSizeGreaterThan(30);
        assertThat(slow.stream().filter(name -> !taggedSlow(name))).as("slow tests without @Tag(\"slow\")").isEmpty();
    }

    @Test
    void shouldKeepTheSlicesInTheFastLayer() {
        List<String> slices = tests.stream()
            .filter(type -> type.isMetaAnnotatedWith(WebMvcTest.class))
            .map(JavaClass::getName)
            .toList();
        assertThat(slices).as("the @WebMvcTest slices").hasSizeGreaterThanOrEqualTo(10);
        assertThat(slices.stream().filter(FastLayerTest::taggedSlow)).as("slices tagged slow").isEmpty();
    }

    /**
     * Whether the class or a superclass starts Spring Boot's whole application or a JDBC
     * or JPA slice, or uses the test database, a running instance, a browser or a
     * container.
     */
    private static boolean startsSomethingSlow(JavaClass type) {
        return type.getClassHierarchy()
            .stream()
            .anyMatch(level -> level.isMetaAnnotatedWith(SpringBootTest.class)
                    || level.isMetaAnnotatedWith(JdbcTest.class) || level.isMetaAnnotatedWith(DataJpaTest.class)
                    || level.getDirectDependenciesFromSelf()
                        .stream()
                        .map(dependency -> dependency.getTargetClass().getName())
                        .anyMatch(name -> SLOW_HELPERS.contains(name)
                                || SLOW_LIBRARIES.stream().anyMatch(name::startsWith)));
    }

    /** Whether JUnit runs tests of this class: a concrete class with a test method. */
    private static boolean isRunByJUnit(Class<?> type) {
        return !Modifier.isAbstract(type.getModifiers()) && !type.isAnnotation()
                && !ReflectionSupport
                    .findMethods(type, method -> AnnotationSupport.isAnnotated(method, Testable.class),
                            HierarchyTraversalMode.TOP_DOWN)
                    .isEmpty();
    }

    /** Whether JUnit sees the tag slow on the class, as a test discovery would. */
    private static boolean taggedSlow(String name) {
        Class<?> type = tests.get(name).reflect();
        return AnnotationSupport.findRepeatableAnnotations(type, Tag.class)
            .stream()
            .anyMatch(tag -> tag.value().equals("slow"));
    }

}
