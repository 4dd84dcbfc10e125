package org.antitrafficking.directory.readmodel.load;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ProgramSummary;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.RecordSet;
import org.antitrafficking.directory.readmodel.WorkFunction;
import org.antitrafficking.directory.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random edits on a database of its own, each committed as an editor's or an operator's
 * would be: after each, the snapshot built from the last one must be exactly the snapshot
 * a full build gives (every page, list, count, history, the programs' filters, search
 * results and spelling, the data version the ETags come from), and edits of programs'
 * texts must be patched, the others built in full.
 */
@Tag("slow")
class SnapshotPatcherTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static TestDatabase.Connection database;

    private static DriverManagerDataSource dataSource;

    private static JdbcClient jdbc;

    private final Random random = new Random(14);

    private final Set<String> searched = new LinkedHashSet<>(List.of("trafficking", "visa", "ice", "hotline", "t"));

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.createDatabase("directory_patch");
        dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterAll
    static void dropDatabase() {
        TestDatabase.drop(database);
    }

    @Test
    void shouldBuildFromTheLastSnapshotExactlyWhatAFullBuildGives() {
        SnapshotBuilder builder = new SnapshotBuilder(new SnapshotLoader(jdbc, dataSource));
        DirectorySnapshot current = builder.build();
        List<Long> programs = jdbc.sql("SELECT id FROM program ORDER BY id").query(Long.class).list();
        int patched = 0;
        for (int round = 0; round < 60; round++) {
            int kind = random.nextInt(10);
            boolean patchable = kind < 7;
            switch (kind) {
                case 0, 1, 2 -> {
                    for (int i = 0; i <= random.nextInt(3); i++) {
                        editDescription(pick(programs), true);
                    }
                }
                case 3 -> editDescription(pick(programs), false);
                case 4 -> jdbc.sql("UPDATE program SET website = :website, source_note = :note WHERE id = :id")
                    .param("website", random.nextBoolean() ? null : "https://example.gov/" + random.nextInt(1000))
                    .param("note", random.nextBoolean() ? null : text())
                    .param("id", pick(programs))
                    .update();
                case 5 -> jdbc.sql("""
                        INSERT INTO record_check (record_kind, record_id, source_id, editor)
                        SELECT 'program', :id, min(source_id), 'test' FROM program_source WHERE program_id = :id""")
                    .param("id", pick(programs))
                    .update();
                case 6 -> jdbc.sql("UPDATE program SET description = description WHERE id = :id")
                    .param("id", pick(programs))
                    .update();
                case 7 -> jdbc.sql("UPDATE program SET name = name || ' renamed' WHERE id = :id")
                    .param("id", pick(programs))
                    .update();
                case 8 -> jdbc.sql("UPDATE hotline SET description = description || ' Again.' WHERE id = "
                        + "(SELECT min(id) FROM hotline)")
                    .update();
                default -> jdbc.sql("""
                        DELETE FROM program_function WHERE (program_id, function_slug) =
                        (SELECT program_id, function_slug FROM program_function ORDER BY program_id LIMIT 1)""")
                    .update();
            }
            DirectorySnapshot next = builder.patch(current);
            if (patchable) {
                assertThat(next).as("round %d: an edit of programs' texts is patched", round).isNotNull();
                patched++;
            }
            else {
                assertThat(next).as("round %d: an edit beyond programs' texts is built in full", round).isNull();
                next = builder.build();
            }
            DirectorySnapshot full = new SnapshotBuilder(new SnapshotLoader(jdbc, dataSource)).build();
            assertSame(next, full);
            current = next;
        }
        assertThat(patched).isGreaterThan(30);
    }

    /** Sets a new description, with words new to the directory, and its revision. */
    private void editDescription(long program, boolean withRevision) {
        String description = text();
        searched.addAll(words(description));
        String before = jdbc.sql("SELECT description FROM program WHERE id = :id")
            .param("id", program)
            .query(String.class)
            .single();
        searched.addAll(words(before).stream().limit(5).toList());
        jdbc.sql("UPDATE program SET description = :description WHERE id = :id")
            .param("description", description)
            .param("id", program)
            .update();
        if (withRevision && !description.equals(before)) {
            jdbc.sql("""
                    INSERT INTO revision (edit_id, record_kind, record_id, field, value_before, value_after, reason,
                                          source_id, editor)
                    SELECT nextval('revision_edit_id_seq'), 'program', :id, 'description', :before, :after, 'test',
                           min(source_id), 'test' FROM program_source WHERE program_id = :id""")
                .param("id", program)
                .param("before", before)
                .param("after", description)
                .update();
        }
    }

    private String text() {
        String[] known = { "trafficking", "victims", "visa", "labor", "hotline", "training", "Blue", "a", "T", "naïve",
                "Café" };
        List<String> words = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(12); i++) {
            words.add(random.nextBoolean() ? known[random.nextInt(known.length)]
                    : "zq" + Integer.toString(random.nextInt(50), 36) + "word");
        }
        return String.join(" ", words) + ".";
    }

    private long pick(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static List<String> words(String text) {
        return WORD.matcher(text).results().map(match -> match.group().toLowerCase(Locale.ROOT)).toList();
    }

    private void assertSame(DirectorySnapshot patched, DirectorySnapshot full) {
        assertThat(patched.version()).isEqualTo(full.version());
        assertThat(patched.counts()).isEqualTo(full.counts());
        assertSameSet(patched.departments(), full.departments());
        assertSameSet(patched.agencies(), full.agencies());
        assertSameSet(patched.programs(), full.programs());
        assertSameSet(patched.taskForces(), full.taskForces());
        assertSameSet(patched.hotlines(), full.hotlines());
        assertSameSet(patched.reliefTypes(), full.reliefTypes());
        assertSameSet(patched.sources(), full.sources());
        assertThat(patched.translations()).as("the Spanish that translates the current English")
            .isEqualTo(full.translations());
        assertThat(patched.departmentGroups()).isEqualTo(full.departmentGroups());
        assertThat(patched.agencyTrees()).isEqualTo(full.agencyTrees());
        assertThat(patched.programDepartments()).isEqualTo(full.programDepartments());
        assertThat(patched.functions()).isEqualTo(full.functions());
        assertThat(patched.featuredHotlines()).isEqualTo(full.featuredHotlines());
        assertThat(patched.allRecords()).isEqualTo(full.allRecords());
        assertThat(patched.retired().size()).isEqualTo(full.retired().size());
        for (Set<WorkFunction> functions : functionChoices()) {
            assertThat(patched.agencyFunctions().matching(functions))
                .isEqualTo(full.agencyFunctions().matching(functions));
            assertThat(patched.taskForceFunctions().matching(functions))
                .isEqualTo(full.taskForceFunctions().matching(functions));
            for (String department : departments(full)) {
                for (String kind : kinds(full)) {
                    BitSet matching = full.programIndex().matching(functions, department, kind);
                    assertThat(patched.programIndex().matching(functions, department, kind)).isEqualTo(matching);
                    assertThat(patched.programIndex().page(matching, 0, 1000))
                        .isEqualTo(full.programIndex().page(matching, 0, 1000));
                }
            }
        }
        assertThat(patched.histories().recent()).isEqualTo(full.histories().recent());
        for (RecordLink record : full.allRecords()) {
            assertThat(patched.histories().of(record)).as(record.slug()).isEqualTo(full.histories().of(record));
        }
        assertThat(patched.search().size()).isEqualTo(full.search().size());
        for (String word : searched) {
            List<String> query = List.of(word);
            assertThat(patched.search().find(query)).as(word).isEqualTo(full.search().find(query));
            for (RecordKind kind : RecordKind.values()) {
                assertThat(patched.search().positionsMatching(kind, query))
                    .isEqualTo(full.search().positionsMatching(kind, query));
            }
            assertThat(patched.search().isKnownWord(word)).as(word).isEqualTo(full.search().isKnownWord(word));
            String misspelt = word.substring(0, word.length() / 2 + 1) + "x";
            assertThat(patched.search().closestWord(misspelt)).as(misspelt)
                .isEqualTo(full.search().closestWord(misspelt));
            String prefix = word.substring(0, Math.min(word.length(), 3));
            assertThat(patched.search().find(List.of(prefix, "trafficking")))
                .isEqualTo(full.search().find(List.of(prefix, "trafficking")));
        }
    }

    private static <S, P> void assertSameSet(RecordSet<S, P> patched, RecordSet<S, P> full) {
        assertThat(patched.all()).isEqualTo(full.all());
        assertThat(List.copyOf(patched.pages().keySet())).isEqualTo(List.copyOf(full.pages().keySet()));
        full.pages().forEach((slug, page) -> assertThat(patched.pages().get(slug)).as(slug).isEqualTo(page));
    }

    private static List<Set<WorkFunction>> functionChoices() {
        List<Set<WorkFunction>> choices = new ArrayList<>();
        choices.add(Set.of());
        for (WorkFunction function : WorkFunction.values()) {
            choices.add(EnumSet.of(function));
        }
        choices.add(EnumSet.allOf(WorkFunction.class));
        return choices;
    }

    private static List<String> departments(DirectorySnapshot snapshot) {
        List<String> departments = new ArrayList<>();
        departments.add(null);
        snapshot.programDepartments().offered().forEach(department -> departments.add(department.slug()));
        return departments;
    }

    private static List<String> kinds(DirectorySnapshot snapshot) {
        return Stream
            .concat(Stream.of((String) null),
                    snapshot.programs().all().stream().map(ProgramSummary::kind).distinct().sorted())
            .collect(Collectors.toList());
    }

}
