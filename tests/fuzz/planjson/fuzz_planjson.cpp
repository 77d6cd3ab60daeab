// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: what-if plan JSON (PlanJson::parse, then the changes it implies).
#include "planjson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto plan = model::PlanJson::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (plan)
        (void)model::PlanJson::toBindingChanges(plan.value());
    return 0;
}
