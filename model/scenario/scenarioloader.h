// SPDX-License-Identifier: Apache-2.0
#pragma once

// Everything before a replay, off the GUI thread if need be: reads a scenario
// file, loads its base into memory and checks the events' references.
// The base is only ever read: a state file is parsed, a database is copied
// to a temporary folder with SQLite's backup API (SqliteBackup: what another
// connection committed but has not checkpointed, still in its -wal, is in the
// copy) and the copy opened (so not even SQLite's journal touches the
// original); "current" asks the caller for the state it shows. Grow events
// are expanded against the base here (ScenarioJson::expandGrowth).

#include "scenariojson.h"

#include <functional>
#include <optional>

namespace model {

struct LoadedScenario {
    BaseSource source;
    sched::CloudState base;
    whatif::Scenario scenario;
};

class ScenarioLoader
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioLoader)

public:
    // The state "current" stands for (the CLI's --db store, the console's backend).
    using CurrentState = std::function<Result<sched::CloudState>()>;
    // Hears how far the reading of the scenario file got (bytes of the file),
    // every few thousand events, on the reading thread.
    using ReadProgress = std::function<void(std::uint64_t bytesRead, std::uint64_t bytesTotal)>;

    static Result<LoadedScenario> loadFile(const QString &path, const CurrentState &current,
                                           const ExpansionLimits &limits = {}, const ReadProgress &progress = {});
    static Result<LoadedScenario> load(const QByteArray &json, const QString &dir, const CurrentState &current,
                                       const ExpansionLimits &limits = {});
    static Result<sched::CloudState> loadBase(const BaseSource &source, const CurrentState &current);

    // What loadFile() does once the file is read: loads the base (unless
    // `preloaded`), checks the references, expands the growth.
    static Result<LoadedScenario> withBase(ScenarioFile parsed, const CurrentState &current,
                                           const ExpansionLimits &limits,
                                           std::optional<Result<sched::CloudState>> preloaded = std::nullopt);
    static Result<sched::CloudState> loadStateFile(const QString &path);

private:
    static Result<sched::CloudState> loadDatabase(const QString &path);
};

} // namespace model
