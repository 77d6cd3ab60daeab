// SPDX-License-Identifier: Apache-2.0
#pragma once

// Who and where, as the shared store records it: the key of a live cloud
// (its Keystone URL and Trio2o endpoint, normalised, so that every operator
// of one cloud gets the same key however they typed the URLs), and the
// operator the audit log names (the Keystone user).

#include "connectionsettings.h"

#include <QString>
#include <QUrl>

namespace model::remote {

class CloudIdentity
{
public:
    // "keystone=https://k.example:5000/v3 trio2o=http://t.example:19996/v1.0"
    // (no keystone part in noauth mode). `endpoint`: the Trio2o API actually
    // used (from the catalog when the settings name none).
    static QString storeKey(const ConnectionSettings &settings, const QUrl &endpoint);
    // Scheme and host in lower case, no default port, user info, query,
    // fragment or trailing slash.
    static QString normalised(const QUrl &url);
    // The Keystone user (name, else id), the application credential, "token"
    // for a given token; the OS user in noauth mode.
    static QString operatorName(const ConnectionSettings &settings);
};

} // namespace model::remote
