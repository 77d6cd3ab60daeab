// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: state import JSON (StateJsonCodec::parse on JsonCursor).
// Anything that parses must serialize, parse back and serialize to the same bytes.
#include "statejsoncodec.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto state = model::StateJsonCodec::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!state)
        return 0;
    const QByteArray once = model::StateJsonCodec::serialize(state.value());
    const auto again = model::StateJsonCodec::parse(once);
    if (!again || model::StateJsonCodec::serialize(again.value()) != once)
        std::abort();
    return 0;
}
