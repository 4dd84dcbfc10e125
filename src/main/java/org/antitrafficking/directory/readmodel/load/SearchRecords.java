package org.antitrafficking.directory.readmodel.load;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ChannelRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ProgramRow;
import org.antitrafficking.directory.readmodel.search.SearchIndex;

import static org.antitrafficking.directory.readmodel.load.Rows.join;

/**
 * Every record's texts for the search index, weighted as the site's search always has:
 * names and acronyms first, then the description, then everything else a visitor might
 * type (notes, audiences, numbers). Each kind is added in the order of its list, so the
 * index can name matches by their place in that list.
 */
final class SearchRecords {

    private static final String RELIEF_KIND = "Immigration relief";

    private SearchRecords() {
    }

    /**
     * A program's new texts in place of its old ones, added as {@link #index} adds them;
     * its name and acronym are the same.
     */
    static SearchIndex.Replacement program(RecordLink link, ProgramRow before, ProgramRow after) {
        return new SearchIndex.Replacement(link, programNames(after), before.description(), before.sourceNote(),
                after.description(), after.sourceNote());
    }

    private static String programNames(ProgramRow row) {
        return join(row.name(), row.acronym());
    }

    static SearchIndex index(Ordered rows, Links links, Map<Long, List<ChannelRow>> channelsByHotline) {
        SearchIndex.Builder index = SearchIndex.builder();
        rows.departments()
            .forEach(row -> index.add(links.departments.get(row.id()), row.name(), join(row.name(), row.acronym()),
                    row.description(), row.sourceNote()));
        rows.components()
            .forEach(row -> index.add(links.components.get(row.id()), row.name(), join(row.name(), row.acronym()),
                    row.description(), row.sourceNote()));
        rows.programs()
            .forEach(row -> index.add(links.programs.get(row.id()), row.name(), programNames(row), row.description(),
                    row.sourceNote()));
        rows.taskForces()
            .forEach(row -> index.add(links.taskForces.get(row.id()), row.name(), join(row.name(), row.acronym()),
                    row.description(), join(row.otherParticipants(), row.sourceNote())));
        rows.hotlines()
            .forEach(row -> index
                .add(links.hotlines.get(row.id()), row.name(), row.name(), row.description(), join(Stream.concat(
                        Stream.of(row.audience(), row.languages(), row.sourceNote()),
                        channelsByHotline.getOrDefault(row.id(), List.of()).stream().map(ChannelRow::displayValue)))));
        // What every form of relief is, so that searching for "immigration relief" finds
        // them all.
        rows.reliefTypes()
            .forEach(row -> index.add(links.reliefTypes.get(row.id()), row.name(), join(row.name(), row.shortName()),
                    row.description(), join(RELIEF_KIND, row.eligibility(), row.requestedBy(), row.applicationForm(),
                            row.provides(), row.annualLimit(), row.sourceNote())));
        // A source's title names a document, not a service: it counts as other text, so
        // that "hotline" finds the hotline before the documents about it; the whole title
        // still finds the source first.
        rows.sources()
            .forEach(row -> index.add(new RecordLink(RecordKind.SOURCE, row.slug(), row.title(), null), row.title(),
                    null, row.summary(), join(row.title(), row.publisher())));
        return index.build();
    }

}
