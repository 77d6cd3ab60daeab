// SPDX-License-Identifier: Apache-2.0
#include "requestlog.h"

#include "secretscrubber.h"

namespace model::remote {

Q_LOGGING_CATEGORY(lcHttp, "trio2o.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeystone, "trio2o.keystone", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "trio2o.api", QtInfoMsg)

void RequestLog::enableDebug() { setDebug(true); }

void RequestLog::setDebug(bool on)
{
    SecretScrubber::installMessageHandler();
    QLoggingCategory::setFilterRules(on ? QStringLiteral("trio2o.*.debug=true") : QStringLiteral("trio2o.*.debug=false"));
}

QByteArray RequestLog::userAgent() { return QByteArrayLiteral("trio2o-console/" TRIO2O_VERSION); }

} // namespace model::remote
