package org.antitrafficking.directory.hotline;

import java.util.List;

import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.HotlinePurpose;
import org.antitrafficking.directory.readmodel.InvalidRequestException;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.web.VisitorText;

import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/** The hotlines, and those for one purpose, from the read model. */
@Service
class HotlineService {

    /** What a line can be for, in the order the filter offers them. */
    static final List<HotlinePurpose> PURPOSES = List.of(HotlinePurpose.values());

    private final ReadModel directory;

    HotlineService(ReadModel directory) {
        this.directory = directory;
    }

    /** Every line, in the directory's order: the emergency line first. */
    List<HotlineCard> all() {
        return directory.snapshot().hotlines().all();
    }

    /**
     * The lines for one purpose, such as {@code report-tip}; every line if
     * {@code purpose} is blank. An unknown purpose is refused.
     */
    List<HotlineCard> forPurpose(String purpose) {
        if (!StringUtils.hasText(purpose)) {
            return all();
        }
        HotlinePurpose wanted = Slugs.parse(HotlinePurpose.class, purpose.strip())
            .orElseThrow(() -> new InvalidRequestException("hotlines.invalid.purpose", VisitorText.echo(purpose)));
        return all().stream().filter(line -> line.purposes().contains(wanted)).toList();
    }

}
