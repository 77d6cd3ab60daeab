// SPDX-License-Identifier: Apache-2.0
#include "decision.h"

namespace sched {

std::string_view outcomeKey(Outcome o)
{
    constexpr std::array<std::string_view, 4> kKeys{"keep", "bind", "rebind", "fail"};
    return kKeys[std::size_t(o)];
}

} // namespace sched
