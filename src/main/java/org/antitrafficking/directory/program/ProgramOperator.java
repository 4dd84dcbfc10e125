package org.antitrafficking.directory.program;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.antitrafficking.directory.agency.Agency;
import org.antitrafficking.directory.system.SlugEnumConverter;

/** A component that runs, supports or delivers a program. */
@Embeddable
public class ProgramOperator {

    public enum Role {
        RUNS, SUPPORTS, DELIVERS;

        public static class Converter extends SlugEnumConverter<Role> {
            public Converter() {
                super(Role.class);
            }
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "component_id")
    private Agency agency;

    @Column(name = "role")
    @Convert(converter = Role.Converter.class)
    private Role role;

    protected ProgramOperator() {
    }

    public Agency getAgency() {
        return agency;
    }

    public Role getRole() {
        return role;
    }
}
