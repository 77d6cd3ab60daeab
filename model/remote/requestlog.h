// SPDX-License-Identifier: Apache-2.0
#pragma once

// The logging categories of remote mode (debug level off unless --debug, the
// console's setting or QT_LOGGING_RULES turns them on):
//   trio2o.http      every request: method, URL, status, duration, request id
//   trio2o.keystone  tokens obtained and renewed (never the token)
//   trio2o.api       Trio2o API calls, version discovery, snapshot fallbacks

#include <QLoggingCategory>

namespace model::remote {

Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcKeystone)
Q_DECLARE_LOGGING_CATEGORY(lcApi)

class RequestLog
{
public:
    // Turns the debug level of every trio2o.* category on (--debug); the
    // messages are scrubbed of secrets (SecretScrubber's handler).
    static void enableDebug();
    // The console's setting: on or off again (QT_LOGGING_RULES still wins).
    static void setDebug(bool on);
    // "trio2o-console/1.2.3", sent as User-Agent on every request.
    static QByteArray userAgent();
};

} // namespace model::remote
