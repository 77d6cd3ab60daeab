// SPDX-License-Identifier: Apache-2.0
#pragma once

// What changed on a server between two loads of it (a remote cloud's periodic
// refresh): pods created, deleted or put into another state, and active
// bindings created, ended or moved (a tenant's active pod in one AZ replaced),
// as audit-style records without an operator (the server does not say who),
// so that ChangeNoticeText words them like the store's own changes.

#include "auditrecord.h"
#include "cloudsnapshot.h"

#include <vector>

namespace model {

class SnapshotDiff
{
public:
    static std::vector<AuditRecord> between(const CloudSnapshot &before, const CloudSnapshot &after);

private:
    static void diffPods(const CloudSnapshot &before, const CloudSnapshot &after, std::vector<AuditRecord> &out);
    static void diffBindings(const CloudSnapshot &before, const CloudSnapshot &after, std::vector<AuditRecord> &out);
};

} // namespace model
