// SPDX-License-Identifier: Apache-2.0
#include "terminal.h"

#include "secretscrubber.h"

#include <cstdio>

namespace cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int status)
{
    out().flush();
    err() << "trio2o-sched: " << model::remote::SecretScrubber::scrub(message) << Qt::endl;
    return status;
}

} // namespace cli
