// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the body of Keystone v3's token answer, as
// KeystoneTokenReader reads it for KeystoneClient. Either a catalog and an
// expiry come back, or an error that names a field; never a crash, and the
// message stays short whatever the body holds.
#include "keystonetokenreader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using model::remote::KeystoneTokenReader;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto token = KeystoneTokenReader::read(body);
    if (!token.ok()) {
        // Values are quoted cut short (60 characters); Qt's parse errors are short too.
        if (token.error().isEmpty() || token.error().size() > 400)
            std::abort();
        return 0;
    }
    for (const auto &e : token->catalog.endpoints())
        if (e.serviceType.isEmpty() || e.interface.isEmpty() || !e.url.isValid() || e.url.isRelative())
            std::abort();
    (void)token->catalog.endpoint(QStringLiteral("Cascading"), QStringLiteral("publicURL"), QStringLiteral("RegionOne"));
    return 0;
}
