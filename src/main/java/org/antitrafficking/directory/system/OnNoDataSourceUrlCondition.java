package org.antitrafficking.directory.system;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code spring.datasource.url} has no text. {@code @ConditionalOnProperty}
 * cannot say this: with {@code matchIfMissing} it matches a set URL as well.
 */
class OnNoDataSourceUrlCondition extends SpringBootCondition {

    static final String URL_PROPERTY = "spring.datasource.url";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty(URL_PROPERTY);
        if (StringUtils.hasText(url)) {
            return ConditionOutcome.noMatch(URL_PROPERTY + " is set");
        }
        return ConditionOutcome.match(URL_PROPERTY + " is not set");
    }

}
