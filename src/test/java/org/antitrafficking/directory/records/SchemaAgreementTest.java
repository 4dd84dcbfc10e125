package org.antitrafficking.directory.records;

import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.antitrafficking.directory.support.RecordRepositoryTest;
import org.antitrafficking.testing.SchemaMismatches;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check that fails the application's start the moment an entity and the Flyway schema
 * disagree is known to bite: Hibernate, with the application's own JPA settings
 * ({@code ddl-auto=validate}), accepts the records on the migrated test database and
 * refuses an entity that disagrees with it in any of four ways.
 */
@RecordRepositoryTest
class SchemaAgreementTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JpaProperties jpa;

    @Autowired
    HibernateProperties hibernate;

    @Autowired
    PersistenceManagedTypes records;

    @Test
    void shouldAcceptTheRecordsWithTheApplicationsSettings() {
        assertThat(this.hibernate.getDdlAuto()).isEqualTo("validate");
        assertThat(this.records.getManagedClassNames()).contains(Hotline.class.getName(),
                SlugConverters.WorkFunctions.class.getName());
        try (EntityManagerFactory factory = start(this.records.getManagedClassNames())) {
            assertThat(factory.getMetamodel().getEntities()).hasSize(10);
        }
    }

    static Stream<Arguments> mismatches() {
        return Stream.of(
                Arguments.of(SchemaMismatches.ColumnTheTableLacks.class,
                        "missing column [motto] in table [department]"),
                Arguments.of(SchemaMismatches.ColumnOfAnotherType.class,
                        "wrong column type encountered in column [featured] in table [hotline]"),
                Arguments.of(SchemaMismatches.ColumnOfAnotherDomain.class,
                        "wrong column type encountered in column [slug] in table [source]"),
                Arguments.of(SchemaMismatches.TableNoMigrationCreates.class, "missing table [retired_record]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mismatches")
    void shouldRefuseAnEntityThatDisagreesWithTheSchema(Class<?> mismatch, String complaint) {
        assertThatThrownBy(() -> start(List.of(mismatch.getName())).close()).rootCause()
            .isInstanceOf(SchemaManagementException.class)
            .hasMessageContaining(complaint);
    }

    /**
     * Starts Hibernate as the application does, on the given entities alone: beside a
     * record of the same table, Hibernate would validate the record's column, not the
     * mismatch's.
     */
    private EntityManagerFactory start(List<String> entities) {
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setPersistenceUnitName("schema-agreement");
        factory.setDataSource(this.dataSource);
        factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        factory.setManagedTypes(PersistenceManagedTypes.of(entities, List.of()));
        factory.setJpaPropertyMap(
                this.hibernate.determineHibernateProperties(this.jpa.getProperties(), new HibernateSettings()));
        factory.afterPropertiesSet();
        return factory.getObject();
    }

}
