// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: scheduler configuration JSON (SchedulerConfigJson::parse).
#include "schedulerconfigjson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)model::SchedulerConfigJson::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
