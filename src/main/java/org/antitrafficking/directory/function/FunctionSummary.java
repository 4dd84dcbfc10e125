package org.antitrafficking.directory.function;

import io.swagger.v3.oas.annotations.media.Schema;
import org.antitrafficking.directory.readmodel.FunctionPage;
import org.antitrafficking.directory.readmodel.RecordLink;
import org.antitrafficking.directory.readmodel.WorkFunction;

/** A function as the list shows it: how many agencies, task forces and programs do it. */
@Schema(description = "A function of anti-trafficking work and how many agencies, task forces and programs are tagged with it.")
record FunctionSummary(RecordLink link, WorkFunction function, int agencies, int taskForces, int programs) {

    static FunctionSummary of(FunctionPage page) {
        return new FunctionSummary(page.link(), page.function(), page.agencies().size(), page.taskForces().size(),
                page.programs().size());
    }
}
