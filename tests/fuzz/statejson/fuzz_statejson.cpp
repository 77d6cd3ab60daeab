// libFuzzer target: state import JSON (StateJsonCodec::parse).
#include "statejsoncodec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto state = model::StateJsonCodec::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (state) // what parses must serialize and parse back
        (void)model::StateJsonCodec::parse(model::StateJsonCodec::serialize(state.value()));
    return 0;
}
