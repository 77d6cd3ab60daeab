// SPDX-License-Identifier: Apache-2.0
#pragma once

// Taking an applied operation back (the console's undo, and redo after it):
// the changes that reverse the Applied ones, newest first. Checked against the
// state as it is now: when a binding the operation made has ended since (the
// state moved on), the undo is no longer possible and says so, instead of
// undoing something else.

#include "tenantchange.h"

#include "cloud.h"
#include "result.h"

#include <QCoreApplication>

namespace model {

class ChangeReversal
{
    Q_DECLARE_TR_FUNCTIONS(ChangeReversal)

public:
    static Result<ChangeList> of(const ChangeList &done, const sched::CloudState &now);
};

} // namespace model
