// SPDX-License-Identifier: Apache-2.0
#pragma once

// Writes the planned changes of an operation to a backend, the one way every
// operation does. A transactional backend (the SQL store) gets them as one
// transaction: all are applied, or none is. Any other backend (a live Trio2o,
// which has no transactions) gets them one at a time, in order, stopping at
// the first failure; the list then says which tenants moved, and running the
// same operation again resolves against the new state and finishes the rest
// without moving anyone twice.

#include "backend.h"
#include "tenantchange.h"

#include <QCoreApplication>

#include <functional>

namespace model {

class ChangeWriter
{
    Q_DECLARE_TR_FUNCTIONS(ChangeWriter)

public:
    // After each change written one at a time: (done, total); false stops
    // before the next one (the rest stays NotApplied). Runs on the calling
    // thread, whose events run while it waits for the backend.
    using Progress = std::function<bool(int done, int total)>;

    // Writes the Planned changes of `list` (and `pod`'s new settings first,
    // when given) and sets each one's status. Waits for the backend.
    static Status write(Backend &backend, ChangeList &list, const sched::Pod *pod = nullptr,
                        const Progress &progress = {});

    // Fills list.targets: every pod that receives tenants, with its load.
    static void countTargets(ChangeList &list, const sched::CloudState &state);

private:
    static Status writeAtOnce(Backend &backend, ChangeList &list, const sched::Pod *pod);
    static Status writeOneByOne(Backend &backend, ChangeList &list, const sched::Pod *pod, const Progress &progress);
    static Status writeEach(Backend &backend, ChangeList &list, int total, const Progress &progress);
};

} // namespace model
