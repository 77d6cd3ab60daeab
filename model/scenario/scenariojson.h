// SPDX-License-Identifier: Apache-2.0
#pragma once

// A what-if scenario file (JSON; docs/scenario-format.md has the whole format):
//   {
//     "base": "state.json" | "cloud.sqlite" | "current",
//     "policy": {"name": "design", "policy": "weighted", ...},   // optional
//     "compare": [{"policy": "trio2o"}, ...],                     // optional
//     "samples": 100,                                             // optional
//     "description": "...",                                       // optional, ignored
//     "events": [{"type": "create_vm", ...}, ...]
//   }
// A policy object is a scheduler configuration (SchedulerConfigJson) plus an
// optional "name" (default: its policy key, made unique). Parsing checks every
// field of every event; references to pods and tenants are checked against
// the base by checkReferences() once the base is loaded (ScenarioLoader).

#include "eventjson.h"
#include "result.h"
#include "scenario.h"
#include "scenariocheck.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <string_view>

namespace model {

struct BaseSource {
    enum class Kind { StateFile, Database, Current };
    Kind kind = Kind::Current;
    QString path; // absolute; empty for Current
};

struct ScenarioFile {
    BaseSource base;
    whatif::Scenario scenario;
};

// Hears the events while ScenarioJson::read() reads them (ScenarioFileRun
// replays them meanwhile).
class EventsWatcher
{
public:
    virtual ~EventsWatcher() = default;
    // Before the first event: the members read before "events" (base, policy,
    // compare, samples as they were) and the byte where the list starts.
    virtual void eventsStart(const QJsonObject &membersBefore, std::size_t offset, whatif::Scenario &scenario) = 0;
    // After every 4096th event (of the scenario's list, however many "events"
    // members fill it): false stops the reading (cancelled; read() fails).
    virtual bool eventsRead(whatif::Scenario &scenario) = 0;
    // read() fails: the scenario is gone once it returns (stop using it now).
    virtual void eventsFailed() = 0;
};

class ScenarioJson
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioJson)

public:
    // `dir`: the folder a relative "base" path resolves against (the file's).
    // `limits`: how far the events may expand (ExpansionLimits).
    static Result<ScenarioFile> parse(const QByteArray &json, const QString &dir, const ExpansionLimits &limits = {});
    // Reads the document with a JsonCursor, events one at a time (no document
    // is built; the first error stops the reading). `consumed`, if set, hears
    // every 4096 events how many bytes were read - they are not read again.
    static Result<ScenarioFile> read(std::string_view json, const QString &dir, const ExpansionLimits &limits,
                                     const std::function<void(std::size_t)> &consumed,
                                     EventsWatcher *watcher = nullptr);
    // The base, samples and policies of the scenario members in `members`
    // (no events): what read() makes of them.
    static Result<ScenarioFile> settings(const QJsonObject &members, const QString &dir);
    // The error checkReferences() gives for `problem`.
    static Error problemError(const whatif::Scenario &scenario, const whatif::Problem &problem);
    // The state file a "base" member before "events" names, found without
    // reading the events (so it can be loaded while they are read); none for
    // another base, a base after the events, or anything read() would refuse
    // before it (read() then says what).
    static std::optional<BaseSource> leadingStateFile(std::string_view json, const QString &dir);
    // "current", a path ending in .json (a state file), or any other path (a database).
    static Result<BaseSource> baseFromString(const QString &text, const QString &dir);
    // Unknown pods and tenants, duplicate added pods: an error naming the event and field.
    static Status checkReferences(const whatif::Scenario &scenario, const sched::CloudState &base);
    // Expands the grow events against the base (whatif::expandGrowth); an
    // error naming the grow event whose VM requests cross limits.requests.
    static Status expandGrowth(whatif::Scenario &scenario, const sched::CloudState &base,
                               const ExpansionLimits &limits);

private:
    // base, samples and the policies, once the events are read.
    static Result<ScenarioFile> fromSmallMembers(const QJsonObject &root, const QString &dir, ScenarioFile file);
};

} // namespace model
