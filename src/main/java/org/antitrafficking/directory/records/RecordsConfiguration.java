package org.antitrafficking.directory.records;

import jakarta.validation.ValidatorFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate validates every record before it writes it (JPA's {@code callback} mode, in
 * application.properties) with the application's own validator, so the messages come from
 * messages.properties like every other text, not from Hibernate Validator's defaults.
 * Public, for the repository slice tests to import.
 */
@Configuration(proxyBeanMethods = false)
public class RecordsConfiguration {

    @Bean
    HibernatePropertiesCustomizer recordsValidatedWithTheApplicationsMessages(
            ObjectProvider<ValidatorFactory> validators) {
        return (properties) -> validators
            .ifUnique((validator) -> properties.put("jakarta.persistence.validation.factory", validator));
    }

}
