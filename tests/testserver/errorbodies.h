// SPDX-License-Identifier: Apache-2.0
#pragma once

// Error answers as Trio2o (pecan/webob) and Keystone send them.

#include "minihttpserver.h"

namespace testserver {

// 400/401/404/405: {"code","title","description"} for Accept: application/json,
// 406 for Accept: text/plain, an HTML page otherwise.
HttpAnswer webobError(const HttpRequest &request, int status, const QString &message);
// 409/422: the bare message as text.
HttpAnswer bareText(int status, const QString &message);
// 500 from an unhandled exception: an empty body.
HttpAnswer emptyError(int status = 500);
// Keystone middleware refusing a token: {"error": {"code": 401, "title", "message"}}.
HttpAnswer tokenRefused();
HttpAnswer json(const QByteArray &body, int status = 200);

} // namespace testserver
