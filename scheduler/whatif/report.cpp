// SPDX-License-Identifier: Apache-2.0
#include "report.h"

#include "splitmix64.h"

#include <array>
#include <cstdio>

namespace whatif {

namespace {
constexpr std::array<std::string_view, 5> kReasonKeys{"new_binding", "current_rejected", "rotation", "drain",
                                                      "replaced"};
} // namespace

std::string_view changeReasonKey(ChangeReason r) { return kReasonKeys[std::size_t(r)]; }

std::string Report::bindingId(BindingRef ref) const
{
    if (ref == kNoId)
        return {};
    if (!(ref & kNewBinding))
        return bindingIds[ref];
    const std::uint64_t n = ref & ~kNewBinding;
    const std::uint64_t hi = (sched::mix64(newIdSeed[0] + n) & ~0xf000ULL) | 0x4000ULL; // version 4
    const std::uint64_t lo = ((newIdSeed[1] + n) & 0x3fff'ffff'ffff'ffffULL) | 0x8000'0000'0000'0000ULL; // variant 1
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08llx-%04llx-%04llx-%04llx-%012llx", (unsigned long long)(hi >> 32),
                  (unsigned long long)((hi >> 16) & 0xffff), (unsigned long long)(hi & 0xffff),
                  (unsigned long long)(lo >> 48), (unsigned long long)(lo & 0xffff'ffff'ffffULL));
    return buf;
}

} // namespace whatif
