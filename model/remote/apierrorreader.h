// SPDX-License-Identifier: Apache-2.0
#pragma once

// Turns any failed HTTP exchange into one clear sentence for the user: what
// was attempted, the HTTP status and the server's own message, whichever form
// it came in (JSON "description", Keystone's {"error": {"message"}}, bare
// text, an HTML page, or nothing), or the transport problem (refused, DNS,
// TLS, timeout).

#include "httpclient.h"

#include <QCoreApplication>
#include <QString>

namespace model::remote {

class ApiErrorReader
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrorReader)

public:
    // The server's message in `body`, trimmed to one line; empty if none.
    static QString serverMessage(const QByteArray &body, const QByteArray &contentType);
    // `action` completes "Could not …", e.g. tr("create pod %1"); ends with
    // the request id when the server gave one; never holds a secret.
    static QString describe(const QString &action, const QUrl &url, const HttpResponse &response);
    static QString transportProblem(const QUrl &url, const HttpResponse &response);
    // A change (POST, DELETE) sent without an answer coming back: it may or
    // may not have been made, so the user is told to refresh, not to repeat it.
    static QString unknownOutcome(const QString &action, const QUrl &url, const HttpResponse &response);
    static QString malformed(const QString &action, const QString &detail);
    // Keystone's token refusal ({"error": {...}}) as opposed to a policy refusal.
    static bool isTokenRefusal(const HttpResponse &response);

private:
    static QString describeWithoutRequestId(const QString &action, const QUrl &url, const HttpResponse &response);
};

} // namespace model::remote
