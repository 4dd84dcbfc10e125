package org.antitrafficking.directory.department;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.antitrafficking.directory.agency.AgencyNode;
import org.antitrafficking.directory.agency.AgencyRepository;
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
public class DepartmentService {

    private final DepartmentRepository departments;
    private final AgencyRepository agencies;
    private final ProgramRepository programs;
    private final TaskForceRepository taskForces;
    private final HotlineRepository hotlines;
    private final ReliefTypeRepository reliefTypes;

    DepartmentService(DepartmentRepository departments, AgencyRepository agencies, ProgramRepository programs,
            TaskForceRepository taskForces, HotlineRepository hotlines, ReliefTypeRepository reliefTypes) {
        this.departments = departments;
        this.agencies = agencies;
        this.programs = programs;
        this.taskForces = taskForces;
        this.hotlines = hotlines;
        this.reliefTypes = reliefTypes;
    }

    /** Every department, grouped by kind (executive departments first), each group in name order. */
    public List<DepartmentGroup> groupedByKind() {
        Map<Department.Kind, List<Department>> byKind = departments.findAllByOrderByName().stream()
            .collect(Collectors.groupingBy(Department::getKind));
        return Arrays.stream(Department.Kind.values())
            .filter(byKind::containsKey)
            .map(kind -> new DepartmentGroup(SlugEnumConverter.slugOf(kind),
                    byKind.get(kind).stream().map(this::summary).toList()))
            .toList();
    }

    /** Every department in name order. */
    public List<DepartmentSummary> all() {
        return departments.findAllByOrderByName().stream().map(this::summary).toList();
    }

    public DepartmentPage page(String slug) {
        Department department = departments.findBySlug(slug)
            .orElseThrow(() -> RecordNotFoundException.forSlug(RecordKind.DEPARTMENT, slug));
        return new DepartmentPage(department.link(), SlugEnumConverter.slugOf(department.getKind()),
                department.getDescription(), department.getWebsite().orElse(null),
                FigureView.of(department.getFigures()),
                AgencyNode.forest(agencies.findByDepartmentAndParentIsNullOrderByName(department)),
                ProgramSummary.of(programs.findByDepartmentOrderByName(department)),
                CitedRecord.links(taskForces.findWithParticipant(department)),
                CitedRecord.links(hotlines.findByDepartmentOrderByPosition(department)),
                CitedRecord.links(reliefTypes.findByDepartmentOrderByPosition(department)),
                Provenance.of(department));
    }

    private DepartmentSummary summary(Department department) {
        return new DepartmentSummary(department.link(), SlugEnumConverter.slugOf(department.getKind()),
                department.getDescription(),
                agencies.countByDepartment(department), programs.countByDepartment(department));
    }
}
