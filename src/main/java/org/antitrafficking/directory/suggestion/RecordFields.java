package org.antitrafficking.directory.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.NotFoundException;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.RecordKind;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.ReliefCard;
import org.antitrafficking.directory.readmodel.Slugs;
import org.antitrafficking.directory.readmodel.SourcePage;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The facts of each record a visitor can point at, with the values its page shows today,
 * read from the read model: a form costs no query. Values the page shows as words (a
 * kind, a yes or no) are given in those words, as the visitor saw them.
 */
@Component
class RecordFields {

    private final ReadModel directory;

    private final MessageSource messages;

    RecordFields(ReadModel directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    /**
     * The record of that kind and slug with its fields; a 404 for a kind that takes no
     * suggestions or a record that does not exist.
     */
    SuggestedRecord find(String kindSlug, String slug, Locale locale) {
        RecordKind kind = Slugs.parse(RecordKind.class, kindSlug)
            .filter(found -> found != RecordKind.FUNCTION)
            .orElseThrow(() -> new NotFoundException("error.404.text"));
        DirectorySnapshot snapshot = directory.snapshot();
        Fields fields = new Fields(locale);
        RecordLink link = switch (kind) {
            case DEPARTMENT -> department(snapshot.departments().page(slug), fields);
            case AGENCY -> agency(snapshot.agencies().page(slug), fields);
            case PROGRAM -> program(snapshot.programs().page(slug), fields);
            case TASK_FORCE -> taskForce(snapshot.taskForces().page(slug), fields);
            case HOTLINE -> hotline(snapshot.hotlines().page(slug).card(), fields);
            case RELIEF_TYPE -> relief(snapshot.reliefTypes().page(slug).card(), fields);
            case SOURCE -> source(snapshot.sources().page(slug), fields);
            case FUNCTION -> throw new IllegalStateException("left out above");
        };
        return new SuggestedRecord(link, fields.list);
    }

    private static RecordLink department(DepartmentPage page, Fields fields) {
        fields.names(page.link()).word("kind", "department.kind." + page.kind().slug());
        fields.add("description", page.description()).add("website", page.website());
        return page.link();
    }

    private static RecordLink agency(AgencyPage page, Fields fields) {
        fields.names(page.link()).word("kind", "agency.kind." + page.kind());
        fields.add("description", page.description()).add("website", page.website());
        fields.add("parent", page.parent().label());
        return page.link();
    }

    private static RecordLink program(ProgramPage page, Fields fields) {
        fields.names(page.link()).word("kind", "program.kind." + page.kind());
        fields.add("description", page.description()).add("website", page.website());
        fields.add("department", label(page.department())).add("task-force", label(page.taskForce()));
        fields.add("parent", label(page.partOf()));
        return page.link();
    }

    private RecordLink taskForce(TaskForcePage page, Fields fields) {
        fields.names(page.link()).word("kind", "task-force.kind." + page.kind());
        fields.add("description", page.description()).add("website", page.website());
        fields.add("scope",
                page.scopes()
                    .stream()
                    .map(scope -> text("task-force.scope." + scope.slug(), fields.locale))
                    .collect(Collectors.joining(", ")));
        fields.add("other-participants", page.otherParticipants());
        return page.link();
    }

    private RecordLink hotline(HotlineCard card, Fields fields) {
        fields.add("name", card.link().name()).add("description", card.description());
        for (HotlineCard.Channel channel : card.channels()) {
            fields.list.add(new Field("channel-" + channel.position() + "-value", text("suggest.field.channel",
                    fields.locale, text("hotline.channel." + channel.kind().slug(), fields.locale)), channel.value()));
        }
        fields.add("operator", label(card.operator()));
        fields.add("audience", card.audience()).add("hours", card.hours()).add("languages", card.languages());
        HotlineCard.LawEnforcement sharing = card.lawEnforcement();
        fields.add("law-enforcement", (sharing == null) ? null : lawEnforcement(sharing, fields.locale));
        fields.yesNo("anonymous-tips", card.anonymousTips(), "hotline.anonymous");
        fields.yesNo("confidential", card.confidential(), "hotline.confidential");
        fields.add("website", card.website());
        return card.link();
    }

    private String lawEnforcement(HotlineCard.LawEnforcement sharing, Locale locale) {
        String answer = text("hotline.law-enforcement." + sharing.sharing().slug(), locale);
        return (sharing.note() == null || sharing.note().isBlank()) ? answer : answer + " " + sharing.note();
    }

    private static RecordLink relief(ReliefCard card, Fields fields) {
        fields.add("name", card.link().name()).add("short-name", card.shortName());
        fields.add("description", card.description()).add("eligibility", card.eligibility());
        fields.add("requested-by", card.requestedBy()).add("application-form", card.applicationForm());
        fields.add("provides", card.provides()).add("annual-limit", card.annualLimit());
        fields.add("website", card.website());
        return card.link();
    }

    private static RecordLink source(SourcePage page, Fields fields) {
        fields.add("title", page.citation().title()).add("publisher", page.citation().publisher());
        fields.add("date-label", page.citation().dateLabel()).add("summary", page.summary());
        return new RecordLink(RecordKind.SOURCE, page.citation().slug(), page.citation().title(), null);
    }

    private static @Nullable String label(@Nullable RecordLink link) {
        return (link != null) ? link.label() : null;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The fields of one record, in the order its page shows them. */
    private final class Fields {

        private final List<Field> list = new ArrayList<>();

        private final Locale locale;

        Fields(Locale locale) {
            this.locale = locale;
        }

        Fields add(String name, @Nullable String value) {
            list.add(new Field(name, text("suggest.field." + name, locale), value));
            return this;
        }

        Fields names(RecordLink link) {
            return add("name", link.name()).add("acronym", link.acronym());
        }

        Fields word(String name, String valueKey) {
            return add(name, text(valueKey, locale));
        }

        void yesNo(String name, @Nullable Boolean value, String valueKeys) {
            add(name, (value == null) ? null : text(valueKeys + (value ? ".yes" : ".no"), locale));
        }

    }

}
