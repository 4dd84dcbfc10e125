package org.antitrafficking.directory.opendata.openreferral;

import java.util.Optional;

import org.antitrafficking.directory.readmodel.ChannelKind;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.HandlerRole;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.HotlineOperatorRole;
import org.antitrafficking.directory.readmodel.OperatorRole;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.ReliefCard;

import static org.antitrafficking.directory.opendata.openreferral.OpenReferralIds.id;
import static org.antitrafficking.directory.opendata.openreferral.OpenReferralIds.termId;
import static org.antitrafficking.directory.opendata.openreferral.OpenReferralIds.uuid;

/**
 * What the organizations run or offer: programs as HSDS programs, and hotlines and forms
 * of immigration relief as services, with what HSDS nests in a service.
 */
final class ServiceMapping {

    private static final String EVERY_DAY = "MO,TU,WE,TH,FR,SA,SU";

    private static final String ROUND_THE_CLOCK = "24/7";

    private final MappingContext context;

    private final OpenReferralRows rows;

    ServiceMapping(MappingContext context) {
        this.context = context;
        this.rows = context.rows();
    }

    void programs(DirectorySnapshot snapshot) {
        for (ProgramPage program : snapshot.programs().allPages()) {
            RecordLink organization = organizationOf(program);
            if (organization == null) {
                // HSDS gives every program one organization; a plan of several
                // departments has none.
                continue;
            }
            String id = id(program.link());
            rows.programs.add(new Hsds.Program(id, id(organization), program.link().name(), program.link().acronym(),
                    program.description()));
            context.tag(id, "program", program.functions());
            context.changed(id, "program", program.link());
        }
    }

    /**
     * A line, as a service at a virtual location; 911 has no federal organization and is
     * left out.
     */
    void hotline(HotlineCard hotline) {
        if (hotline.operator() == null) {
            return;
        }
        String id = id(hotline.link());
        String slug = hotline.link().slug();
        String organizationId = id(hotline.operator());
        service(new Hsds.Service(id, organizationId, hotline.link().name(), null, hotline.description(),
                hotline.website(), "active", hotline.languages(), null, hotline.audience(),
                context.assuredDate(hotline.link()), context.lastModified(hotline.link())), hotline.link());
        for (HotlineCard.Channel channel : hotline.channels()) {
            Optional<String> type = phoneType(channel.kind());
            if (type.isPresent()) {
                // By the channel's position in the data, so a phone keeps its id when
                // another is removed.
                String phoneId = uuid("phone", slug + "/" + channel.position());
                rows.phones.add(new Hsds.Phone(phoneId, id, channel.value(), type.get(), channel.instructions()));
                // The sources give a line's interpreters for calls, not for its text line
                // or TTY.
                if (hotline.languages() != null && channel.kind() == ChannelKind.VOICE) {
                    rows.languages.add(new Hsds.Language(uuid("language", phoneId), id, phoneId, hotline.languages()));
                }
            }
        }
        if (ROUND_THE_CLOCK.equals(hotline.hours())) {
            rows.schedules.add(new Hsds.Schedule(uuid("schedule", slug), id, "WEEKLY", EVERY_DAY, hotline.hours(),
                    "00:00:00", "23:59:59"));
        }
        String locationId = uuid("location", slug);
        rows.locations.add(new Hsds.Location(locationId, "virtual", onlineAddress(hotline).orElse(null), organizationId,
                hotline.link().name(), context.text("openreferral.location.description")));
        rows.serviceAtLocations.add(new Hsds.ServiceAtLocation(uuid("service_at_location", slug), id, locationId));
        if (hotline.operatorRole() == HotlineOperatorRole.FUNDS) {
            rows.funding.add(new Hsds.Funding(uuid("funding", slug), id,
                    context.text("openreferral.funding.source", hotline.operator().label())));
        }
        HotlineCard.LawEnforcement lawEnforcement = hotline.lawEnforcement();
        if (lawEnforcement != null) {
            String termId = termId(lawEnforcement.sharing());
            rows.attributes.add(new Hsds.Attribute(uuid("attribute", id + "/" + termId), id, termId, "law_enforcement",
                    "service", lawEnforcement.note()));
        }
    }

    /**
     * A form of relief, whose description ends, as its pages do, by saying it is no legal
     * advice.
     */
    void relief(ReliefCard relief) {
        service(new Hsds.Service(id(relief.link()), id(administratorOf(relief)), relief.link().name(),
                relief.shortName(), relief.description() + " " + context.text("relief.not-legal-advice"),
                relief.website(), "active", null, relief.requestedBy(), relief.eligibility(),
                context.assuredDate(relief.link()), context.lastModified(relief.link())), relief.link());
    }

    /** Every service is federal, so open across the country. */
    private void service(Hsds.Service service, RecordLink record) {
        rows.services.add(service);
        rows.serviceAreas.add(new Hsds.ServiceArea(uuid("service_area", service.id()), service.id(),
                context.text("openreferral.service-area.name"), context.text("openreferral.service-area.description")));
        context.changed(service.id(), "service", record);
    }

    /**
     * The component that runs the program, or else its department, or else its
     * coordination body; null for a plan of several departments.
     */
    private static RecordLink organizationOf(ProgramPage program) {
        return program.operators()
            .stream()
            .filter(operator -> operator.role() == OperatorRole.RUNS)
            .map(ProgramPage.Operator::agency)
            .findFirst()
            .orElse((program.department() != null) ? program.department() : program.taskForce());
    }

    private static RecordLink administratorOf(ReliefCard relief) {
        return relief.handlers()
            .stream()
            .filter(handler -> handler.role() == HandlerRole.ADMINISTERS)
            .map(ReliefCard.Handler::agency)
            .findFirst()
            .orElse(relief.department());
    }

    /** The line's website, or else the address of its chat or online form. */
    private static Optional<String> onlineAddress(HotlineCard hotline) {
        if (hotline.website() != null) {
            return Optional.of(hotline.website());
        }
        return hotline.channels()
            .stream()
            .map(HotlineCard.Channel::href)
            .filter(href -> href.startsWith("https:"))
            .findFirst();
    }

    /** The HSDS phone type of a channel; none for a channel that is not dialled. */
    static Optional<String> phoneType(ChannelKind kind) {
        return switch (kind) {
            case VOICE -> Optional.of("voice");
            case TEXT -> Optional.of("text");
            case TTY -> Optional.of("textphone");
            case CHAT, ONLINE_FORM -> Optional.empty();
        };
    }

}
