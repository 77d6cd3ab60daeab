// SPDX-License-Identifier: Apache-2.0
#pragma once

// The one-line banner text for changes somebody else made: one change in
// words ("Pod3 set to maintenance by alice", "t1 moved from Pod1 to Pod2 by
// alice"), a burst counted ("12 changes by alice"). Records without an
// operator are changes seen on a remote server ("… on the server").

#include "auditrecord.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace model {

class ChangeNoticeText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeNoticeText)

public:
    // Empty for no records.
    static QString describe(const std::vector<AuditRecord> &records);

private:
    static QString one(const AuditRecord &r);
    static QString oneOnServer(const AuditRecord &r);
    // The state a pod-edited row's after value sets ("maintenance"), translated; empty when none.
    static QString stateOf(const QString &after);
};

} // namespace model
