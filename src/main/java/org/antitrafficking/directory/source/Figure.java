package org.antitrafficking.directory.source;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.Immutable;

/** A figure a source gives about a record ("nearly 100" task forces), with that one source. */
@Entity
@Immutable
public class Figure {

    @Id
    private Long id;

    private String value;

    private String label;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Source source;

    private int position;

    protected Figure() {
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public Source getSource() {
        return source;
    }

    public int getPosition() {
        return position;
    }
}
