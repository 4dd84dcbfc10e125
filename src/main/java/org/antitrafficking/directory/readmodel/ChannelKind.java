package org.antitrafficking.directory.readmodel;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A way to reach a line: a voice number, a text short code, a TTY number, a chat or an
 * online form. The values of {@code hotline_channel.kind}; the CHECK test walks
 * {@link #values()}.
 */
public enum ChannelKind {

    VOICE, TEXT, TTY, CHAT, ONLINE_FORM;

    /**
     * Whether the channel is a number to dial (a voice or TTY line), not a text, chat or
     * form.
     */
    public boolean isDialled() {
        return this == VOICE || this == TTY;
    }

    /** The value the database, the API, the CSV and the message keys use. */
    @JsonValue
    public String slug() {
        return Slugs.of(this);
    }

}
