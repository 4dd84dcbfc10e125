package org.antitrafficking.directory.opendata.openreferral;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.ChannelKind;
import org.antitrafficking.directory.readmodel.DataVersion;
import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.HandlerRole;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.HotlineOperatorRole;
import org.antitrafficking.directory.readmodel.LawEnforcementSharing;
import org.antitrafficking.directory.readmodel.OperatorRole;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.ReliefCard;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import org.antitrafficking.directory.readmodel.WorkFunction;

import org.springframework.context.MessageSource;

/**
 * How the directory maps onto HSDS 3.0 (the README's table says the same in prose).
 * Identifiers are name-based UUIDs of each record's kind and slug, so they stay the same
 * from one data version to the next. The database keeps no history of single records,
 * only a data version that every change moves, so every record's last change is given as
 * that version's time: on or after its own last change.
 */
final class OpenReferralMapping {

    static final String FUNCTIONS_TAXONOMY_ID = uuid("taxonomy", "functions");

    static final String LAW_ENFORCEMENT_TAXONOMY_ID = uuid("taxonomy", "law-enforcement");

    private static final String EVERY_DAY = "MO,TU,WE,TH,FR,SA,SU";

    private static final String ROUND_THE_CLOCK = "24/7";

    private final DirectorySnapshot snapshot;

    private final MessageSource messages;

    private final OpenReferralData.Builder rows;

    private final String lastModified;

    private final String lastChangeDate;

    private OpenReferralMapping(DirectorySnapshot snapshot, MessageSource messages) {
        this.snapshot = snapshot;
        this.messages = messages;
        DataVersion version = snapshot.version();
        this.rows = OpenReferralData.builder(version);
        this.lastModified = version.changedAt().truncatedTo(ChronoUnit.SECONDS).toString();
        this.lastChangeDate = LocalDate.ofInstant(version.changedAt(), ZoneOffset.UTC).toString();
    }

    /**
     * The directory of {@code snapshot} as Open Referral records, with texts in the
     * site's language.
     */
    static OpenReferralData map(DirectorySnapshot snapshot, MessageSource messages) {
        return new OpenReferralMapping(snapshot, messages).map();
    }

    private OpenReferralData map() {
        functions();
        lawEnforcement();
        organizations();
        programs();
        snapshot.hotlines().all().forEach(this::hotline);
        snapshot.reliefTypes().all().forEach(this::relief);
        return rows.build();
    }

    private void functions() {
        rows.taxonomies.add(new Hsds.Taxonomy(FUNCTIONS_TAXONOMY_ID, text("openreferral.taxonomy.name"),
                text("openreferral.taxonomy.description")));
        for (WorkFunction function : WorkFunction.values()) {
            String about = text("function." + function.slug() + ".about");
            rows.taxonomyTerms.add(new Hsds.TaxonomyTerm(termId(function), function.slug(), function.label(),
                    about.substring(0, 1).toUpperCase(Locale.ROOT) + about.substring(1), "en", FUNCTIONS_TAXONOMY_ID));
        }
    }

    /**
     * Whether what a caller tells a line reaches law enforcement, as terms the hotlines'
     * attributes name.
     */
    private void lawEnforcement() {
        rows.taxonomies.add(new Hsds.Taxonomy(LAW_ENFORCEMENT_TAXONOMY_ID, text("openreferral.law-enforcement.name"),
                text("openreferral.law-enforcement.description")));
        for (LawEnforcementSharing sharing : LawEnforcementSharing.values()) {
            rows.taxonomyTerms.add(new Hsds.TaxonomyTerm(termId(sharing), "law-enforcement-" + sharing.slug(),
                    text("openreferral.law-enforcement." + sharing.slug()),
                    text("openreferral.law-enforcement." + sharing.slug() + ".description"), "en",
                    LAW_ENFORCEMENT_TAXONOMY_ID));
        }
    }

    private void organizations() {
        for (DepartmentPage department : snapshot.departments().allPages()) {
            organization(department.link(), department.description(), department.website(), null, List.of());
        }
        for (AgencyPage agency : snapshot.agencies().allPages()) {
            organization(agency.link(), agency.description(), agency.website(), id(agency.parent()),
                    agency.functions());
        }
        for (TaskForcePage taskForce : snapshot.taskForces().allPages()) {
            organization(taskForce.link(), taskForce.description(), taskForce.website(), null, taskForce.functions());
        }
    }

    private void organization(RecordLink link, String description, String website, String parentId,
            List<WorkFunction> functions) {
        String id = id(link);
        rows.organizations.add(new Hsds.Organization(id, link.name(), link.acronym(), description, website, parentId));
        tag(id, "organization", functions);
        changed(id, "organization");
    }

    private void programs() {
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
            tag(id, "program", program.functions());
            changed(id, "program");
        }
    }

    /**
     * A line, as a service at a virtual location; 911 has no federal organization and is
     * left out.
     */
    private void hotline(HotlineCard hotline) {
        if (hotline.operator() == null) {
            return;
        }
        String id = id(hotline.link());
        String slug = hotline.link().slug();
        String organizationId = id(hotline.operator());
        service(new Hsds.Service(id, organizationId, hotline.link().name(), null, hotline.description(),
                hotline.website(), "active", hotline.languages(), null, hotline.audience(), lastModified));
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
                hotline.link().name(), text("openreferral.location.description")));
        rows.serviceAtLocations.add(new Hsds.ServiceAtLocation(uuid("service_at_location", slug), id, locationId));
        if (hotline.operatorRole() == HotlineOperatorRole.FUNDS) {
            rows.funding.add(new Hsds.Funding(uuid("funding", slug), id,
                    text("openreferral.funding.source", hotline.operator().label())));
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
    private void relief(ReliefCard relief) {
        service(new Hsds.Service(id(relief.link()), id(administratorOf(relief)), relief.link().name(),
                relief.shortName(), relief.description() + " " + text("relief.not-legal-advice"), relief.website(),
                "active", null, relief.requestedBy(), relief.eligibility(), lastModified));
    }

    /** Every service is federal, so open across the country. */
    private void service(Hsds.Service service) {
        rows.services.add(service);
        rows.serviceAreas.add(new Hsds.ServiceArea(uuid("service_area", service.id()), service.id(),
                text("openreferral.service-area.name"), text("openreferral.service-area.description")));
        changed(service.id(), "service");
    }

    private void tag(String id, String entity, List<WorkFunction> functions) {
        for (WorkFunction function : functions) {
            String termId = termId(function);
            rows.attributes
                .add(new Hsds.Attribute(uuid("attribute", id + "/" + termId), id, termId, "function", entity, null));
        }
    }

    private void changed(String id, String type) {
        long version = snapshot.version().number();
        rows.metadata.add(new Hsds.Metadata(uuid("metadata", id), id, type, lastChangeDate, "update", "data_version",
                Long.toString(version - 1), Long.toString(version), text("site.name")));
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

    private static Optional<String> phoneType(ChannelKind kind) {
        return switch (kind) {
            case VOICE -> Optional.of("voice");
            case TEXT -> Optional.of("text");
            case TTY -> Optional.of("textphone");
            case CHAT, ONLINE_FORM -> Optional.empty();
        };
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    static String termId(WorkFunction function) {
        return uuid(RecordKind.FUNCTION.slug(), function.slug());
    }

    static String termId(LawEnforcementSharing sharing) {
        return uuid("law-enforcement", sharing.slug());
    }

    static String id(RecordLink record) {
        return uuid(record.kind().slug(), record.slug());
    }

    private static String uuid(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

}
