// SPDX-License-Identifier: Apache-2.0
#pragma once

// A weigher gives each candidate a raw value, higher = better. Normalising to
// 0..1 across the candidates and applying multipliers is WeightTable's job,
// so a weigher holds no state between pods or between calls.

#include "podrecord.h"
#include "request.h"
#include "schedulerconfig.h"

#include <memory>

namespace sched {

class Weigher
{
public:
    virtual ~Weigher() = default;
    virtual WeigherKind kind() const = 0;
    virtual double raw(const PodRecord &pod, const ResolvedRequest &request) const = 0;
};

std::unique_ptr<Weigher> makeWeigher(WeigherKind kind);

} // namespace sched
