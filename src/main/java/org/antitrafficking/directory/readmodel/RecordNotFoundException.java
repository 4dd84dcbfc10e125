package org.antitrafficking.directory.readmodel;

/** A page asked for a record that does not exist; answered with a 404 page. */
public class RecordNotFoundException extends RuntimeException {

    private final RecordKind kind;

    private final String slug;

    private RecordNotFoundException(RecordKind kind, String slug) {
        super("No " + kind.slug() + " with slug '" + slug + "'");
        this.kind = kind;
        this.slug = slug;
    }

    public static RecordNotFoundException forSlug(RecordKind kind, String slug) {
        return new RecordNotFoundException(kind, slug);
    }

    public RecordKind getKind() {
        return kind;
    }

    public String getSlug() {
        return slug;
    }

}
