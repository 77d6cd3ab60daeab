// SPDX-License-Identifier: Apache-2.0
#pragma once

// Standard output and error of the command-line tool, as UTF-8 text streams.

#include <QTextStream>

namespace cli {

QTextStream &out();
QTextStream &err();
// Prints "trio2o-sched: <message>" on stderr and returns `status`.
int fail(const QString &message, int status = 1);

} // namespace cli
