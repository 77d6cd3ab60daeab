// SPDX-License-Identifier: Apache-2.0
#pragma once

// What a real Trio2o's database can hold that our store refuses, found in a
// parsed state before it is imported, and the repair `import --repair` makes:
// - a tenant bound twice in one AZ and pod group (upstream's rotation across
//   AZs leaves that): the binding upstream treats as current - the lowest
//   pod_id - stays active, the others end (kept as history);
// - a binding to a pod that does not exist (Trio2o deletes pods that still
//   have bindings): left out;
// - a second top region (Trio2o lets one in when az_name "" is sent
//   explicitly): the first in the dump stays the top region, the others are
//   left out, with their bindings.
// Every anomaly and every repair is one line naming the records involved.

#include "cloud.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace model {

class ImportRepair
{
    Q_DECLARE_TR_FUNCTIONS(ImportRepair)

public:
    explicit ImportRepair(const sched::CloudState &state);

    bool clean() const { return m_anomalies.isEmpty(); }
    // One line per anomaly, in the order of the records.
    const QStringList &anomalies() const { return m_anomalies; }
    // The state with every anomaly repaired; `endedAtUs` is when the ended
    // duplicates end (not before their own start). One line per repair.
    sched::CloudState repaired(std::int64_t endedAtUs, QStringList &repairs) const;

private:
    void findSecondTopRegions();
    void findOrphans();
    void findBoundTwice();
    QString podLabel(std::size_t pod) const;
    QString bindingLabel(std::size_t binding) const;

    const sched::CloudState &m_state;
    std::vector<std::size_t> m_extraTops;      // pods left out
    std::vector<std::size_t> m_orphans;        // bindings left out (missing pod or a left-out top region)
    std::vector<std::vector<std::size_t>> m_twice; // per (tenant, AZ, group): kept binding first
    QStringList m_anomalies;
};

} // namespace model
