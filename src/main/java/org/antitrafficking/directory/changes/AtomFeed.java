package org.antitrafficking.directory.changes;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.RecordHistories.RecentChange;
import org.antitrafficking.directory.readmodel.RecordHistory;
import org.antitrafficking.directory.web.SiteAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The recent changes as an Atom feed (RFC 4287): one entry per changed field, newest
 * first, each saying what the field was, what it is now, why, and the source. Entries are
 * credited to the directory's editors as a body, never to a person by name.
 */
@Component
class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final SiteAddress site;

    private final MessageSource messages;

    AtomFeed(SiteAddress site, MessageSource messages) {
        this.site = site;
        this.messages = messages;
    }

    String write(DirectorySnapshot snapshot) {
        String base = site.base();
        List<RecentChange> changes = snapshot.histories().recent();
        Instant updated = changes.isEmpty() ? snapshot.version().changedAt() : changes.get(0).change().madeAt();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", base + "/changes");
            element(xml, "title", text("changes.feed.title"));
            element(xml, "updated", updated.toString());
            link(xml, "self", base + "/changes.atom");
            link(xml, "alternate", base + "/changes");
            xml.writeStartElement("author");
            element(xml, "name", text("changes.feed.author"));
            xml.writeEndElement();
            for (RecentChange change : changes) {
                entry(xml, base, change);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
        catch (XMLStreamException ex) {
            throw new IllegalStateException("The feed could not be written", ex);
        }
        return out.toString();
    }

    private void entry(XMLStreamWriter xml, String base, RecentChange recent) throws XMLStreamException {
        RecordHistory.Change change = recent.change();
        String page = base + recent.record().href();
        String field = fieldName(change.field());
        xml.writeStartElement("entry");
        element(xml, "id", page + "#change-" + change.edit() + "-" + change.field());
        element(xml, "title", text("changes.feed.entry", recent.record().label(), field));
        element(xml, "updated", change.madeAt().toString());
        link(xml, "alternate", page);
        element(xml, "summary", text("changes.feed.summary", field, orNone(change.before()), orNone(change.after()),
                change.reason(), change.source().title()));
        xml.writeEndElement();
    }

    private String fieldName(String field) {
        return messages.getMessage("field." + field, null, field, Locale.ENGLISH);
    }

    private String orNone(@Nullable String value) {
        return (value == null) ? text("history.none") : value;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String relation, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", relation);
        xml.writeAttribute("href", href);
    }

}
