package org.antitrafficking.directory.hotline;

import java.util.Optional;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.antitrafficking.directory.source.Source;
import org.antitrafficking.directory.system.SlugEnumConverter;
import org.hibernate.annotations.Immutable;

/**
 * One way to reach a hotline. {@code displayValue} is the number or address exactly as its source
 * writes it; {@code dial} is the same number as a phone needs it, {@code url} the address a browser needs.
 */
@Entity
@Immutable
public class HotlineChannel {

    public enum Kind {
        VOICE, TEXT, TTY, CHAT, ONLINE_FORM;

        public static class Converter extends SlugEnumConverter<Kind> {
            public Converter() {
                super(Kind.class);
            }
        }
    }

    @Id
    private Long id;

    @Convert(converter = Kind.Converter.class)
    private Kind kind;

    private String displayValue;

    private String dial;

    private String url;

    private String instructions;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Source source;

    private int position;

    protected HotlineChannel() {
    }

    public Kind getKind() {
        return kind;
    }

    public String getDisplayValue() {
        return displayValue;
    }

    public Optional<String> getDial() {
        return Optional.ofNullable(dial);
    }

    public Optional<String> getUrl() {
        return Optional.ofNullable(url);
    }

    public Optional<String> getInstructions() {
        return Optional.ofNullable(instructions);
    }

    public Source getSource() {
        return source;
    }

    public int getPosition() {
        return position;
    }
}
