package org.antitrafficking.directory.records;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * What every record an editor can change has: the id the database gives it, the slug of
 * its address, and the version that makes an editor's save fail rather than overwrite a
 * change saved since the editor read the record (column {@code version}, migration V46).
 */
@MappedSuperclass
public abstract class DirectoryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotNull
    @Slug
    @Column(columnDefinition = "slug")
    private String slug;

    @Version
    private long version;

    public @Nullable Long getId() {
        return this.id;
    }

    public String getSlug() {
        return this.slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    /** The version read with the record; saving it with an older one fails. */
    public long getVersion() {
        return this.version;
    }

    /**
     * Whether two records are the same row: the same instance, or two with the same id
     * (such as a lazy reference and the record it stands for).
     */
    public static boolean same(@Nullable DirectoryRecord one, @Nullable DirectoryRecord other) {
        if (one == other) {
            return true;
        }
        return one != null && other != null && one.getId() != null && one.getId().equals(other.getId());
    }

}
