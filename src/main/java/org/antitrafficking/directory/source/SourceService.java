package org.antitrafficking.directory.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.web.RecordKind;
import org.antitrafficking.directory.web.RecordLink;
import org.antitrafficking.directory.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class SourceService {

    private final SourceRepository sources;
    private final CitingRecords citingRecords;

    SourceService(SourceRepository sources, CitingRecords citingRecords) {
        this.sources = sources;
        this.citingRecords = citingRecords;
    }

    public List<SourcePage> all() {
        return sources.findAllByOrderByPosition().stream().map(this::page).toList();
    }

    public SourcePage page(String slug) {
        return page(sources.findBySlug(slug).orElseThrow(() -> RecordNotFoundException.forSlug(RecordKind.SOURCE, slug)));
    }

    private SourcePage page(Source source) {
        Map<RecordKind, List<RecordLink>> byKind = new LinkedHashMap<>();
        for (RecordLink record : citingRecords.of(source)) {
            byKind.computeIfAbsent(record.kind(), kind -> new ArrayList<>()).add(record);
        }
        return new SourcePage(Citation.of(source), source.getSummary(), byKind.entrySet().stream()
            .map(entry -> new SourcePage.Group(entry.getKey(), List.copyOf(entry.getValue())))
            .toList());
    }
}
