// SPDX-License-Identifier: Apache-2.0
#pragma once

// Reads the body of Keystone v3's answer to POST /v3/auth/tokens: the service
// catalog (token.catalog[], each service with its endpoints) and the expiry
// (token.expires_at). The token itself travels in the X-Subject-Token header,
// not in the body. Pure: no network, no state. A body that is not what
// Keystone sends is refused with a message naming the field, e.g.
// "token.catalog[2].endpoints[0].url" is missing.

#include "result.h"
#include "servicecatalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace model::remote {

struct KeystoneToken {
    ServiceCatalog catalog;
    QDateTime expiresAt; // UTC
};

class KeystoneTokenReader
{
    Q_DECLARE_TR_FUNCTIONS(KeystoneTokenReader)

public:
    // The error is a detail for ApiErrorReader::malformed(): it names the
    // field (as a path from the body's root) and what was wrong with it.
    static Result<KeystoneToken> read(const QByteArray &body);
};

} // namespace model::remote
