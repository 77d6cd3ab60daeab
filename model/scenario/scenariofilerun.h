// SPDX-License-Identifier: Apache-2.0
#pragma once

// Reads a scenario file and replays it, as `trio2o-sched whatif` does. When
// the scenario names a state file as its base before its events (and its
// policies and samples before them too), the events are replayed while the
// rest of the file is read (whatif::ReplayPipeline): the base loads on one
// thread, the events are counted and replayed on one thread per policy, and
// the reading goes on on the calling thread. Otherwise, or when the pipeline
// gives up (a grow event), it is ScenarioLoader::loadFile() and then
// whatif::runScenario(), as before.
//
// Either way the result and the errors are the same, and in the same order:
// the file's first error (at its byte, even in the last event, after the
// replay began), then the base's, then the first wrong reference, then the
// growth limit; on an error nothing of a replay is kept. A cancel (the CLI's
// Ctrl-C) stops the reading too and gives RunResult::cancelled.

#include "scenarioloader.h"
#include "whatifrun.h"

namespace model {

class ScenarioFileRun
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioFileRun)

public:
    // options.progress: while the events are replayed, on the calling thread
    // (in events, not VMs, when they are replayed as they are read).
    // `whileReading`, if set, says whether the events were replayed while read
    // (and the replays' result kept).
    static Result<whatif::RunResult> run(const QString &path, const ScenarioLoader::CurrentState &current,
                                         const ExpansionLimits &limits, const whatif::RunOptions &options,
                                         bool *whileReading = nullptr);
};

} // namespace model
