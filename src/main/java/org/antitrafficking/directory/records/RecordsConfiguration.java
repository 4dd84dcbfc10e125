package org.antitrafficking.directory.records;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ValidatorFactory;

import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypesScanner;

/**
 * The records' persistence unit. Hibernate validates every record before it writes it
 * (JPA's {@code callback} mode, in application.properties) with the application's own
 * validator, so the messages come from messages.properties like every other text, not
 * from Hibernate Validator's defaults. Public, for the repository slice tests to import.
 */
@Configuration(proxyBeanMethods = false)
public class RecordsConfiguration {

    @Bean
    HibernatePropertiesCustomizer recordsValidatedWithTheApplicationsMessages(
            ObjectProvider<ValidatorFactory> validators) {
        return (properties) -> validators
            .ifUnique((validator) -> properties.put("jakarta.persistence.validation.factory", validator));
    }

    /** The entities and converters of this package, the only ones. */
    @Bean
    static PersistenceManagedTypes persistenceManagedTypes(ResourceLoader resources) {
        return new PersistenceManagedTypesScanner(resources).scan(RecordsConfiguration.class.getPackageName());
    }

    /**
     * The entity manager factory, as Spring Boot makes it, but declared as the plain
     * {@code FactoryBean} it is rather than as a
     * {@code LocalContainerEntityManagerFactoryBean}: Spring creates every bean declared
     * {@code LoadTimeWeaverAware} before all others, lazy or not, so that it could weave
     * classes as they load. Nothing here weaves, and declared this way Hibernate starts
     * only when something first needs it (the editors' side, which the application
     * creates after it is ready).
     */
    @Bean
    FactoryBean<EntityManagerFactory> entityManagerFactory(EntityManagerFactoryBuilder builder, DataSource dataSource,
            PersistenceManagedTypes records) {
        return builder.dataSource(dataSource).managedTypes(records).build();
    }

}
