package org.antitrafficking.directory.taskforce;

import java.util.List;

import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.TaskForceSummary;
import org.antitrafficking.directory.web.FunctionFilter;

import org.springframework.stereotype.Service;

/** The task forces that pass a function filter, from the read model. */
@Service
class TaskForceService {

    private final ReadModel directory;

    TaskForceService(ReadModel directory) {
        this.directory = directory;
    }

    /**
     * The task forces tagged with any of the filter's functions (all of them without
     * one), in name order.
     */
    List<TaskForceSummary> matching(FunctionFilter filter) {
        return directory.snapshot()
            .taskForces()
            .all()
            .stream()
            .filter(taskForce -> filter.matches(taskForce.functions()))
            .toList();
    }

}
