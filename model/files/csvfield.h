// SPDX-License-Identifier: Apache-2.0
#pragma once

// One CSV cell by RFC 4180, safe to open in a spreadsheet: quoted when it
// holds a comma, a quote, a line feed or a lone carriage return; and a cell
// that a spreadsheet would run as a formula (starting with =, +, -, @, a tab
// or a carriage return) gets a leading apostrophe, as OWASP advises against
// CSV injection. Plain numbers ("-5", "+1.5e3") are left as they are.

#include <QString>

namespace model {

QString csvField(const QString &text);

} // namespace model
