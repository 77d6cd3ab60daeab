// SPDX-License-Identifier: Apache-2.0
#pragma once

// A report's failures grouped by AZ, group and reason, with counts: what an
// operator reads first instead of one line per failed VM. Two failures share
// a reason when their kind, failure code, the set of filters that rejected
// candidates and the example rejection (its reason and resource, not its
// numbers) are the same. Groups come by count (most first), then by first event.

#include "report.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace model {

class FailureGroups
{
    Q_DECLARE_TR_FUNCTIONS(FailureGroups)

public:
    struct Group {
        std::uint32_t az = 0;    // Report::azs
        std::uint32_t group = 0; // Report::groups
        std::uint64_t count = 0;
        std::uint32_t firstEvent = 0;
        std::uint32_t lastEvent = 0;
        std::size_t example = 0; // index into Report::failures
    };

    static std::vector<Group> of(const whatif::Report &report);
    // The shared reason in words, without the figures that differ per failure.
    static QString reason(const whatif::Report &report, const Group &group);

private:
    static std::uint64_t reasonKey(const whatif::FailureRecord &failure);
};

} // namespace model
