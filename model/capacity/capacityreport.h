// SPDX-License-Identifier: Apache-2.0
#pragma once

// The capacity outlook as the operator reads it, in the three forms both faces
// share: JSON (numbers and codes, for scripts), CSV (one row per pod and
// resource, as shown) and text (the at-risk pods first, then the groups).
// Days become dates from the outlook's "now"; every missing number carries
// its reason.

#include "capacityoutlook.h"
#include "cloud.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace model {

struct CapacityView {
    const sched::CloudState &state;
    const sched::outlook::CapacityOutlook &outlook;
    sched::outlook::OutlookOptions options;
    QString az;    // only this AZ, when set
    QString group; // only this group ("" general), when set
    bool groupSet = false;

    bool showsPod(const sched::Pod &pod) const;
    bool showsGroup(const sched::outlook::GroupOutlook &g) const;
    // Pods whose conservative time remaining falls within the horizon, soonest first.
    std::vector<const sched::outlook::PodOutlook *> atRisk() const;
};

class CapacityReport
{
    Q_DECLARE_TR_FUNCTIONS(CapacityReport)

public:
    static QByteArray json(const CapacityView &view, bool indented);
    static QString csv(const CapacityView &view);
    static QString text(const CapacityView &view);

    // "too_little_history", "flat_or_falling", ... (JSON and CSV).
    static QString reasonCode(sched::outlook::NoProjection reason);
    // A sentence for people, translated.
    static QString reasonText(sched::outlook::NoProjection reason);
    // "YYYY-MM-DD" of now + days (UTC).
    static QString date(std::int64_t nowUs, double days);
    static QString resourceName(sched::Resource r);
};

} // namespace model
