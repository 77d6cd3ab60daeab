// SPDX-License-Identifier: Apache-2.0
#pragma once

// `trio2o-sched check` and the console's findings: what a live Trio2o holds
// that the console's rules forbid, found by ImportRepair (the one place that
// decides what is inconsistent), each with its repair as a preview, and the
// repair applied through ChangeWriter like every other operation.
// Repairs:
// - a tenant bound twice in one AZ and group: the binding with the lowest
//   pod_id stays - the one upstream Trio2o (and the trio2o policy) treats as
//   current -, the others end;
// - a binding to a pod that no longer exists, or to a top region: it ends; a
//   tenant left with no active binding is rebound to the pod the scheduler
//   chooses for it (any AZ, general group), in the same change;
// - a second top region (creation order decides: the first stays): it is
//   deleted, after its bindings ended;
// - a pod whose AZ or group changed under tenants bound to it (against the
//   PodPlacements last seen): nothing is written; the repair accepts the move
//   (the tenants stay with the pod in its new place) and records the new
//   placements, so the finding is reported until then.
// While a tenant is bound twice, schedule and rebind refuse to guess which
// binding is current (refuseWhileBoundTwice).

#include "backend.h"
#include "changewriter.h"
#include "podplacements.h"
#include "schedulerconfig.h"
#include "tenantchange.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace model {

struct CheckFinding {
    enum class Kind { BoundTwice, MissingPod, SecondTopRegion, TopRegionBinding, PodChanged };
    Kind kind = Kind::BoundTwice;
    QString text;        // what is wrong, naming the records
    QStringList repairs; // what the repair does (the preview)
    std::string tenantId;
    std::vector<std::string> bindingIds; // BoundTwice: the kept one first
    std::vector<std::string> podIds;
};

struct CheckReport {
    std::vector<CheckFinding> findings;
    ChangeList changes;                    // the repair's binding changes, in order
    std::vector<std::string> podsToDelete; // second top regions, deleted after the changes
    std::vector<std::string> podsDeleted;  // after apply()
    bool clean() const { return findings.empty(); }
    bool podsChanged() const; // a PodChanged finding is among them
};

class CheckOperation
{
    Q_DECLARE_TR_FUNCTIONS(CheckOperation)

public:
    // `seen`: the placements last seen (PodPlacements); none: no pod change is looked for.
    static CheckReport preview(const sched::CloudState &state, const sched::SchedulerConfig &config = {},
                               const PodPlacements *seen = nullptr);
    // The findings alone, without deciding repairs (no scheduler run): what
    // the console counts after each load.
    static std::vector<CheckFinding> find(const sched::CloudState &state, const PodPlacements *seen = nullptr);
    // Records `state`'s placements at `path` (empty: nothing to do) when no
    // pod change is pending in `report`, or when `accepted` (the repair ran).
    static Status remember(const QString &path, const sched::CloudState &state, const CheckReport &report,
                           bool accepted);
    // The binding changes (ChangeWriter: one transaction on a database, in
    // order on a live cloud), then the pod deletions. Waits for the backend.
    static Status apply(Backend &backend, CheckReport &report, const ChangeWriter::Progress &progress = {});

    // An error naming both bindings and pointing at `check --repair` while
    // `tenantId` has more than one active binding in AZ `az` (empty: any AZ)
    // and `group`; a decision there would have to guess which one is current.
    static Status refuseWhileBoundTwice(const sched::CloudState &state, const std::string &tenantId,
                                        const std::string &az, const std::string &group);

    static QString kindKey(CheckFinding::Kind kind); // "bound_twice", ... (JSON)
    static QString kindName(CheckFinding::Kind kind); // translated
    static QJsonObject toJson(const CheckFinding &finding);
};

} // namespace model
