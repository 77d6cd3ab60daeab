// SPDX-License-Identifier: Apache-2.0
#pragma once

// The right-click actions of a row or tree node: what can be done to the pod,
// binding or tenant under the mouse, handed to the EditController's existing
// paths (prefilled dialogs, the usual undo steps). Disabled while the console
// cannot edit (not connected, or a read-only snapshot).

#include "cloudsnapshot.h"

#include <QCoreApplication>

class QMenu;

namespace gui {

class EditController;

class RowActionMenu
{
    Q_DECLARE_TR_FUNCTIONS(RowActionMenu)

public:
    // Edit Pod…, Drain…, Maintenance and Drain… for pod `pod` (index into the snapshot).
    static void addPodActions(QMenu &menu, EditController &editor, const model::CloudSnapshot &snapshot, int pod);
    // Rebind…, End Binding… for a binding (tenant and pod indices), then its pod's actions.
    static void addBindingActions(QMenu &menu, EditController &editor, const model::CloudSnapshot &snapshot,
                                  int tenant, int pod, bool active);
    // Rebind…, End Binding… for a tenant.
    static void addTenantActions(QMenu &menu, EditController &editor, const model::CloudSnapshot &snapshot, int tenant);
};

} // namespace gui
