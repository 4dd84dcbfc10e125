package org.antitrafficking.directory.records;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import org.antitrafficking.directory.readmodel.LawEnforcementSharing;

/**
 * Whether what a caller says goes to law enforcement, what the limits are, and the source
 * that says so (migration V38): the three columns are set together or not at all, and
 * where no source says, the hotline's answer is null.
 */
@Embeddable
public class LawEnforcementAnswer {

    @NotNull
    @Column(name = "law_enforcement_sharing")
    private LawEnforcementSharing sharing;

    @NotNull
    @NonblankText(max = NonblankText.PROSE)
    @Column(name = "law_enforcement_note", columnDefinition = "nonblank_text")
    private String note;

    /** One of the sources the hotline cites, so its page lists it. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "law_enforcement_source_id")
    private Source source;

    protected LawEnforcementAnswer() {
    }

    public LawEnforcementAnswer(LawEnforcementSharing sharing, String note, Source source) {
        this.sharing = sharing;
        this.note = note;
        this.source = source;
    }

    public LawEnforcementSharing getSharing() {
        return this.sharing;
    }

    public String getNote() {
        return this.note;
    }

    public Source getSource() {
        return this.source;
    }

}
