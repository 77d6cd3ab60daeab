// SPDX-License-Identifier: Apache-2.0
#pragma once

// Where each pod of a live cloud was (its AZ and group) when `check` or the
// console last saw the cloud without a pod having changed under its tenants:
// the baseline that tells "a pod whose AZ or group changed under bound
// tenants" (Trio2o stores no history of a pod's AZ, and the group lives in the
// overlay). A small JSON file beside the cloud's overlay and snapshot, shared
// by the CLI and the console of one user; written only when no such change is
// pending, or when the change is accepted (check --repair, Repair All), so a
// change stays reported until then.

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sched {
struct CloudState;
}

namespace model {

class PodPlacements
{
    Q_DECLARE_TR_FUNCTIONS(PodPlacements)

public:
    struct Placement {
        std::string podId;
        std::string podName;
        std::string azName;
        std::string groupKey;
    };

    std::vector<Placement> pods; // bottom pods, in the state's order
    std::int64_t seenAtUs = 0;   // microseconds since the epoch, UTC

    static PodPlacements of(const sched::CloudState &state, std::int64_t seenAtUs);
    const Placement *find(const std::string &podId) const;

    // The baseline file of a live cloud, beside its overlay and snapshot file
    // (RemoteBackend::stateFile). A database has none: its store moves
    // bindings with their pod, and both faces refuse the move.
    static QString pathBeside(const QString &stateFile);
    // nullopt: no baseline yet. A damaged file is an error naming it.
    static Result<std::optional<PodPlacements>> load(const QString &path);
    Status save(const QString &path) const; // atomically
};

} // namespace model
