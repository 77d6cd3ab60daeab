// SPDX-License-Identifier: Apache-2.0
#pragma once

// How a pod looks in the audit log's before/after columns: the settings that
// differ between two versions of a pod as "key=value" pairs in a fixed order
// ("state=maintenance threshold=0.8"), or all of them for a creation or a
// deletion. Not translated: a shared store is read in every operator's language.

#include "cloud.h"

#include <QString>

#include <utility>

namespace model {

class PodAuditText
{
public:
    // Every setting of `pod`.
    static QString describe(const sched::Pod &pod);
    // Which settings difference() compares: all, or (a live cloud, whose
    // usage and, when collected, capacity come from Nova) the operator's own.
    enum class Scope { All, WithoutUsage, WithoutCapacityAndUsage };
    // (before, after) with only the settings that differ; both empty when none does.
    static std::pair<QString, QString> difference(const sched::Pod &before, const sched::Pod &after,
                                                  Scope scope = Scope::All);
};

} // namespace model
