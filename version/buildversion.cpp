// SPDX-License-Identifier: Apache-2.0
#include "buildversion.h"

#include "buildversion_values.h"

namespace buildversion {

QString projectVersion() { return QStringLiteral(TRIO2O_PROJECT_VERSION); }

QString gitCommit() { return QStringLiteral(TRIO2O_GIT_COMMIT); }

QString text()
{
    const QString commit = gitCommit();
    if (commit.isEmpty())
        return projectVersion();
    return QStringLiteral("%1 (git %2%3)")
        .arg(projectVersion(), commit, TRIO2O_GIT_MODIFIED ? QStringLiteral(", modified") : QString());
}

} // namespace buildversion
