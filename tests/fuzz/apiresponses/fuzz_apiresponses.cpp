// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: what the network hands us — Trio2o API bodies (pods,
// bindings) and error bodies. Keystone's token body: fuzz_keystonetoken.
#include "apierrorreader.h"
#include "trio2oapiclient.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace model::remote;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ApiErrorReader::serverMessage(body, QByteArrayLiteral("application/json"));
    (void)ApiErrorReader::serverMessage(body, QByteArrayLiteral("text/html"));
    // The list answers as the client reads them: straight from the bytes.
    (void)Trio2oApiClient::parsePods(body, QStringLiteral("listing pods"));
    (void)Trio2oApiClient::parseBindings(body, QStringLiteral("listing bindings"));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return 0;
    const QJsonObject root = doc.object();
    (void)Trio2oApiClient::parsePods(root, QStringLiteral("listing pods"));
    (void)Trio2oApiClient::parseBindings(root, QStringLiteral("listing bindings"));
    return 0;
}
