package org.antitrafficking.directory.readmodel.load;

import java.util.List;

import org.antitrafficking.directory.readmodel.ChannelKind;
import org.antitrafficking.directory.readmodel.Citation;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.HotlineOperatorRole;
import org.antitrafficking.directory.readmodel.HotlinePurpose;
import org.antitrafficking.directory.readmodel.LawEnforcementSharing;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.ChannelRow;
import org.antitrafficking.directory.readmodel.load.DirectoryRows.HotlineRow;

import static org.antitrafficking.directory.readmodel.load.Rows.value;
import static org.antitrafficking.directory.readmodel.load.Rows.values;

/**
 * Hotlines as cards: who runs each, what a caller is told, and every way to reach it with
 * the link a phone can dial.
 */
final class HotlineAssembler {

    private final Links links;

    private final Groups groups;

    HotlineAssembler(Links links, Groups groups) {
        this.links = links;
        this.groups = groups;
    }

    HotlineCard card(HotlineRow row) {
        RecordLink operator = (row.componentId() != null) ? links.components.get(row.componentId())
                : (row.departmentId() != null) ? links.departments.get(row.departmentId()) : null;
        return new HotlineCard(links.hotlines.get(row.id()), row.description(),
                values(HotlinePurpose.class, row.purposes()), operator,
                (row.operatorRole() != null) ? value(HotlineOperatorRole.class, row.operatorRole()) : null,
                row.audience(), row.hours(), row.languages(), lawEnforcement(row), row.anonymousTips(),
                row.confidential(), row.website(),
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
        ChannelKind kind = value(ChannelKind.class, row.kind());
        String href = switch (kind) {
            case VOICE, TTY -> "tel:" + row.dial();
            case TEXT -> "sms:" + row.dial();
            case CHAT, ONLINE_FORM -> row.url();
        };
        Citation source = links.citations.get(row.sourceId());
        return new HotlineCard.Channel(row.position(), kind, row.displayValue(), href, row.instructions(),
                source.slug(), source.title());
    }

}
