package org.antitrafficking.directory.opendata;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.HotlineCard;
import org.antitrafficking.directory.readmodel.HotlinePage;
import org.antitrafficking.directory.readmodel.HotlinePurpose;
import org.antitrafficking.directory.readmodel.ProgramPage;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.ReliefCard;
import org.antitrafficking.directory.readmodel.ReliefPage;

import static org.antitrafficking.directory.opendata.CsvCells.functions;
import static org.antitrafficking.directory.opendata.CsvCells.joined;
import static org.antitrafficking.directory.opendata.CsvCells.slugOf;
import static org.antitrafficking.directory.opendata.CsvCells.sourcesOf;

/**
 * The tables of what the bodies run or offer: programs, hotlines with their channels, and
 * forms of immigration relief.
 */
final class ServiceTables {

    private ServiceTables() {
    }

    static CsvTable programs(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("programs", "slug", "name", "acronym", "kind", "department", "task_force",
                "part_of", "operators", "functions", "description", "website", "source_note", "sources",
                "cross_agency");
        for (ProgramPage program : snapshot.programs().allPages()) {
            RecordLink link = program.link();
            table.row(link.slug(), link.name(), link.acronym(), program.kind(), slugOf(program.department()),
                    slugOf(program.taskForce()), slugOf(program.partOf()),
                    joined(program.operators()
                        .stream()
                        .map(operator -> operator.agency().slug() + ":" + operator.role().slug())),
                    functions(program.functions()), program.description(), program.website(),
                    program.provenance().disagreement(), sourcesOf(program.provenance()), program.crossAgency());
        }
        return table;
    }

    static CsvTable hotlines(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("hotlines", "slug", "name", "purposes", "operator", "operator_role", "audience",
                "hours", "languages", "law_enforcement", "anonymous_tips", "confidential", "description", "website",
                "source_note", "sources", "law_enforcement_note", "law_enforcement_source");
        for (HotlinePage page : snapshot.hotlines().allPages()) {
            HotlineCard card = page.card();
            RecordLink operator = card.operator();
            HotlineCard.LawEnforcement lawEnforcement = card.lawEnforcement();
            table.row(card.link().slug(), card.link().name(),
                    joined(card.purposes().stream().map(HotlinePurpose::slug)),
                    (operator != null) ? operator.kind().slug() + "/" + operator.slug() : null,
                    (card.operatorRole() != null) ? card.operatorRole().slug() : null, card.audience(), card.hours(),
                    card.languages(), (lawEnforcement != null) ? lawEnforcement.sharing().slug() : null,
                    card.anonymousTips(), card.confidential(), card.description(), card.website(),
                    page.provenance().disagreement(), sourcesOf(page.provenance()),
                    (lawEnforcement != null) ? lawEnforcement.note() : null,
                    (lawEnforcement != null) ? lawEnforcement.sourceSlug() : null);
        }
        return table;
    }

    static CsvTable hotlineChannels(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("hotline-channels", "hotline", "position", "kind", "value", "dial", "url",
                "instructions", "source");
        for (HotlineCard card : snapshot.hotlines().all()) {
            for (HotlineCard.Channel channel : card.channels()) {
                boolean dialled = channel.href().startsWith("tel:") || channel.href().startsWith("sms:");
                table.row(card.link().slug(), channel.position(), channel.kind().slug(), channel.value(),
                        dialled ? channel.href().substring(4) : null, dialled ? null : channel.href(),
                        channel.instructions(), channel.sourceSlug());
            }
        }
        return table;
    }

    static CsvTable reliefTypes(DirectorySnapshot snapshot) {
        CsvTable table = new CsvTable("immigration-relief", "slug", "name", "short_name", "department", "handlers",
                "eligibility", "requested_by", "provides", "description", "website", "source_note", "sources",
                "application_form", "annual_limit");
        for (ReliefPage page : snapshot.reliefTypes().allPages()) {
            ReliefCard relief = page.card();
            table.row(relief.link().slug(), relief.link().name(), relief.shortName(), relief.department().slug(),
                    joined(relief.handlers()
                        .stream()
                        .map(handler -> handler.agency().slug() + ":" + handler.role().slug())),
                    relief.eligibility(), relief.requestedBy(), relief.provides(), relief.description(),
                    relief.website(), page.provenance().disagreement(), sourcesOf(page.provenance()),
                    relief.applicationForm(), relief.annualLimit());
        }
        return table;
    }

}
