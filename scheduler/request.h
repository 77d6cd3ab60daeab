// SPDX-License-Identifier: Apache-2.0
#pragma once

// A scheduling request, as strings (from the CLI, GUI or store) and in the
// interned form the engine's hot path takes (Engine::resolve converts once).

#include "cloud.h"
#include "podrecord.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sched {

struct Request {
    std::string tenantId;
    std::string az;                     // empty = any bottom AZ
    TagSet group;                       // empty = the general group
    std::optional<Amounts> size;        // vCPUs, RAM MB, disk GB of the VM
    std::vector<std::string> ignorePods; // pod ids or names the operator excludes
    std::optional<std::string> destinationPod; // pod id or name the operator forces
};

struct ResolvedRequest {
    std::uint32_t tenant = kNone;
    std::uint32_t az = kNone; // kNone = any bottom AZ
    std::uint32_t group = 0;  // GroupTable id
    bool hasSize = false;
    Amounts size{};
    std::vector<std::uint32_t> ignore; // pod indices
    std::uint32_t destination = kNone; // pod index
};

enum class ResolveError : std::uint8_t { None, EmptyTenant, BadGroup, UnknownDestination };

struct ResolveResult {
    ResolveError error = ResolveError::None;
    ResolvedRequest request;
    bool ok() const { return error == ResolveError::None; }
};

} // namespace sched
