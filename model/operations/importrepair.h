// SPDX-License-Identifier: Apache-2.0
#pragma once

// What a real Trio2o's database can hold that our store refuses, found in a
// parsed state (a dump before `import`, or the live cloud `check` reads), and
// the repair `import --repair` makes. The one place that decides what is
// inconsistent; CheckOperation turns the same findings into live repairs.
// - a tenant bound twice in one AZ and pod group (upstream's rotation across
//   AZs leaves that; the server trims tenant ids, so " t1" and "t1" are one
//   tenant): the binding upstream treats as current - the lowest pod_id -
//   stays active, the others end (kept as history);
// - a binding to a pod that does not exist (Trio2o deletes pods that still
//   have bindings), or to the top region: left out;
// - a second top region (Trio2o lets one in when az_name "" is sent
//   explicitly): the first in the dump stays the top region, the others are
//   left out, with their bindings.
// Every anomaly and every repair is one line naming the records involved.

#include "cloud.h"

#include <QCoreApplication>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace model {

class ImportRepair
{
    Q_DECLARE_TR_FUNCTIONS(ImportRepair)

public:
    // How records are named: by their place in a dump ("pod_bindings[3] (id …)"),
    // or by what they are on a live cloud ("binding b3 (tenant t1, pod Pod2)").
    enum class Labels { DumpIndex, Live };

    struct Anomaly {
        enum class Kind { SecondTopRegion, MissingPod, SecondTopBinding, TopRegionBinding, BoundTwice };
        Kind kind;
        QString text;
        std::vector<std::size_t> pods;     // SecondTopRegion: the pod
        std::vector<std::size_t> bindings; // the bindings; BoundTwice: the kept one first
    };

    explicit ImportRepair(const sched::CloudState &state, Labels labels = Labels::DumpIndex);

    bool clean() const { return m_found.empty(); }
    // One line per anomaly, in the order of the records.
    QStringList anomalies() const;
    // The same, with the records involved.
    const std::vector<Anomaly> &found() const { return m_found; }
    // The state with every anomaly repaired; `endedAtUs` is when the ended
    // duplicates end (not before their own start). One line per repair.
    sched::CloudState repaired(std::int64_t endedAtUs, QStringList &repairs) const;

    // The records as this repair names them (for the repair lines of CheckOperation).
    QString podLabel(std::size_t pod) const;
    QString bindingLabel(std::size_t binding) const;

private:
    void findSecondTopRegions();
    void findOrphans();
    void findBoundTwice();
    void addBoundTwice(std::string_view tenant, std::size_t pod, const std::string &group, std::vector<std::size_t> list);
    bool leftOut(std::size_t binding) const;

    const sched::CloudState &m_state;
    Labels m_labels;
    std::vector<std::size_t> m_extraTops; // pods left out, ascending
    std::vector<std::size_t> m_orphans;   // bindings left out (missing pod, a top region), ascending
    std::vector<Anomaly> m_found;
};

} // namespace model
