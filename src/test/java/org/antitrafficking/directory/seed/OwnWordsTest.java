package org.antitrafficking.directory.seed;

import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.support.RepositoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory describes records in its own words: no prose it writes about a record
 * (descriptions, eligibility, instructions, notes on what a line shares, figures'
 * labels...) shares eight or more consecutive words with a source text, proper names
 * aside, nor {@value #MAX_SHARED_ACROSS_NAMES} words with names in them and at least
 * {@value #ORDINARY_ACROSS_NAMES} ordinary words besides; and a source note puts any
 * words it takes from a source in quotation marks. Needs the source texts in
 * ../shared/seeds (aborts, saying so, without).
 */
@RepositoryTest
class OwnWordsTest {

    static final int MAX_SHARED = 8;

    static final int MAX_SHARED_ACROSS_NAMES = 10;

    static final int ORDINARY_ACROSS_NAMES = 5;

    /** Every text the directory writes about a record, by the record it belongs to. */
    private static final String DESCRIPTIONS = """
            SELECT 'department ' || slug AS record, description AS text FROM department
            UNION ALL SELECT 'agency ' || slug, description FROM component
            UNION ALL SELECT 'program ' || slug, description FROM program
            UNION ALL SELECT 'task force ' || slug, description FROM task_force
            UNION ALL SELECT 'task force ' || slug || ' participants', other_participants FROM task_force WHERE other_participants IS NOT NULL
            UNION ALL SELECT 'hotline ' || slug, description FROM hotline
            UNION ALL SELECT 'hotline ' || slug || ' audience', audience FROM hotline WHERE audience IS NOT NULL
            UNION ALL SELECT 'hotline ' || slug || ' hours', hours FROM hotline WHERE hours IS NOT NULL
            UNION ALL SELECT 'hotline ' || slug || ' languages', languages FROM hotline WHERE languages IS NOT NULL
            UNION ALL SELECT 'hotline ' || slug || ' law enforcement', law_enforcement_note FROM hotline WHERE law_enforcement_note IS NOT NULL
            UNION ALL SELECT 'hotline channel ' || id, instructions FROM hotline_channel WHERE instructions IS NOT NULL
            UNION ALL SELECT 'relief ' || slug, description FROM relief_type
            UNION ALL SELECT 'relief ' || slug || ' eligibility', eligibility FROM relief_type WHERE eligibility IS NOT NULL
            UNION ALL SELECT 'relief ' || slug || ' requested by', requested_by FROM relief_type WHERE requested_by IS NOT NULL
            UNION ALL SELECT 'relief ' || slug || ' provides', provides FROM relief_type WHERE provides IS NOT NULL
            UNION ALL SELECT 'relief ' || slug || ' form', application_form FROM relief_type WHERE application_form IS NOT NULL
            UNION ALL SELECT 'relief ' || slug || ' limit', annual_limit FROM relief_type WHERE annual_limit IS NOT NULL
            UNION ALL SELECT 'figure ' || id, label FROM figure
            UNION ALL SELECT 'source ' || slug, summary FROM source
            UNION ALL SELECT 'source ' || slug || ' publisher', publisher FROM source""";

    private static final String SOURCE_NOTES = """
            SELECT 'department ' || slug AS record, source_note AS text FROM department WHERE source_note IS NOT NULL
            UNION ALL SELECT 'agency ' || slug, source_note FROM component WHERE source_note IS NOT NULL
            UNION ALL SELECT 'program ' || slug, source_note FROM program WHERE source_note IS NOT NULL
            UNION ALL SELECT 'task force ' || slug, source_note FROM task_force WHERE source_note IS NOT NULL
            UNION ALL SELECT 'hotline ' || slug, source_note FROM hotline WHERE source_note IS NOT NULL
            UNION ALL SELECT 'relief ' || slug, source_note FROM relief_type WHERE source_note IS NOT NULL""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldDescribeEveryRecordInTheProjectsOwnWords() {
        SharedWords shared = new SharedWords(MAX_SHARED, SourceDocuments.locate().allTexts());
        List<Map<String, Object>> descriptions = jdbc.queryForList(DESCRIPTIONS);
        assertThat(descriptions).hasSizeGreaterThan(150);
        for (Map<String, Object> description : descriptions) {
            String text = (String) description.get("text");
            assertThat(shared.firstSharedRun(text)).as("words %s shares with a source", description.get("record"))
                .isEmpty();
            assertThat(shared.firstSharedRunAcrossNames(text, MAX_SHARED_ACROSS_NAMES, ORDINARY_ACROSS_NAMES))
                .as("words around names %s shares with a source", description.get("record"))
                .isEmpty();
        }
    }

    /** Every message the site shows is written in the project's words as well. */
    @Test
    void shouldWriteThePagesTextsInTheProjectsOwnWords() throws java.io.IOException {
        SharedWords shared = new SharedWords(MAX_SHARED, SourceDocuments.locate().allTexts());
        java.util.Properties messages = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/messages/messages.properties")) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(messages).hasSizeGreaterThan(300);
        messages.forEach((key, value) -> {
            String text = ((String) value).replaceAll("\"[^\"]*\"|“[^”]*”", " | ").replace("''", "'");
            for (String stretch : text.split("\\|")) {
                assertThat(shared.firstSharedRun(stretch)).as("words message %s shares with a source", key).isEmpty();
                assertThat(shared.firstSharedRunAcrossNames(stretch, MAX_SHARED_ACROSS_NAMES, ORDINARY_ACROSS_NAMES))
                    .as("words around names message %s shares with a source", key)
                    .isEmpty();
            }
        });
    }

    @Test
    void shouldQuoteWhatASourceNoteTakesFromASource() {
        SharedWords shared = new SharedWords(MAX_SHARED, SourceDocuments.locate().allTexts());
        for (Map<String, Object> note : jdbc.queryForList(SOURCE_NOTES)) {
            String unquoted = ((String) note.get("text")).replaceAll("\"[^\"]*\"|“[^”]*”", " | ");
            for (String stretch : unquoted.split("\\|")) {
                assertThat(shared.firstSharedRun(stretch))
                    .as("unquoted words the source note of %s shares with a source", note.get("record"))
                    .isEmpty();
            }
        }
    }

    @Test
    void shouldCatchACopiedSentenceButNotALongName() {
        SharedWords shared = new SharedWords(MAX_SHARED,
                List.of("Victim service providers offer comprehensive and culturally appropriate services to victims.",
                        "The President's Interagency Task Force to Monitor and Combat Trafficking in Persons meets."));
        assertThat(
                shared.firstSharedRun("Providers offer comprehensive and culturally appropriate services to victims."))
            .hasValue("providers offer comprehensive and culturally appropriate services to");
        assertThat(shared.firstSharedRun("Providers offer full and culturally appropriate services to victims."))
            .isEmpty();
        assertThat(shared.firstSharedRun(
                "A member of the President's Interagency Task Force to Monitor and Combat Trafficking in Persons."))
            .isEmpty();
    }

    @Test
    void shouldCatchASentenceCopiedAroundANameButNotTheNameAlone() {
        SharedWords shared = new SharedWords(MAX_SHARED, List.of(
                "It is requested by federal law enforcement, through the DHS Center for Countering Human Trafficking; the victim cannot apply.",
                "The Federal Strategic Action Plan on Services for Victims of Human Trafficking in the United States was developed."));
        assertThat(shared.firstSharedRunAcrossNames(
                "Federal law enforcement, through the DHS Center for Countering Human Trafficking. The victim cannot apply.",
                MAX_SHARED_ACROSS_NAMES, ORDINARY_ACROSS_NAMES))
            .hasValue("federal law enforcement through the dhs center for countering human");
        assertThat(shared.firstSharedRunAcrossNames(
                "A plan, the Federal Strategic Action Plan on Services for Victims of Human Trafficking in the United States.",
                MAX_SHARED_ACROSS_NAMES, ORDINARY_ACROSS_NAMES))
            .isEmpty();
    }

}
