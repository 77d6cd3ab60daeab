// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small clouds and scenario helpers for the what-if tests.

#include "scenario.h"

#include <string>

namespace whatiftest {

inline sched::Pod pod(std::string name, std::string az, std::string group, std::int64_t createdAtUs,
                      std::int64_t vcpus = 10)
{
    sched::Pod p;
    p.id = "id-" + name;
    p.name = std::move(name);
    p.azName = std::move(az);
    p.tags = *sched::parseGroup(group);
    p.createdAtUs = createdAtUs;
    p.capacity = {vcpus, 100000, 100000};
    p.threshold = 1.0;
    p.used = {0, 0, 0};
    p.runningVms = 0;
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

// RegionOne (top); az1: p1, p2, p3 (general, oldest first), g1 (gpu); az2: q1 (general).
inline sched::CloudState cloud()
{
    sched::CloudState c;
    c.pods = {pod("RegionOne", "", "", 0), pod("p1", "az1", "", 10), pod("p2", "az1", "", 20),
              pod("p3", "az1", "", 30), pod("g1", "az1", "resource:gpu", 40), pod("q1", "az2", "", 50)};
    return c;
}

// Only the creation-order weigher: pods fill strictly oldest first.
inline sched::SchedulerConfig creationOnly()
{
    sched::SchedulerConfig c;
    c.multipliers = {1.0, 0, 0, 0, 0, 0};
    return c;
}

inline void createVm(whatif::Scenario &s, const std::string &tenant, const std::string &az, const std::string &group,
                     std::int64_t vcpus, std::uint32_t count = 1)
{
    s.events.push_back(whatif::CreateVm{{s.intern(tenant)}, s.intern(az), s.intern(group), {vcpus, 0, 0}, count});
}

} // namespace whatiftest
