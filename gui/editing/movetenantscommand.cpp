#include "movetenantscommand.h"

#include "backend.h"
#include "commandhost.h"

#include <QStringList>

namespace gui {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

// At most this many tenants are named per list in the banner.
constexpr std::size_t kNamed = 8;

} // namespace

MoveTenantsCommand::MoveTenantsCommand(CommandHost &host, std::vector<Move> moves, const QString &text,
                                       bool alreadyApplied)
    : BackendCommand(host, text), m_moves(std::move(moves)), m_skipFirst(alreadyApplied)
{
}

model::Status MoveTenantsCommand::move(bool forward)
{
    if (std::exchange(m_skipFirst, false))
        return {};
    return host().backend().kind() == model::Backend::Kind::Local ? moveAll(forward) : moveEach(forward);
}

model::Status MoveTenantsCommand::moveAll(bool forward)
{
    std::vector<model::BindingChange> changes;
    changes.reserve(m_moves.size());
    for (const Move &m : m_moves)
        changes.push_back({m.tenantId, m.bindingId, forward ? m.toPodId : m.fromPodId, {}, 0});
    const auto r = wait(host().backend().applyChanges(changes));
    if (!r)
        return model::Error{r.error()};
    if (r->size() != m_moves.size())
        return model::Error{tr("%1 of %2 tenants were moved; refresh and check the bindings")
                                .arg(r->size())
                                .arg(m_moves.size())};
    for (std::size_t i = 0; i < m_moves.size(); ++i)
        m_moves[i].bindingId = r.value()[i].id;
    return {};
}

model::Status MoveTenantsCommand::moveEach(bool forward)
{
    std::vector<std::size_t> moved;
    std::vector<Failure> failed;
    std::size_t i = 0;
    for (; i < m_moves.size(); ++i) {
        Move &m = m_moves[i];
        bool cancelled = false;
        const auto r = waitFor(host().backend().rebind(m.tenantId, m.bindingId, forward ? m.toPodId : m.fromPodId),
                               text(), &cancelled);
        if (cancelled) {
            failed.push_back({i++, r.error()});
            break; // the operator stopped: the rest is not tried
        }
        if (!r) {
            failed.push_back({i, r.error()});
            continue;
        }
        m.bindingId = r->created.id;
        if (r->oldEnded)
            moved.push_back(i);
        else
            failed.push_back({i, r->oldEndError, true});
    }
    if (failed.empty())
        return {};
    reportBreakdown(forward, moved, failed, m_moves.size() - i);
    setFailureReported();
    return model::Error{tr("%n tenant(s) could not be moved", nullptr, int(failed.size()))};
}

void MoveTenantsCommand::reportBreakdown(bool forward, const std::vector<std::size_t> &moved,
                                         const std::vector<Failure> &failed, std::size_t notTried)
{
    const int total = int(m_moves.size());
    const QString what = forward ? text() : tr("undo %1").arg(text());
    QStringList lines;
    lines << tr("Only part of “%1” was done: %n of %2 tenant(s) moved.", nullptr, int(moved.size())).arg(what).arg(total);
    if (!moved.empty()) {
        QStringList names;
        for (std::size_t k = 0; k < std::min(kNamed, moved.size()); ++k)
            names << str(m_moves[moved[k]].tenantId);
        lines << (moved.size() > kNamed ? tr("Moved: %1 and %n more.", nullptr, int(moved.size() - kNamed))
                                        : tr("Moved: %1."))
                     .arg(names.join(QStringLiteral(", ")));
    }
    for (std::size_t k = 0; k < std::min(kNamed, failed.size()); ++k) {
        const QString tenant = str(m_moves[failed[k].move].tenantId);
        lines << (failed[k].arrived ? tr("Bound twice: %1 — the new binding exists, the old one could not be ended: %2")
                                    : tr("Not moved: %1 — %2"))
                     .arg(tenant, failed[k].reason);
    }
    if (failed.size() > kNamed)
        lines << tr("%n more tenant(s) not moved.", nullptr, int(failed.size() - kNamed));
    if (notTried > 0)
        lines << tr("%n tenant(s) not tried after the cancel.", nullptr, int(notTried));

    // What is left: the tenants that are not where this step puts them, as they are now.
    std::vector<Move> rest;
    for (std::size_t k = 0; k < m_moves.size(); ++k) {
        const bool wasMoved = std::find(moved.begin(), moved.end(), k) != moved.end();
        const bool arrived = std::any_of(failed.begin(), failed.end(),
                                         [&](const Failure &f) { return f.move == k && f.arrived; });
        if (wasMoved || arrived)
            continue;
        const Move &m = m_moves[k];
        rest.push_back(forward ? m : Move{m.tenantId, m.bindingId, m.toPodId, m.fromPodId});
    }
    CommandHost *h = &host();
    const QString restText = tr("%1 (the %n tenant(s) left)", nullptr, int(rest.size())).arg(what);
    h->partialOutcome(lines.join(QLatin1Char('\n')), rest.empty() ? QString() : tr("&Retry the Rest"),
                      [h, rest, restText] { h->push(new MoveTenantsCommand(*h, rest, restText, false)); });
}

} // namespace gui
