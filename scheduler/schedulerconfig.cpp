// SPDX-License-Identifier: Apache-2.0
#include "schedulerconfig.h"

namespace sched {

namespace {
constexpr std::array<std::string_view, 2> kPolicyKeys{"weighted", "trio2o"};
constexpr std::array<std::string_view, kWeigherCount> kWeigherKeys{
    "creation_order", "free_ram", "free_vcpus", "free_disk", "workload", "cost"};
} // namespace

std::string_view policyKey(Policy p) { return kPolicyKeys[std::size_t(p)]; }

std::optional<Policy> policyFromKey(std::string_view key)
{
    for (std::size_t i = 0; i < kPolicyKeys.size(); ++i)
        if (kPolicyKeys[i] == key)
            return Policy(i);
    return std::nullopt;
}

std::string_view weigherKey(WeigherKind w) { return kWeigherKeys[std::size_t(w)]; }

std::optional<WeigherKind> weigherFromKey(std::string_view key)
{
    for (std::size_t i = 0; i < kWeigherKeys.size(); ++i)
        if (kWeigherKeys[i] == key)
            return WeigherKind(i);
    return std::nullopt;
}

} // namespace sched
