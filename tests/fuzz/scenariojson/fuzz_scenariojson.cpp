// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: what-if scenario JSON (ScenarioJson::parse). The base
// directory does not exist, so file references resolve to nothing.
#include "scenariojson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)model::ScenarioJson::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                     QStringLiteral("/nonexistent-fuzz-dir"));
    return 0;
}
