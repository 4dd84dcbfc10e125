package org.antitrafficking.directory.readmodel.load;

import java.util.List;

import org.antitrafficking.directory.readmodel.HandlerRole;
import org.antitrafficking.directory.readmodel.ReliefCard;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ReliefRow;

import static org.antitrafficking.directory.readmodel.load.Rows.value;

/** Forms of immigration relief as cards, with the offices that handle each and how. */
final class ReliefAssembler {

    private final Links links;

    private final Groups groups;

    ReliefAssembler(Links links, Groups groups) {
        this.links = links;
        this.groups = groups;
    }

    ReliefCard card(ReliefRow row) {
        return new ReliefCard(links.reliefTypes.get(row.id()), row.shortName(), row.description(),
                links.departments.get(row.departmentId()), row.eligibility(), row.requestedBy(), row.applicationForm(),
                row.provides(), row.annualLimit(), row.website(),
                groups.handlersByRelief.getOrDefault(row.id(), List.of())
                    .stream()
                    .map(handler -> new ReliefCard.Handler(links.components.get(handler.componentId()),
                            value(HandlerRole.class, handler.role())))
                    .toList());
    }

}
