// SPDX-License-Identifier: Apache-2.0
#include "rowactionmenu.h"

#include "editcontroller.h"

#include <QMenu>

namespace gui {

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }
} // namespace

void RowActionMenu::addPodActions(QMenu &menu, EditController &editor, const model::CloudSnapshot &snapshot, int pod)
{
    if (pod < 0 || pod >= snapshot.podCount())
        return;
    const QString id = str(snapshot.pods()[std::size_t(pod)].id);
    const bool writable = editor.canEdit();
    QAction *edit = menu.addAction(tr("&Edit Pod %1…").arg(snapshot.podName(pod)), &editor, [&editor, pod] {
        editor.setCurrentPod(pod);
        editor.editPod();
    });
    const bool bottom = pod != snapshot.topPod();
    QAction *drain = menu.addAction(tr("&Drain…"), &editor, [&editor, id] { editor.drainPod(id); });
    QAction *maintenance =
        menu.addAction(tr("&Maintenance and Drain…"), &editor, [&editor, id] { editor.maintenanceAndDrain(id); });
    edit->setEnabled(writable);
    drain->setEnabled(writable && bottom);
    maintenance->setEnabled(writable && bottom);
}

void RowActionMenu::addBindingActions(QMenu &menu, EditController &editor, const model::CloudSnapshot &snapshot,
                                      int tenant, int pod, bool active)
{
    const QString tenantId = snapshot.tenantNames().value(tenant);
    const QString podId = pod >= 0 && pod < snapshot.podCount() ? str(snapshot.pods()[std::size_t(pod)].id) : QString();
    QAction *rebind = menu.addAction(tr("&Rebind…"), &editor,
                                     [&editor, tenantId, podId] { editor.rebindTenant(tenantId, podId); });
    QAction *end = menu.addAction(tr("E&nd Binding…"), &editor,
                                  [&editor, tenantId, podId] { editor.endBinding(tenantId, podId); });
    rebind->setEnabled(editor.canEdit() && active);
    end->setEnabled(editor.canEdit() && active);
    menu.addSeparator();
    addPodActions(menu, editor, snapshot, pod);
}

void RowActionMenu::addTenantActions(QMenu &menu, EditController &editor, const model::CloudSnapshot &snapshot,
                                     int tenant)
{
    const QString tenantId = snapshot.tenantNames().value(tenant);
    const bool bound = tenant >= 0 && tenant < snapshot.tenantCount() && snapshot.activeBindingsOfTenant(tenant) > 0;
    QAction *rebind = menu.addAction(tr("&Rebind…"), &editor, [&editor, tenantId] { editor.rebindTenant(tenantId); });
    QAction *end = menu.addAction(tr("E&nd Binding…"), &editor, [&editor, tenantId] { editor.endBinding(tenantId); });
    rebind->setEnabled(editor.canEdit() && bound);
    end->setEnabled(editor.canEdit() && bound);
}

} // namespace gui
