package org.antitrafficking.directory.hotline;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.antitrafficking.directory.agency.Agency;
import org.antitrafficking.directory.department.Department;
import org.antitrafficking.directory.source.CitedRecord;
import org.antitrafficking.directory.system.SlugEnumConverter;
import org.antitrafficking.directory.web.RecordKind;
import org.hibernate.annotations.Immutable;

/** A line to call, text or write to, with who is behind it and what it is for. */
@Entity
@Immutable
@AssociationOverride(name = "sources", joinTable = @JoinTable(name = "hotline_source",
        joinColumns = @JoinColumn(name = "hotline_id"), inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Hotline extends CitedRecord {

    public enum Purpose {
        EMERGENCY, GET_HELP, REPORT_TIP, CHECK_CASE;

        public static class Converter extends SlugEnumConverter<Purpose> {
            public Converter() {
                super(Purpose.class);
            }
        }
    }

    /** Whether the body behind the line answers it or pays for it. */
    public enum OperatorRole {
        ANSWERS, FUNDS;

        public static class Converter extends SlugEnumConverter<OperatorRole> {
            public Converter() {
                super(OperatorRole.class);
            }
        }
    }

    @ManyToOne(fetch = FetchType.LAZY)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "component_id")
    private Agency agency;

    @Convert(converter = OperatorRole.Converter.class)
    private OperatorRole operatorRole;

    private String audience;

    private String hours;

    private String languages;

    private boolean lawEnforcement;

    private Boolean anonymousTips;

    private Boolean confidential;

    private int position;

    private boolean featured;

    @ElementCollection
    @CollectionTable(name = "hotline_purpose", joinColumns = @JoinColumn(name = "hotline_id"))
    @Column(name = "purpose")
    @Convert(converter = Purpose.Converter.class)
    private Set<Purpose> purposes = new LinkedHashSet<>();

    @OneToMany
    @JoinColumn(name = "hotline_id")
    @OrderBy("position")
    private Set<HotlineChannel> channels = new LinkedHashSet<>();

    protected Hotline() {
    }

    public Optional<Department> getDepartment() {
        return Optional.ofNullable(department);
    }

    public Optional<Agency> getAgency() {
        return Optional.ofNullable(agency);
    }

    /** The component behind the line or, where none is named, its department. */
    public Optional<CitedRecord> getOperator() {
        return (agency != null) ? Optional.of(agency) : Optional.ofNullable(department);
    }

    public Optional<OperatorRole> getOperatorRole() {
        return Optional.ofNullable(operatorRole);
    }

    public Optional<String> getAudience() {
        return Optional.ofNullable(audience);
    }

    public Optional<String> getHours() {
        return Optional.ofNullable(hours);
    }

    public Optional<String> getLanguages() {
        return Optional.ofNullable(languages);
    }

    public boolean isLawEnforcement() {
        return lawEnforcement;
    }

    /** Empty where the sources do not say. */
    public Optional<Boolean> getAnonymousTips() {
        return Optional.ofNullable(anonymousTips);
    }

    /** Empty where the sources do not say. */
    public Optional<Boolean> getConfidential() {
        return Optional.ofNullable(confidential);
    }

    public int getPosition() {
        return position;
    }

    /** Whether the home page shows the line first, as a card. */
    public boolean isFeatured() {
        return featured;
    }

    public Set<Purpose> getPurposes() {
        return purposes;
    }

    public Set<HotlineChannel> getChannels() {
        return channels;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.HOTLINE;
    }
}
