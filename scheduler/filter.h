// SPDX-License-Identifier: Apache-2.0
#pragma once

// A filter rejects a pod for a request, with a reason code. Filters are
// stateless: check() depends only on its arguments.

#include "grouptable.h"
#include "podrecord.h"
#include "rejection.h"
#include "request.h"

#include <memory>
#include <optional>

namespace sched {

class Filter
{
public:
    virtual ~Filter() = default;
    virtual FilterKind kind() const = 0;
    // nullopt = the pod passes.
    virtual std::optional<Rejection> check(const PodRecord &pod, const ResolvedRequest &request,
                                           const GroupTable &groups) const = 0;
};

std::unique_ptr<Filter> makeFilter(FilterKind kind);

} // namespace sched
