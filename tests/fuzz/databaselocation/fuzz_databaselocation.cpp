// libFuzzer target: the --db value / Connect dialog text (DatabaseLocation::parse).
#include "databaselocation.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto location = model::DatabaseLocation::parse(text);
    if (location && location->isPostgres() && text.contains(QLatin1String(":pw@")))
        __builtin_trap(); // a password must never be accepted
    return 0;
}
