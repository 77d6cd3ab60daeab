// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small hand-made clouds for the scheduler tests.

#include "cloud.h"

#include <string>

namespace testclouds {

inline sched::Pod pod(std::string name, std::string az, std::string group = {}, std::int64_t createdAtUs = 0)
{
    sched::Pod p;
    p.id = "id-" + name;
    p.name = std::move(name);
    p.azName = std::move(az);
    p.tags = *sched::parseGroup(group);
    p.createdAtUs = createdAtUs;
    p.capacity = {100, 1000, 1000};
    p.threshold = 0.9; // limits 90, 900, 900
    p.used = {10, 100, 100};
    p.runningVms = 5;
    return p;
}

inline sched::Binding binding(std::string tenant, std::string podName, bool active = true)
{
    sched::Binding b;
    b.id = "b-" + tenant + "-" + podName;
    b.tenantId = std::move(tenant);
    b.podId = "id-" + podName;
    b.active = active;
    return b;
}

// RegionOne (top), az1: p1, p2 (general), g1 (gpu); az2: p3 (general).
inline sched::CloudState small()
{
    sched::CloudState c;
    c.pods = {pod("RegionOne", ""), pod("p1", "az1", "", 10), pod("p2", "az1", "", 20),
              pod("g1", "az1", "resource:gpu", 30), pod("p3", "az2", "", 40)};
    return c;
}

} // namespace testclouds
