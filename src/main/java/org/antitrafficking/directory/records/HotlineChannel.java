package org.antitrafficking.directory.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.antitrafficking.directory.readmodel.ChannelKind;
import org.jspecify.annotations.Nullable;

/**
 * One way to reach a line (table {@code hotline_channel}, migration V6): the number or
 * address exactly as its source writes it, and the digits a phone dials or the address a
 * browser opens. Part of the hotline.
 */
@Entity
public class HotlineChannel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    private Hotline hotline;

    @NotNull
    private ChannelKind kind;

    @NotNull
    @NonblankText(max = NonblankText.NAME)
    @Column(columnDefinition = "nonblank_text")
    private String displayValue;

    /**
     * Digits for tel: and sms: links, with +1 before a full number, as the CHECK allows.
     */
    @Pattern(regexp = "\\+1[0-9]{10}|[0-9]{3,6}", message = "{records.invalid.dial}")
    private @Nullable String dial;

    @WebAddress
    @Column(columnDefinition = "web_address")
    private @Nullable String url;

    @NonblankText(max = NonblankText.NAME)
    @Column(columnDefinition = "nonblank_text")
    private @Nullable String instructions;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    private Source source;

    @Positive
    private int position;

    public @Nullable Long getId() {
        return this.id;
    }

    /**
     * A voice, text or TTY line has digits to dial and no address; a chat or form the
     * reverse.
     */
    @AssertTrue(message = "{records.invalid.channel}")
    public boolean isReachedOneWay() {
        boolean dialled = this.kind != ChannelKind.CHAT && this.kind != ChannelKind.ONLINE_FORM;
        return dialled ? (this.dial != null && this.url == null) : (this.url != null && this.dial == null);
    }

    public Hotline getHotline() {
        return this.hotline;
    }

    public void setHotline(Hotline hotline) {
        this.hotline = hotline;
    }

    public ChannelKind getKind() {
        return this.kind;
    }

    public void setKind(ChannelKind kind) {
        this.kind = kind;
    }

    public String getDisplayValue() {
        return this.displayValue;
    }

    public void setDisplayValue(String displayValue) {
        this.displayValue = displayValue;
    }

    public @Nullable String getDial() {
        return this.dial;
    }

    public void setDial(@Nullable String dial) {
        this.dial = dial;
    }

    public @Nullable String getUrl() {
        return this.url;
    }

    public void setUrl(@Nullable String url) {
        this.url = url;
    }

    public @Nullable String getInstructions() {
        return this.instructions;
    }

    public void setInstructions(@Nullable String instructions) {
        this.instructions = instructions;
    }

    public Source getSource() {
        return this.source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    public int getPosition() {
        return this.position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

}
