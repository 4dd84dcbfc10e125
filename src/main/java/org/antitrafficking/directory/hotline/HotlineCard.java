package org.antitrafficking.directory.hotline;

import java.util.List;

import org.antitrafficking.directory.web.RecordLink;

/**
 * A hotline as a card shows it: every way to reach it, ready to tap, and what a caller should know
 * first. {@code anonymousTips} and {@code confidential} are null where the sources do not say.
 */
public record HotlineCard(RecordLink link, String description, List<String> purposes, RecordLink operator,
        String operatorRole, String audience, String hours, String languages, boolean lawEnforcement,
        Boolean anonymousTips, Boolean confidential, String website, List<Channel> channels) {

    /**
     * One way to reach the line. {@code value} is the number or address exactly as the source gives it;
     * {@code href} is the {@code tel:}, {@code sms:} or web link for it.
     */
    public record Channel(String kind, String value, String href, String instructions, String sourceSlug,
            String sourceTitle) {
    }

    /** The voice channels, for the places that show only a line's numbers to call. */
    public List<Channel> phoneNumbers() {
        return channels.stream().filter(channel -> channel.href().startsWith("tel:")).toList();
    }
}
