package org.antitrafficking.directory.relief;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.antitrafficking.directory.agency.Agency;
import org.antitrafficking.directory.system.SlugEnumConverter;

/** A component that administers, processes or supports a form of relief. */
@Embeddable
public class ReliefHandler {

    public enum Role {
        ADMINISTERS, PROCESSES, SUPPORTS;

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

    protected ReliefHandler() {
    }

    public Agency getAgency() {
        return agency;
    }

    public Role getRole() {
        return role;
    }
}
