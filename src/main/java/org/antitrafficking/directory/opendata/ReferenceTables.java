package org.antitrafficking.directory.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.FigureView;
import org.antitrafficking.directory.readmodel.FunctionPage;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.SourcePage;

/**
 * The tables that cut across the kinds of record: the figures the records quote, the
 * sources they cite, and who does which function.
 */
final class ReferenceTables {

    private ReferenceTables() {
    }

    static CsvTable figures(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("figures", "record_kind", "record", "value", "label", "source");
        Map<RecordLink, List<FigureView>> byRecord = new LinkedHashMap<>();
        snapshot.departments().allPages().forEach(page -> byRecord.put(page.link(), page.figures()));
        snapshot.agencies().allPages().forEach(page -> byRecord.put(page.link(), page.figures()));
        snapshot.programs().allPages().forEach(page -> byRecord.put(page.link(), page.figures()));
        snapshot.taskForces().allPages().forEach(page -> byRecord.put(page.link(), page.figures()));
        byRecord.forEach((record, figures) -> figures.forEach(figure -> table.row(record.kind().slug(), record.slug(),
                figure.value(), figure.label(), figure.sourceSlug())));
        return table;
    }

    static CsvTable sources(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("sources", "slug", "title", "publisher", "date", "published_on", "kind",
                "summary");
        for (SourcePage source : snapshot.sources().all()) {
            table.row(source.citation().slug(), source.citation().title(), source.citation().publisher(),
                    source.citation().dateLabel(), source.citation().publishedOn(), source.citation().kind(),
                    source.summary());
        }
        return table;
    }

    /** Which agency, task force or program does which function: one row each. */
    static CsvTable functions(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("functions", "function", "record_kind", "record", "name");
        for (FunctionPage page : snapshot.functions()) {
            String function = page.function().slug();
            page.agencies()
                .forEach(agency -> table.row(function, agency.link().kind().slug(), agency.link().slug(),
                        agency.link().name()));
            page.taskForces()
                .forEach(taskForce -> table.row(function, taskForce.link().kind().slug(), taskForce.link().slug(),
                        taskForce.link().name()));
            page.programs()
                .forEach(program -> table.row(function, program.link().kind().slug(), program.link().slug(),
                        program.link().name()));
        }
        return table;
    }

}
