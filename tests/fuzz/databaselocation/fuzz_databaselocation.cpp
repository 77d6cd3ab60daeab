// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the --db value / Connect dialog text (DatabaseLocation::parse).
#include "databaselocation.h"

#include <QUrl>
#include <QUrlQuery>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto location = model::DatabaseLocation::parse(text);
    // A password must never be accepted, neither in the authority nor as a parameter.
    // (Text like ":pw@" in a database name is no password: "postgresql://o:/ops:pw@d".)
    const QUrl url(text, QUrl::StrictMode);
    if (location && location->isPostgres()
        && (!url.password().isEmpty() || QUrlQuery(url).hasQueryItem(QStringLiteral("password"))))
        __builtin_trap();
    return 0;
}
