// SPDX-License-Identifier: Apache-2.0
#pragma once

// One event of a scenario file, read from a JsonCursor and checked field by
// field into the whatif::Scenario it belongs to (names interned there); no
// document is built. Errors name the event's index, type, field and byte:
//   events[12] (create_vm): field "size.vcpus" must be a whole number ≥ 0 (the event at byte 1234)

#include "jsoncursor.h"
#include "result.h"
#include "scenario.h"

#include <QCoreApplication>

#include <string>
#include <unordered_map>

namespace model {

// How far a scenario's events may expand: VM requests (the `count` of
// create_vm and delete_vm events, summed) and tenant names (the names of every
// `tenants`/`pattern`, summed over the events). A few hundred bytes of JSON
// can otherwise ask for billions of decisions or names: the event that crosses
// a limit is refused before anything is expanded. `trio2o-sched whatif
// --max-requests N --max-tenants N` raises them.
struct ExpansionLimits {
    static constexpr std::uint64_t kDefaultRequests = 20'000'000;
    static constexpr std::uint64_t kDefaultTenants = 2'000'000;
    std::uint64_t requests = kDefaultRequests;
    std::uint64_t tenants = kDefaultTenants;
};

// What the events read so far have used of the limits. A pattern repeated
// with the same count shares one tenant list and counts once.
struct ExpansionBudget {
    ExpansionLimits limits;
    std::uint64_t requests = 0;
    std::uint64_t tenants = 0;
    std::unordered_map<std::string, std::uint32_t> lists; // pattern + count -> tenant list
    // Group text as written -> the scenario's name of its canonical form.
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using GroupIds = std::unordered_map<std::string, whatif::NameId, TextHash, std::equal_to<>>;
    GroupIds groupIds;
};

class EventJson
{
    Q_DECLARE_TR_FUNCTIONS(EventJson)

public:
    // Reads the event at the cursor. `createdAtUs`: created_at given to an
    // add_pod pod that has none (newest).
    static Result<whatif::Event> read(JsonCursor &cursor, qsizetype index, whatif::Scenario &scenario,
                                      std::int64_t createdAtUs, ExpansionBudget &budget);
    static QStringList types(); // the known event types
    static constexpr std::int64_t kMaxGrowDays = 3650; // grow's "days": 1 to ten years
};

} // namespace model
