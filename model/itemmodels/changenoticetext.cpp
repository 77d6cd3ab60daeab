// SPDX-License-Identifier: Apache-2.0
#include "changenoticetext.h"

#include "displayformat.h"

#include <QStringList>

namespace model {

QString ChangeNoticeText::stateOf(const QString &after)
{
    for (const QString &pair : after.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (pair.startsWith(QLatin1String("state=")))
            if (const auto state = sched::podStateFromKey(pair.mid(6).toStdString()))
                return DisplayFormat::podState(*state);
    return {};
}

QString ChangeNoticeText::one(const AuditRecord &r)
{
    const QString pod = r.podName.isEmpty() ? r.podId : r.podName;
    const QString &who = r.operatorName;
    if (r.kind == QLatin1String(auditkind::kPodEdited)) {
        const QString state = stateOf(r.after);
        return state.isEmpty() ? tr("%1 edited by %2").arg(pod, who) : tr("%1 set to %2 by %3").arg(pod, state, who);
    }
    if (r.kind == QLatin1String(auditkind::kPodCreated))
        return tr("%1 created by %2").arg(pod, who);
    if (r.kind == QLatin1String(auditkind::kPodDeleted))
        return tr("%1 deleted by %2").arg(pod, who);
    if (r.kind == QLatin1String(auditkind::kBindingCreated))
        return tr("%1 bound to %2 by %3").arg(r.tenantId, pod, who);
    if (r.kind == QLatin1String(auditkind::kBindingEnded))
        return tr("%1 unbound from %2 by %3").arg(r.tenantId, r.before.isEmpty() ? pod : r.before, who);
    if (r.kind == QLatin1String(auditkind::kBindingMoved))
        return tr("%1 moved from %2 to %3 by %4").arg(r.tenantId, r.before, r.after.isEmpty() ? pod : r.after, who);
    return tr("The cloud was changed by %1").arg(who);
}

QString ChangeNoticeText::oneOnServer(const AuditRecord &r)
{
    const QString pod = r.podName.isEmpty() ? r.podId : r.podName;
    if (r.kind == QLatin1String(auditkind::kPodEdited)) {
        const QString state = stateOf(r.after);
        return state.isEmpty() ? tr("%1 edited on the server").arg(pod)
                               : tr("%1 set to %2 on the server").arg(pod, state);
    }
    if (r.kind == QLatin1String(auditkind::kPodCreated))
        return tr("%1 created on the server").arg(pod);
    if (r.kind == QLatin1String(auditkind::kPodDeleted))
        return tr("%1 deleted on the server").arg(pod);
    if (r.kind == QLatin1String(auditkind::kBindingCreated))
        return tr("%1 bound to %2 on the server").arg(r.tenantId, pod);
    if (r.kind == QLatin1String(auditkind::kBindingEnded))
        return tr("%1 unbound from %2 on the server").arg(r.tenantId, r.before.isEmpty() ? pod : r.before);
    if (r.kind == QLatin1String(auditkind::kBindingMoved))
        return tr("%1 moved from %2 to %3 on the server").arg(r.tenantId, r.before, r.after.isEmpty() ? pod : r.after);
    return tr("The cloud was changed on the server");
}

QString ChangeNoticeText::describe(const std::vector<AuditRecord> &records)
{
    if (records.empty())
        return {};
    const AuditRecord &first = records.front();
    if (records.size() == 1)
        return first.operatorName.isEmpty() ? oneOnServer(first) : one(first);
    QStringList operators;
    for (const AuditRecord &r : records)
        if (!r.operatorName.isEmpty() && !operators.contains(r.operatorName))
            operators << r.operatorName;
    const int n = int(records.size());
    if (operators.isEmpty())
        return tr("%n change(s) on the server", nullptr, n);
    return tr("%n change(s) by %1", nullptr, n).arg(operators.join(QStringLiteral(", ")));
}

} // namespace model
