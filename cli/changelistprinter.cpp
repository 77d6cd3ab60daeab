// SPDX-License-Identifier: Apache-2.0
#include "changelistprinter.h"

#include "terminal.h"
#include "texttable.h"

#include <QJsonArray>

namespace cli {

namespace {

using model::TenantChange;
using model::TenantChangeText;

QString q(const std::string &s) { return QString::fromStdString(s); }

constexpr TenantChange::Status kStatuses[] = {TenantChange::Status::Planned,  TenantChange::Status::AlreadyDone,
                                              TenantChange::Status::Stuck,    TenantChange::Status::Applied,
                                              TenantChange::Status::NotApplied, TenantChange::Status::Failed};

} // namespace

void ChangeListPrinter::printText(const model::ChangeList &list)
{
    if (!list.changes.empty()) {
        std::vector<QStringList> rows{{tr("#"), tr("TENANT"), tr("FROM"), tr("TO"), tr("STATUS"), tr("REASON")}};
        int n = 0;
        for (const TenantChange &c : list.changes) {
            ++n;
            const QString reason = c.error.isEmpty() ? c.reason : c.error;
            rows.push_back({QString::number(c.index >= 0 ? c.index : n), q(c.tenantId),
                            c.fromPodName.isEmpty() ? QStringLiteral("-") : c.fromPodName,
                            c.toPodName.isEmpty() ? QStringLiteral("-") : c.toPodName,
                            TenantChangeText::statusName(c.status), reason});
        }
        out() << model::TextTable::format(rows);
    }
    if (!list.targets.empty()) {
        out() << "\n" << tr("Target pods:") << "\n";
        std::vector<QStringList> rows{{tr("POD"), tr("RECEIVES"), tr("USAGE"), tr("THRESHOLD")}};
        for (const model::TargetLoad &t : list.targets)
            rows.push_back({t.podName, QString::number(t.received), TenantChangeText::usageText(t.usage),
                            TenantChangeText::usageText(t.threshold)});
        out() << model::TextTable::format(rows, QStringLiteral("  "));
    }
    out() << countsLine(list) << "\n";
    out().flush();
}

QString ChangeListPrinter::countsLine(const model::ChangeList &list)
{
    QStringList parts;
    for (TenantChange::Status s : kStatuses)
        if (const int n = list.count(s))
            parts << tr("%1: %2", "status: count").arg(TenantChangeText::statusName(s)).arg(n);
    return parts.isEmpty() ? tr("Nothing to change.") : parts.join(QStringLiteral(", "));
}

QJsonObject ChangeListPrinter::toJson(const model::ChangeList &list)
{
    QJsonArray changes, targets;
    for (const TenantChange &c : list.changes)
        changes.append(TenantChangeText::toJson(c));
    for (const model::TargetLoad &t : list.targets)
        targets.append(TenantChangeText::toJson(t));
    QJsonObject counts;
    for (TenantChange::Status s : kStatuses)
        counts.insert(TenantChangeText::statusKey(s), list.count(s));
    return {{QStringLiteral("changes"), changes}, {QStringLiteral("targets"), targets},
            {QStringLiteral("counts"), counts}};
}

} // namespace cli
