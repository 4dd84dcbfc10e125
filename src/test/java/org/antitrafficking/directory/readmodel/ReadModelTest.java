package org.antitrafficking.directory.readmodel;

import java.util.List;

import org.antitrafficking.directory.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The snapshot holds every record of the database, as of the database's data version. */
@WebTest
class ReadModelTest {

    @Autowired
    ReadModel readModel;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldHoldTheDataVersionTheDatabaseHolds() {
        Long version = jdbc.queryForObject("SELECT version FROM data_version", Long.class);
        assertThat(readModel.snapshot().version().number()).isEqualTo(version);
    }

    @Test
    void shouldHoldEveryRecordOfEveryKind() {
        DirectorySnapshot snapshot = readModel.snapshot();
        assertThat(snapshot.departments().pages().keySet()).containsExactlyInAnyOrderElementsOf(slugs("department"));
        assertThat(snapshot.agencies().pages().keySet()).containsExactlyInAnyOrderElementsOf(slugs("component"));
        assertThat(snapshot.programs().pages().keySet()).containsExactlyInAnyOrderElementsOf(slugs("program"));
        assertThat(snapshot.taskForces().pages().keySet()).containsExactlyInAnyOrderElementsOf(slugs("task_force"));
        assertThat(snapshot.hotlines().pages().keySet()).containsExactlyInAnyOrderElementsOf(slugs("hotline"));
        assertThat(snapshot.reliefTypes().pages().keySet()).containsExactlyInAnyOrderElementsOf(slugs("relief_type"));
        assertThat(snapshot.sources().pages().keySet()).containsExactlyInAnyOrderElementsOf(slugs("source"));
        DirectoryCounts counts = snapshot.counts();
        assertThat(List.of(counts.departments(), counts.agencies(), counts.programs(), counts.taskForces(),
                counts.hotlines(), counts.reliefTypes(), counts.sources()))
            .containsExactly(count("department"), count("component"), count("program"), count("task_force"),
                    count("hotline"), count("relief_type"), count("source"));
        assertThat(snapshot.search().size()).isEqualTo(snapshot.allRecords().size());
    }

    @Test
    void shouldListRecordsInNameOrderAndLinesInTheirOwnOrder() {
        DirectorySnapshot snapshot = readModel.snapshot();
        assertThat(snapshot.programs().all()).extracting(program -> program.link().slug())
            .containsExactlyElementsOf(
                    jdbc.queryForList("SELECT slug FROM program ORDER BY name COLLATE \"C\"", String.class));
        assertThat(snapshot.hotlines().all()).extracting(line -> line.link().slug())
            .containsExactlyElementsOf(jdbc.queryForList("SELECT slug FROM hotline ORDER BY position", String.class));
    }

    @Test
    void shouldResolveEveryReferenceOfARecord() {
        String slug = "human-smuggling-and-trafficking-unit";
        AgencyPage unit = readModel.snapshot().agencies().page(slug);
        List<String> ancestors = jdbc.queryForList("""
                WITH RECURSIVE up (id, depth) AS (
                    SELECT parent_id, 1 FROM component WHERE slug = ?
                    UNION ALL SELECT c.parent_id, up.depth + 1 FROM component c JOIN up ON c.id = up.id
                    WHERE c.parent_id IS NOT NULL)
                SELECT c.slug FROM up JOIN component c ON c.id = up.id ORDER BY up.depth DESC""", String.class, slug);
        assertThat(unit.breadcrumbs()).extracting(RecordLink::slug)
            .containsExactly("dhs", "ice", "hsi")
            .endsWith(ancestors.toArray(String[]::new));
        assertThat(unit.functions()).extracting(WorkFunction::slug)
            .containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                    "SELECT function_slug FROM component_function f JOIN component c ON c.id = f.component_id WHERE c.slug = ?",
                    String.class, slug));
        assertThat(unit.provenance().sourceSlugs()).containsExactlyElementsOf(jdbc.queryForList("""
                SELECT s.slug FROM component_source cs JOIN source s ON s.id = cs.source_id
                JOIN component c ON c.id = cs.component_id WHERE c.slug = ? ORDER BY s.position""", String.class,
                slug));
    }

    @Test
    void shouldGiveEveryChannelOfALineInOrderWithTheNumberAsItsSourceWritesIt() {
        HotlineCard tipLine = readModel.snapshot().hotlines().page("hsi-tip-line").card();
        assertThat(tipLine.channels()).extracting(HotlineCard.Channel::value)
            .containsExactlyElementsOf(jdbc.queryForList("""
                    SELECT c.display_value FROM hotline_channel c JOIN hotline h ON h.id = c.hotline_id
                    WHERE h.slug = 'hsi-tip-line' ORDER BY c.position""", String.class));
    }

    @Test
    void shouldAnswerAnUnknownSlugAsANotFoundRecord() {
        assertThatThrownBy(() -> readModel.snapshot().programs().page("no-such-program"))
            .isInstanceOf(RecordNotFoundException.class)
            .hasMessageContaining("no-such-program");
    }

    private List<String> slugs(String table) {
        return jdbc.queryForList("SELECT slug FROM " + table, String.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

}
