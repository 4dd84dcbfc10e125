package org.antitrafficking.directory.readmodel.load;

import java.util.List;

import org.antitrafficking.directory.readmodel.Citation;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.LawEnforcementSharing;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ChannelRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HotlineRow;

import static org.antitrafficking.directory.readmodel.load.Rows.ordered;

/**
 * Hotlines as cards: who runs each, what a caller is told, and every way to reach it with
 * the link a phone can dial.
 */
final class HotlineAssembler {

    private static final List<String> PURPOSES = List.of("emergency", "get-help", "report-tip", "check-case");

    private final Links links;

    private final Groups groups;

    HotlineAssembler(Links links, Groups groups) {
        this.links = links;
        this.groups = groups;
    }

    HotlineCard card(HotlineRow row) {
        RecordLink operator = (row.componentId() != null) ? links.components.get(row.componentId())
                : (row.departmentId() != null) ? links.departments.get(row.departmentId()) : null;
        return new HotlineCard(links.hotlines.get(row.id()), row.description(), ordered(row.purposes(), PURPOSES),
                operator, row.operatorRole(), row.audience(), row.hours(), row.languages(), lawEnforcement(row),
                row.anonymousTips(), row.confidential(), row.website(),
                groups.channelsByHotline.getOrDefault(row.id(), List.of()).stream().map(this::channel).toList());
    }

    private HotlineCard.LawEnforcement lawEnforcement(HotlineRow row) {
        if (row.lawEnforcementSharing() == null) {
            return null;
        }
        Citation source = links.citations.get(row.lawEnforcementSourceId());
        return new HotlineCard.LawEnforcement(
                Slugs.fromDatabase(LawEnforcementSharing.class, row.lawEnforcementSharing()), row.lawEnforcementNote(),
                source.slug(), source.title());
    }

    private HotlineCard.Channel channel(ChannelRow row) {
        String href = switch (row.kind()) {
            case "voice", "tty" -> "tel:" + row.dial();
            case "text" -> "sms:" + row.dial();
            default -> row.url();
        };
        Citation source = links.citations.get(row.sourceId());
        return new HotlineCard.Channel(row.position(), row.kind(), row.displayValue(), href, row.instructions(),
                source.slug(), source.title());
    }

}
