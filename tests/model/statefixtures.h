// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small hand-made cloud states shared by the model tests.

#include "cloud.h"

namespace fixtures {

inline sched::Pod pod(const char *id, const char *name, const char *az, sched::TagSet tags = {})
{
    sched::Pod p;
    p.id = id;
    p.name = name;
    p.azName = az;
    p.tags = std::move(tags);
    p.createdAtUs = 1'000'000;
    p.capacity = {100, 4096, 1000};
    return p;
}

inline sched::Binding binding(const char *id, const char *tenant, const char *podId, bool active = true)
{
    sched::Binding b;
    b.id = id;
    b.tenantId = tenant;
    b.podId = podId;
    b.active = active;
    b.createdAtUs = 2'000'000;
    if (!active)
        b.endedAtUs = 3'000'000;
    return b;
}

// A top region, two pods in az1 (one GPU), one in az2; tenant t1 bound in two
// groups of az1, with one history row.
inline sched::CloudState smallCloud()
{
    sched::CloudState s;
    s.pods = {pod("p0", "RegionOne", ""), pod("p1", "Pod1", "az1"), pod("p2", "Pod2", "az1", {{"resource", "gpu"}}),
              pod("p3", "Pod3", "az2")};
    for (std::size_t i = 0; i < s.pods.size(); ++i)
        s.pods[i].createdAtUs += std::int64_t(i); // creation order = list order
    s.pods[1].used = {std::int64_t(10), std::nullopt, std::int64_t(20)};
    s.pods[1].runningVms = 4;
    s.pods[3].state = sched::PodState::Maintenance;
    s.bindings = {binding("b1", "t1", "p1"), binding("b2", "t1", "p2"), binding("b0", "t1", "p3", false),
                  binding("b3", "t2", "p3")};
    return s;
}

} // namespace fixtures
