package org.antitrafficking.directory.api;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import org.antitrafficking.directory.readmodel.AgencyNode;
import org.antitrafficking.directory.readmodel.AgencyPage;
import org.antitrafficking.directory.readmodel.AgencySummary;
import org.antitrafficking.directory.readmodel.Citation;
import org.antitrafficking.directory.readmodel.DepartmentPage;
import org.antitrafficking.directory.readmodel.DepartmentSummary;
import org.antitrafficking.directory.readmodel.FigureView;
import org.antitrafficking.directory.readmodel.FunctionPage;
import org.antitrafficking.directory.readmodel.Highlighted;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.HotlinePage;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.ProgramSummary;
import org.antitrafficking.directory.readmodel.Provenance;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.ReliefCard;
import org.antitrafficking.directory.readmodel.ReliefPage;
import org.antitrafficking.directory.readmodel.SearchHit;
import org.antitrafficking.directory.readmodel.SourcePage;
import org.antitrafficking.directory.readmodel.TaskForcePage;
import org.antitrafficking.directory.readmodel.TaskForceSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The OpenAPI descriptions of the read model's view records, kept here in the API layer
 * so that the read model knows nothing of OpenAPI. springdoc passes every type it
 * describes through this converter, which names and describes the schema the generator
 * makes for a listed record.
 */
@Component
class ApiSchemaDescriptions implements ModelConverter {

    private static final Map<Class<?>, DescribedSchema> DESCRIPTIONS = Map.ofEntries(
            Map.entry(RecordLink.class, DescribedSchema
                .of("A link to another record: its kind, slug and name, its page on the site and its API address.")
                .requiredProperty("kind", "hotline, department, agency, program, task-force, relief-type or source")
                .requiredProperty("slug", "The record's stable identifier in URLs")
                .requiredProperty("name", "The record's name")
                .property("acronym", "Its acronym or short name, where it has one")
                .requiredProperty("page", "The path of the record's page on the site")
                .requiredProperty("api", "The path of the record in the JSON API")),
            Map.entry(Citation.class,
                    DescribedSchema.of("A source as a record cites it: slug, title, publisher, "
                            + "how its date is known, and whether it is the supplementary contact record.")),
            Map.entry(Provenance.class,
                    DescribedSchema.of("The sources a record rests on, and a note where they disagree.")),
            Map.entry(FigureView.class, DescribedSchema
                .of("A figure a source gives (value, exactly as written), what it counts (label), and that source.")),
            Map.entry(DepartmentSummary.class,
                    DescribedSchema.of("A department or other federal body, as lists show it.")
                        .property("kind", "executive-department, executive-office or independent-agency")
                        .property("description", "What it does against trafficking, in the directory's words.")
                        .property("agencies", "How many of its agencies and offices the directory lists.")
                        .property("programs", "How many of its programs the directory lists.")),
            Map.entry(DepartmentPage.class,
                    DescribedSchema.of("A department with its components as a tree, programs, "
                            + "task forces, hotlines, forms of relief, figures and sources.")),
            Map.entry(AgencyNode.class, DescribedSchema.of("A component and, nested, the units inside it.")),
            Map.entry(AgencySummary.class,
                    DescribedSchema.of("An agency, office, unit or centre, as lists show it.")
                        .property("kind",
                                "agency, bureau, office, division, directorate, section, unit, center, "
                                        + "program-office or military-service")
                        .property("department", "The department it belongs to.")
                        .property("parent", "The component it sits in, if any.")
                        .property("functions", "The functions it is tagged with.")),
            Map.entry(AgencyPage.class,
                    DescribedSchema.of("A component with its place in its department (breadcrumbs "
                            + "from the department down), its units, programs, task forces, hotlines, forms of relief, "
                            + "functions, figures and sources.")),
            Map.entry(ProgramSummary.class,
                    DescribedSchema.of("A program as lists show it; department is absent for "
                            + "a program of a coordination body and for a plan of several departments (crossAgency).")),
            Map.entry(ProgramPage.class, DescribedSchema.of("A program with its department or coordination body (or "
                    + "crossAgency, for a plan of several departments), the larger program it belongs to, its parts, "
                    + "who runs it, functions, figures and sources.")),
            Map.entry(ProgramPage.Operator.class,
                    DescribedSchema.named("ProgramOperator", "A component and its role: runs, supports or delivers.")),
            Map.entry(TaskForceSummary.class,
                    DescribedSchema.of("A task force as lists show it, with its leads and figures.")),
            Map.entry(TaskForcePage.class,
                    DescribedSchema.of("A task force with its scope, members grouped by role, "
                            + "other participants, what it produces, functions, figures and sources.")),
            Map.entry(TaskForcePage.MemberGroup.class,
                    DescribedSchema.named("TaskForceMemberGroup",
                            "The members with one role: lead, primary-member, member, supporter or participant.")),
            Map.entry(HotlineCard.class, DescribedSchema.of("A hotline with every way to reach it and what a caller "
                    + "should know. lawEnforcement, anonymousTips and confidential are absent where the sources do "
                    + "not say.")),
            Map.entry(HotlineCard.LawEnforcement.class, DescribedSchema.named("HotlineLawEnforcement",
                    "Whether what a caller says reaches law enforcement: yes (the line is law enforcement's own), no, "
                            + "or limited (only in some cases, which note explains), with the source that says so.")),
            Map.entry(HotlineCard.Channel.class, DescribedSchema.named("HotlineChannel", "One way to reach a line: its "
                    + "position among the line's channels (stable when another is removed), kind (voice, text, tty, "
                    + "chat, online-form), the number or address exactly as its source gives it (value), a tel:, sms: "
                    + "or https link (href), and the source.")),
            Map.entry(HotlinePage.class, DescribedSchema.of("A hotline and the sources it rests on.")),
            Map.entry(ReliefCard.class, DescribedSchema.of("A form of immigration relief; eligibility, requestedBy, "
                    + "applicationForm, provides, annualLimit and website are absent where the sources do not say.")),
            Map.entry(ReliefCard.Handler.class, DescribedSchema.named("ReliefHandler",
                    "A component and its role: administers, processes, supports, or requests it for a victim.")),
            Map.entry(ReliefPage.class,
                    DescribedSchema.of("A form of immigration relief and the sources it rests on.")),
            Map.entry(FunctionPage.class, DescribedSchema
                .of("One function of anti-trafficking work and every agency, task force and program tagged with it.")),
            Map.entry(SourcePage.class,
                    DescribedSchema.of("A source document and every record that cites it, grouped by kind.")),
            Map.entry(SourcePage.Group.class,
                    DescribedSchema.named("CitingRecordGroup", "The records of one kind that cite the source.")),
            Map.entry(SearchHit.class,
                    DescribedSchema.of("A record that matched: its link, its name and a passage of "
                            + "its description with the matched words marked, and its rank.")),
            Map.entry(Highlighted.class,
                    DescribedSchema.of("Text split into parts; the parts with match true are the words that matched.")),
            Map.entry(Highlighted.Part.class,
                    DescribedSchema.named("HighlightedPart", "A stretch of text, and whether it matched the search.")));

    @Override
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        DescribedSchema described = DESCRIPTIONS
            .get(TypeFactory.defaultInstance().constructType(type.getType()).getRawClass());
        if (described != null && described.name() != null && type.getName() == null) {
            type.name(described.name());
        }
        Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (described != null && schema != null) {
            described.describe(defined(schema, context));
        }
        return schema;
    }

    /**
     * The schema itself, or, where the generator answered with a reference to it, the
     * schema it defined under that name.
     */
    private static Schema<?> defined(Schema<?> schema, ModelConverterContext context) {
        String reference = schema.get$ref();
        if (reference == null) {
            return schema;
        }
        Schema<?> defined = context.getDefinedModels().get(reference.substring(reference.lastIndexOf('/') + 1));
        if (defined == null) {
            throw new IllegalStateException("No schema is defined for " + reference);
        }
        return defined;
    }

}
