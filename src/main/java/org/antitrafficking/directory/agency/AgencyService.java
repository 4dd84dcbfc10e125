package org.antitrafficking.directory.agency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.antitrafficking.directory.readmodel.AgencySummary;
import org.antitrafficking.directory.readmodel.DirectorySnapshot;
import org.antitrafficking.directory.readmodel.ReadModel;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.web.FunctionFilter;

import org.springframework.stereotype.Service;

/** The agencies that pass a function filter, from the read model. */
@Service
class AgencyService {

    private final ReadModel directory;

    AgencyService(ReadModel directory) {
        this.directory = directory;
    }

    /**
     * Every agency tagged with any of the filter's functions (every agency without one),
     * in name order.
     */
    List<AgencySummary> matching(FunctionFilter filter) {
        return matching(directory.snapshot(), filter);
    }

    /**
     * The same, by department, departments in name order. The departments and the
     * agencies come from one snapshot, so every agency finds its department even when a
     * new data version arrives in between.
     */
    List<AgencyGroup> matchingByDepartment(FunctionFilter filter) {
        DirectorySnapshot snapshot = directory.snapshot();
        Map<RecordLink, List<AgencySummary>> byDepartment = new LinkedHashMap<>();
        snapshot.departments().all().forEach(department -> byDepartment.put(department.link(), new ArrayList<>()));
        matching(snapshot, filter).forEach(agency -> byDepartment.get(agency.department()).add(agency));
        return byDepartment.entrySet()
            .stream()
            .filter(entry -> !entry.getValue().isEmpty())
            .map(entry -> new AgencyGroup(entry.getKey(), List.copyOf(entry.getValue())))
            .toList();
    }

    private static List<AgencySummary> matching(DirectorySnapshot snapshot, FunctionFilter filter) {
        return snapshot.agencies().all().stream().filter(agency -> filter.matches(agency.functions())).toList();
    }

}
