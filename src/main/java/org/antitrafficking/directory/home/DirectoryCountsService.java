package org.antitrafficking.directory.home;

import org.antitrafficking.directory.agency.AgencyRepository;
import org.antitrafficking.directory.department.DepartmentRepository;
import org.antitrafficking.directory.hotline.HotlineRepository;
import org.antitrafficking.directory.program.ProgramRepository;
import org.antitrafficking.directory.relief.ReliefTypeRepository;
import org.antitrafficking.directory.source.SourceRepository;
import org.antitrafficking.directory.taskforce.TaskForceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class DirectoryCountsService {

    private final DepartmentRepository departments;
    private final AgencyRepository agencies;
    private final ProgramRepository programs;
    private final TaskForceRepository taskForces;
    private final HotlineRepository hotlines;
    private final ReliefTypeRepository reliefTypes;
    private final SourceRepository sources;

    DirectoryCountsService(DepartmentRepository departments, AgencyRepository agencies, ProgramRepository programs,
            TaskForceRepository taskForces, HotlineRepository hotlines, ReliefTypeRepository reliefTypes,
            SourceRepository sources) {
        this.departments = departments;
        this.agencies = agencies;
        this.programs = programs;
        this.taskForces = taskForces;
        this.hotlines = hotlines;
        this.reliefTypes = reliefTypes;
        this.sources = sources;
    }

    public DirectoryCounts counts() {
        return new DirectoryCounts(departments.count(), agencies.count(), programs.count(), taskForces.count(),
                hotlines.count(), reliefTypes.count(), sources.count());
    }
}
