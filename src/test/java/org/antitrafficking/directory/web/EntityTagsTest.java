package org.antitrafficking.directory.web;

import java.time.Instant;
import java.util.Properties;

import org.antitrafficking.directory.readmodel.DataVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.info.BuildProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The ETag of one data version as one build serves it. */
class EntityTagsTest {

    private static final DataVersion VERSION = new DataVersion(42, Instant.parse("2026-11-22T10:15:30.123456Z"));

    @Test
    void shouldGiveEveryInstanceOfOneBuildTheSameWeakTagForOneVersion() {
        String tag = built("2026-11-30T08:00:00Z").of(VERSION, SiteLanguage.ENGLISH);
        assertThat(tag).matches("W/\"[0-9a-f]{24}\"");
        assertThat(built("2026-11-30T08:00:00Z").of(new DataVersion(42, VERSION.changedAt()), SiteLanguage.ENGLISH))
            .isEqualTo(tag);
    }

    @Test
    void shouldGiveAnotherVersionOrAnotherBuildAnotherTag() {
        EntityTags tags = built("2026-11-30T08:00:00Z");
        String tag = tags.of(VERSION, SiteLanguage.ENGLISH);
        assertThat(tags.of(new DataVersion(43, VERSION.changedAt()), SiteLanguage.ENGLISH)).isNotEqualTo(tag);
        assertThat(tags.of(new DataVersion(42, VERSION.changedAt().plusMillis(1)), SiteLanguage.ENGLISH))
            .as("another database that counted to 42 too")
            .isNotEqualTo(tag);
        assertThat(built("2026-11-30T08:00:01Z").of(VERSION, SiteLanguage.ENGLISH)).isNotEqualTo(tag);
        assertThat(tags.of(VERSION, SiteLanguage.ENGLISH)).as("back to the first version").isEqualTo(tag);
    }

    @Test
    void shouldGiveEachLanguageItsOwnTagThatEveryInstanceShares() {
        String english = built("2026-11-30T08:00:00Z").of(VERSION, SiteLanguage.ENGLISH);
        String spanish = built("2026-11-30T08:00:00Z").of(VERSION, SiteLanguage.SPANISH);
        assertThat(spanish).matches("W/\"[0-9a-f]{24}\"").isNotEqualTo(english);
        assertThat(built("2026-11-30T08:00:00Z").of(VERSION, SiteLanguage.SPANISH)).isEqualTo(spanish);
    }

    @Test
    void shouldTagWithoutBuildInformationToo() {
        EntityTags tags = new EntityTags(provider(null));
        assertThat(tags.of(VERSION, SiteLanguage.ENGLISH)).matches("W/\"[0-9a-f]{24}\"")
            .isEqualTo(tags.of(VERSION, SiteLanguage.ENGLISH));
        assertThat(tags.of(VERSION, SiteLanguage.ENGLISH))
            .isNotEqualTo(built("2026-11-30T08:00:00Z").of(VERSION, SiteLanguage.ENGLISH));
    }

    static EntityTags built(String time) {
        Properties entries = new Properties();
        entries.setProperty("time", time);
        return new EntityTags(provider(new BuildProperties(entries)));
    }

    private static ObjectProvider<BuildProperties> provider(BuildProperties build) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (build != null) {
            beans.registerSingleton("buildProperties", build);
        }
        return beans.getBeanProvider(BuildProperties.class);
    }

}
