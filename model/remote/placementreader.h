// SPDX-License-Identifier: Apache-2.0
#pragma once

// Reads the three Placement API answers the usage collection needs, in the
// shapes of microversion 1.0 (unchanged since):
//   GET /resource_providers              {"resource_providers": [{"uuid", "name", ...}]}
//   GET /resource_providers/{uuid}/inventories
//       {"resource_provider_generation": n, "inventories": {"VCPU": {"total", "reserved",
//        "allocation_ratio", "min_unit", "max_unit", "step_size"}, ...}}
//   GET /resource_providers/{uuid}/usages
//       {"resource_provider_generation": n, "usages": {"VCPU": used, ...}}
// and sums providers the way Nova's scheduler counts them: capacity per
// resource class = (total − reserved) × allocation_ratio; used = the usages.

#include "cloud.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace model::remote {

class PlacementReader
{
    Q_DECLARE_TR_FUNCTIONS(PlacementReader)

public:
    struct Inventory {
        std::int64_t total = 0;
        std::int64_t reserved = 0;
        double allocationRatio = 1.0;
    };
    // Per resource of sched::kAllResources; nullopt: the provider has none of it.
    using Inventories = std::array<std::optional<Inventory>, sched::kResourceCount>;
    using Usages = sched::Amounts;

    // "VCPU", "MEMORY_MB", "DISK_GB".
    static QString resourceClass(sched::Resource r);

    // Each error is the detail of ApiErrorReader::malformed (what is missing or wrong).
    static Result<std::vector<QString>> providers(const QByteArray &body);
    static Result<Inventories> inventories(const QByteArray &body);
    static Result<Usages> usages(const QByteArray &body);

    // Whether the provider has any of the three classes (else its usages are not asked).
    static bool counts(const Inventories &inventories);
    // Adds one provider: capacity += (total − reserved) × allocation_ratio, rounded
    // down, never below 0; used += its usage of each class it has an inventory of.
    static void add(const Inventories &inventories, const Usages &usages, sched::Amounts &capacity,
                    sched::Amounts &used);
};

} // namespace model::remote
