package org.antitrafficking.directory.agency;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.antitrafficking.directory.web.RecordLink;
import org.antitrafficking.directory.system.SlugEnumConverter;

/** A component and the units inside it, as a tree. */
@Schema(description = "A component and, nested, the units inside it.")
public record AgencyNode(RecordLink link, String kind, List<AgencyNode> children) {

    /** The trees below the given components, each level in name order. */
    public static List<AgencyNode> forest(Collection<Agency> agencies) {
        return agencies.stream()
            .sorted(Comparator.comparing(Agency::getName))
            .map(agency -> new AgencyNode(agency.link(), SlugEnumConverter.slugOf(agency.getKind()),
                    forest(agency.getChildren())))
            .toList();
    }
}
