package org.antitrafficking.directory.taskforce;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.antitrafficking.directory.agency.Agency;
import org.antitrafficking.directory.department.Department;
import org.antitrafficking.directory.source.CitedRecord;
import org.antitrafficking.directory.system.SlugEnumConverter;

/** A department or a component taking part in a task force, and its part in it. */
@Embeddable
public class TaskForceMember {

    public enum Role {
        LEAD, PRIMARY_MEMBER, MEMBER, SUPPORTER, PARTICIPANT;

        public static class Converter extends SlugEnumConverter<Role> {
            public Converter() {
                super(Role.class);
            }
        }
    }

    @ManyToOne(fetch = FetchType.LAZY)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "component_id")
    private Agency agency;

    @Column(name = "role")
    @Convert(converter = Role.Converter.class)
    private Role role;

    protected TaskForceMember() {
    }

    public Optional<Department> getDepartment() {
        return Optional.ofNullable(department);
    }

    public Optional<Agency> getAgency() {
        return Optional.ofNullable(agency);
    }

    public Role getRole() {
        return role;
    }

    /** The department or component this membership names. */
    public CitedRecord getMember() {
        return (department != null) ? department : agency;
    }
}
