// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the engine decided, the binding changes to persist, and the per-pod
// explanation of a decision. String views point into the engine's tables and
// stay valid for the engine's life.

#include "podrecord.h"
#include "rejection.h"
#include "schedulerconfig.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace sched {

enum class Outcome : std::uint8_t {
    Keep,   // the current binding is still acceptable; nothing changes
    Bind,   // a new binding
    Rebind, // the old binding ends, a new one starts
    Fail,   // no pod; see Decision::failure
};
std::string_view outcomeKey(Outcome o); // "keep" | "bind" | "rebind" | "fail"

struct Decision {
    Outcome outcome = Outcome::Fail;
    std::uint32_t tenant = kNone;
    std::uint32_t az = kNone;     // the binding's AZ (the requested one on failure; kNone = any)
    std::uint32_t bucket = kNone; // the binding's (AZ, group) bucket
    std::uint32_t pod = kNone;    // chosen or kept pod; on a trio2o failure the pod it tried
    std::uint32_t previousPod = kNone; // Rebind: the pod whose binding ends
    std::uint32_t previousBucket = kNone; // Rebind: the bucket that binding was keyed by
    std::string_view tenantId;
    std::string_view azName;
    std::string_view groupKey; // the bucket's group, or the requested one on failure
    std::string_view podId;
    std::string_view podName;
    std::string_view previousPodId;
    // trio2o Rebind across AZs: upstream would also leave the tenant's binding
    // to this pod active (same AZ and group as `pod`), bound twice there. The
    // store holds one active binding per AZ and group, so applying the decision
    // ends that binding too - the one place the store cannot follow upstream.
    std::uint32_t upstreamAlsoBound = kNone;
    std::string_view upstreamAlsoBoundId;
    std::string_view upstreamAlsoBoundName;
    Failure failure;
    std::optional<Rejection> currentRejection; // why the current binding could not be kept

    bool changesBindings() const { return outcome == Outcome::Bind || outcome == Outcome::Rebind; }
    bool departsFromUpstream() const { return upstreamAlsoBound != kNone; }
};

// One row to persist, in order: an Ended change always precedes the Created
// change of the same rebind.
struct BindingChange {
    enum class Kind : std::uint8_t { Ended, Created };
    Kind kind = Kind::Created;
    std::uint32_t tenant = kNone;
    std::uint32_t pod = kNone;
    std::string_view tenantId;
    std::string_view podId;
};

struct ActiveBindingView {
    std::uint32_t tenant = kNone;
    std::uint32_t pod = kNone;
    std::string_view tenantId;
    std::string_view podId;
    std::string_view azName;
    std::string_view groupKey;
};

struct WeightDetail {
    double raw = 0.0;
    double normalised = 0.0;
    double weighted = 0.0; // normalised * multiplier
};

struct CandidateReport {
    std::uint32_t pod = kNone;
    std::string_view podId;
    std::string_view podName;
    bool passed = false;
    std::optional<Rejection> rejection; // the first filter that rejected it
    std::array<WeightDetail, kWeigherCount> weights{}; // indexed by WeigherKind; passed pods only
    double total = 0.0;
    bool current = false; // the tenant's active binding in this request's scope
    bool chosen = false;  // the decision's pod
};

struct Explanation {
    Decision decision; // what select() would do now (not applied)
    std::vector<CandidateReport> candidates; // every existing pod, in table order
};

} // namespace sched
