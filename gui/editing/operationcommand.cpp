// SPDX-License-Identifier: Apache-2.0
#include "operationcommand.h"

#include "backend.h"
#include "changereversal.h"
#include "changewriter.h"
#include "commandhost.h"

#include <QStringList>

namespace gui {

namespace {

using model::TenantChange;

QString str(const std::string &s) { return QString::fromStdString(s); }

// At most this many tenants are named per list in the banner.
constexpr int kNamed = 8;

} // namespace

OperationCommand::OperationCommand(CommandHost &host, model::ChangeList changes, const QString &text, First first,
                                   std::optional<sched::Pod> podBefore, std::optional<sched::Pod> podAfter)
    : BackendCommand(host, text), m_last(std::move(changes)), m_podBefore(std::move(podBefore)),
      m_podAfter(std::move(podAfter)), m_first(first)
{
}

model::Status OperationCommand::apply()
{
    if (m_first == First::Record) {
        m_first = First::Write; // from now on: redo writes
        return {};
    }
    if (m_first == First::Write && m_last.count(TenantChange::Status::Planned) > 0)
        return write(m_last, m_podAfter, false);
    const auto now = wait(host().backend().fetchState());
    if (!now)
        return model::Error{now.error()};
    auto back = model::ChangeReversal::of(m_last, now.value());
    if (!back)
        return model::Error{back.error()};
    return write(std::move(back).value(), m_podAfter, false);
}

model::Status OperationCommand::revert()
{
    const auto now = wait(host().backend().fetchState());
    if (!now)
        return model::Error{now.error()};
    auto back = model::ChangeReversal::of(m_last, now.value());
    if (!back)
        return model::Error{back.error()};
    return write(std::move(back).value(), m_podBefore, true);
}

model::Status OperationCommand::write(model::ChangeList list, const std::optional<sched::Pod> &pod, bool undoing)
{
    const model::Status written = model::ChangeWriter::write(host().backend(), list, pod ? &*pod : nullptr);
    if (written) {
        m_last = std::move(list);
        return {};
    }
    if (host().backend().isTransactional() || list.count(TenantChange::Status::Applied) == 0)
        return written;
    reportBreakdown(list, undoing);
    setFailureReported();
    return written;
}

void OperationCommand::reportBreakdown(const model::ChangeList &tried, bool undoing)
{
    const QString what = undoing ? tr("undo %1").arg(text()) : text();
    QStringList moved, lines;
    model::ChangeList rest;
    for (const TenantChange &c : tried.changes) {
        if (c.status == TenantChange::Status::Applied) {
            moved << str(c.tenantId);
            continue;
        }
        if (c.status == TenantChange::Status::Failed)
            lines << tr("Not moved: %1 — %2").arg(str(c.tenantId), c.error);
        if (c.status == TenantChange::Status::Failed || c.status == TenantChange::Status::NotApplied) {
            rest.changes.push_back(c);
            rest.changes.back().status = TenantChange::Status::Planned;
            rest.changes.back().error.clear();
        }
    }
    const int total = int(tried.changes.size());
    lines.prepend(tr("Only part of “%1” was done: %n of %2 tenant(s) moved.", nullptr, int(moved.size())).arg(what).arg(total));
    if (!moved.isEmpty())
        lines.insert(1, (moved.size() > kNamed ? tr("Moved: %1 and %n more.", nullptr, int(moved.size()) - kNamed)
                                               : tr("Moved: %1."))
                            .arg(moved.mid(0, kNamed).join(QStringLiteral(", "))));
    if (const int notTried = tried.count(TenantChange::Status::NotApplied); notTried > 0)
        lines << tr("%n tenant(s) not tried after the failure.", nullptr, notTried);
    CommandHost *h = &host();
    const QString restText = tr("%1 (the %n tenant(s) left)", nullptr, int(rest.changes.size())).arg(what);
    h->partialOutcome(lines.join(QLatin1Char('\n')), rest.changes.empty() ? QString() : tr("&Retry the Rest"),
                      [h, rest, restText] { h->push(new OperationCommand(*h, rest, restText, First::Write)); });
}

} // namespace gui
