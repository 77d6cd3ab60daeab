#include "report.h"

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
    char buf[40];
    std::snprintf(buf, sizeof buf, "00000000-0000-4000-8000-%012x", unsigned(ref & ~kNewBinding) + 1u);
    return buf;
}

} // namespace whatif
