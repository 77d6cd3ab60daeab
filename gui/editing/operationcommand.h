// SPDX-License-Identifier: Apache-2.0
#pragma once

// One applied operation (a drain, a plan apply) as one undo step. It holds
// what the operation wrote (model::ChangeList) and, for a drain into
// maintenance, the pod before and after. Undo and redo take the last writing
// back through the model (ChangeReversal, ChangeWriter): one transaction on
// the SQL store. When the state moved on since (a binding the operation made
// has ended), the undo says so and writes nothing instead of undoing
// something else. A live cloud writes tenant by tenant: when one fails, the
// banner names who moved and who did not, with "Retry the Rest".

#include "backendcommands.h"
#include "tenantchange.h"

#include <optional>

namespace gui {

class OperationCommand final : public BackendCommand
{
    Q_DECLARE_TR_FUNCTIONS(OperationCommand) // its own context: tr() would otherwise look in BackendCommand's

public:
    enum class First { Record, Write };
    // First::Record: `changes` were written already, the first redo() only
    // records them. First::Write: the first redo() writes their Planned ones.
    OperationCommand(CommandHost &host, model::ChangeList changes, const QString &text, First first = First::Record,
                     std::optional<sched::Pod> podBefore = {}, std::optional<sched::Pod> podAfter = {});

private:
    model::Status apply() override;
    model::Status revert() override;
    model::Status write(model::ChangeList list, const std::optional<sched::Pod> &pod, bool undoing);
    void reportBreakdown(const model::ChangeList &tried, bool undoing);

    model::ChangeList m_last; // what the last writing did (or, before a First::Write, what to write)
    std::optional<sched::Pod> m_podBefore, m_podAfter;
    First m_first;
};

} // namespace gui
