package org.antitrafficking.directory.agency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.antitrafficking.directory.department.Department;
import org.antitrafficking.directory.department.DepartmentRepository;
import org.antitrafficking.directory.hotline.HotlineRepository;
import org.antitrafficking.directory.program.ProgramRepository;
import org.antitrafficking.directory.program.ProgramSummary;
import org.antitrafficking.directory.relief.ReliefTypeRepository;
import org.antitrafficking.directory.source.CitedRecord;
import org.antitrafficking.directory.source.FigureView;
import org.antitrafficking.directory.source.Provenance;
import org.antitrafficking.directory.taskforce.TaskForceRepository;
import org.antitrafficking.directory.web.RecordKind;
import org.antitrafficking.directory.web.RecordLink;
import org.antitrafficking.directory.web.RecordNotFoundException;
import org.antitrafficking.directory.system.SlugEnumConverter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AgencyService {

    private final AgencyRepository agencies;
    private final DepartmentRepository departments;
    private final ProgramRepository programs;
    private final TaskForceRepository taskForces;
    private final HotlineRepository hotlines;
    private final ReliefTypeRepository reliefTypes;

    AgencyService(AgencyRepository agencies, DepartmentRepository departments, ProgramRepository programs,
            TaskForceRepository taskForces, HotlineRepository hotlines, ReliefTypeRepository reliefTypes) {
        this.agencies = agencies;
        this.departments = departments;
        this.programs = programs;
        this.taskForces = taskForces;
        this.hotlines = hotlines;
        this.reliefTypes = reliefTypes;
    }

    /** Every department that has components here, with its components as trees. */
    public List<AgencyDirectory> directory() {
        List<AgencyDirectory> directory = new ArrayList<>();
        for (Department department : departments.findAllByOrderByName()) {
            List<AgencyNode> tree = AgencyNode.forest(agencies.findByDepartmentAndParentIsNullOrderByName(department));
            if (!tree.isEmpty()) {
                directory.add(new AgencyDirectory(department.link(), tree));
            }
        }
        return directory;
    }

    /** Every component in name order. */
    public List<AgencySummary> all() {
        return agencies.findAllByOrderByName().stream()
            .map(agency -> new AgencySummary(agency.link(), SlugEnumConverter.slugOf(agency.getKind()),
                    agency.getDepartment().link(), agency.getParent().map(Agency::link).orElse(null),
                    agency.getFunctions().stream().sorted().toList()))
            .toList();
    }

    public AgencyPage page(String slug) {
        Agency agency = agencies.findBySlug(slug)
            .orElseThrow(() -> RecordNotFoundException.forSlug(RecordKind.AGENCY, slug));
        return new AgencyPage(agency.link(), SlugEnumConverter.slugOf(agency.getKind()),
                agency.getDescription(), agency.getWebsite().orElse(null), breadcrumbs(agency),
                AgencyNode.forest(agency.getChildren()), ProgramSummary.of(programs.findRunBy(agency)),
                CitedRecord.links(taskForces.findWithMember(agency)), CitedRecord.links(hotlines.findByAgencyOrderByPosition(agency)),
                CitedRecord.links(reliefTypes.findHandledBy(agency)), agency.getFunctions().stream().sorted().toList(),
                FigureView.of(agency.getFigures()), Provenance.of(agency));
    }

    private static List<RecordLink> breadcrumbs(Agency agency) {
        List<RecordLink> trail = new ArrayList<>();
        for (Optional<Agency> up = agency.getParent(); up.isPresent(); up = up.get().getParent()) {
            trail.add(up.get().link());
        }
        trail.add(agency.getDepartment().link());
        Collections.reverse(trail);
        return trail;
    }
}
