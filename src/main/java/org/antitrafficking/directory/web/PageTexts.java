package org.antitrafficking.directory.web;

import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.Translations;
import org.jspecify.annotations.Nullable;

/**
 * The records' text as a page in one language shows it, for the templates
 * ({@code ${texts}}): in English as the records hold it; in Spanish the translation of
 * the current English where there is one, and otherwise the English itself, marked as
 * English ({@code lang="en"} and "(en inglés)"), never an outdated translation.
 */
public final class PageTexts {

    private final Translations translations;

    private final SiteLanguage language;

    PageTexts(Translations translations, SiteLanguage language) {
        this.translations = translations;
        this.language = language;
    }

    /**
     * One field of a record, such as {@code description}, given its English; none where
     * there is no English either.
     */
    public @Nullable ShownText of(RecordLink record, String field, @Nullable String english) {
        if (english == null) {
            return null;
        }
        if (this.language == SiteLanguage.ENGLISH) {
            return new ShownText(english, null, false);
        }
        String translated = this.translations.spanish(record.kind(), record.slug(), field);
        return (translated != null) ? new ShownText(translated, null, false)
                : new ShownText(english, SiteLanguage.ENGLISH.tag(), true);
    }

    /**
     * The language to mark what is always in English (official names, the sources'
     * titles) with: {@code en} on a page in another language, none on an English page.
     */
    public @Nullable String english() {
        return (this.language == SiteLanguage.ENGLISH) ? null : SiteLanguage.ENGLISH.tag();
    }

    /** Whether the page is in a language other than English. */
    public boolean translated() {
        return this.language != SiteLanguage.ENGLISH;
    }

    /**
     * A text as shown: its words, the language to mark it with where it is not the
     * page's, and whether to say it is in English.
     *
     * @param text the words
     * @param lang the language to mark them with, or none when they are in the page's
     * @param inEnglish whether the page is in another language and these words are the
     * English for want of a current translation
     */
    public record ShownText(String text, @Nullable String lang, boolean inEnglish) {
    }

}
