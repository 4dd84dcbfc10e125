package org.antitrafficking.directory.readmodel;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * A hotline as a card shows it: every way to reach it, ready to tap, and what a caller
 * should know first. {@code lawEnforcement}, {@code anonymousTips} and
 * {@code confidential} are null where the sources do not say.
 */
public record HotlineCard(RecordLink link, String description, List<HotlinePurpose> purposes,
        @Nullable RecordLink operator, @Nullable HotlineOperatorRole operatorRole, @Nullable String audience,
        @Nullable String hours, @Nullable String languages, @Nullable LawEnforcement lawEnforcement,
        @Nullable Boolean anonymousTips, @Nullable Boolean confidential, @Nullable String website,
        List<Channel> channels) {

    /**
     * Whether what a caller says goes to law enforcement, in what cases if only in some,
     * and the source that says so: a promise to a frightened caller is a fact like a
     * number.
     */
    public record LawEnforcement(LawEnforcementSharing sharing, String note, String sourceSlug, String sourceTitle) {
    }

    /**
     * One way to reach the line. {@code position} is its place among the line's channels
     * as the data numbers it, which stays when another channel is removed, so exports can
     * name the channel by it; {@code value} is the number or address exactly as the
     * source gives it; {@code href} is the {@code tel:}, {@code sms:} or web link for it.
     */
    public record Channel(int position, ChannelKind kind, String value, String href, @Nullable String instructions,
            String sourceSlug, String sourceTitle) {
    }

    /**
     * The line's first number to call and first number to text, for the top of a page.
     */
    @JsonIgnore
    public List<Channel> firstChannels() {
        return Stream.of(ChannelKind.VOICE, ChannelKind.TEXT)
            .flatMap(kind -> channels.stream().filter(channel -> channel.kind() == kind).limit(1))
            .toList();
    }

    /** The voice channels, for the places that show only a line's numbers to call. */
    public List<Channel> phoneNumbers() {
        return channels.stream().filter(channel -> channel.href().startsWith("tel:")).toList();
    }
}
