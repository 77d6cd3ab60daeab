// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs a whole scenario: one Replay per policy, each on its own Engine in its
// own thread (engines are independent), then the comparisons against the
// primary (first) policy. This is what the GUI's What-if tab calls from a
// worker thread:
//
//   std::atomic<bool> cancel{false};
//   whatif::RunOptions o;
//   o.cancel = &cancel;
//   o.progress = [&](std::uint64_t done, std::uint64_t total) { promise.setProgressValue(...); };
//   whatif::RunResult r = whatif::runScenario(scenario, base, o);
//   if (!r.cancelled) { ... r.reports[0], whatif::makePlan(r.reports[0]) ... }
//
// The progress callback runs on the calling thread, at most every ~50 ms and
// once at the end; `done` counts VMs of create_vm events plus other events,
// summed over the policies (total = Scenario::workUnits() x policies).

#include "comparison.h"
#include "report.h"
#include "scenario.h"

#include <atomic>
#include <functional>

namespace whatif {

struct RunOptions {
    std::function<void(std::uint64_t done, std::uint64_t total)> progress;
    const std::atomic<bool> *cancel = nullptr; // checked between events
};

struct RunResult {
    bool cancelled = false;
    std::vector<Report> reports; // one per Scenario::policies entry; [0] is the primary
    // differences[i]: tenants whose outcome under reports[i + 1] differs from the primary's
    std::vector<std::vector<TenantDifference>> differences;
};

RunResult runScenario(const Scenario &scenario, const sched::CloudState &base, const RunOptions &options = {});

} // namespace whatif
