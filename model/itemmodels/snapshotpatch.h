// SPDX-License-Identifier: Apache-2.0
#pragma once

// Live refresh reads again only what another operator changed: the pods that
// were created or edited, and the active bindings of the tenants whose bindings
// changed. SnapshotPatch says what to read for a burst of audit rows
// (scopeOf) and builds the next snapshot from the previous one with those rows
// replaced (apply); every other binding is taken over as it was, so one pod set
// to maintenance never re-reads a million bindings. Where a patch cannot be
// exact (a pod deleted, an import, a burst of many tenants) it says so and the
// caller loads everything again.

#include "auditrecord.h"
#include "cloudsnapshot.h"

#include <QSet>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace model {

class SnapshotPatch
{
public:
    // More changed tenants than this in one burst: load everything instead.
    static constexpr int kMaxTenants = 500;

    // What a burst of audit rows needs read again.
    struct Scope {
        QSet<QString> pods;     // these pods (by id)
        QSet<QString> tenants;  // these tenants' active bindings
        std::int64_t atUs = 0;  // the newest row's time: when replaced bindings ended
    };
    // nullopt: the rows cannot be patched in (load everything).
    static std::optional<Scope> scopeOf(const std::vector<AuditRecord> &records);

    // What was read for a scope.
    struct Rows {
        std::vector<sched::Pod> pods;                                // changed pods replace theirs, new ones are added
        std::map<QString, std::vector<sched::Binding>> activeBindings; // per tenant of the scope
        std::int64_t endedAtUs = 0;
    };
    // The next snapshot: `before` with `rows` in place (loaded at `loadedAtUs`);
    // nullptr when a binding names a pod neither knows (load everything).
    static SnapshotPtr apply(const CloudSnapshot &before, const Rows &rows, std::int64_t loadedAtUs);
};

} // namespace model
