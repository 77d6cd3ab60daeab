// SPDX-License-Identifier: Apache-2.0
#include "liverefresh.h"

#include "backend.h"
#include "changenoticetext.h"
#include "databaselocation.h"
#include "localbackend.h"
#include "noticebanner.h"
#include "timeformat.h"

#include <QFuture>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace gui {

namespace {
model::AuditRecord recordOf(const model::StoreChange &c)
{
    model::AuditRecord r;
    r.id = c.auditId;
    r.kind = c.kind;
    r.operation = c.operation;
    r.podId = c.podId;
    r.podName = c.podName;
    r.tenantId = c.tenantId;
    r.operatorName = c.operatorName;
    return r;
}
} // namespace

LiveRefresh::LiveRefresh(NoticeBanner *banner, QObject *parent) : QObject(parent), m_banner(banner)
{
    m_burst.setSingleShot(true);
    m_burst.setInterval(kBurstMs);
    connect(&m_burst, &QTimer::timeout, this, &LiveRefresh::flush);
    connect(&m_listener, &model::StoreChangeListener::changed, this, &LiveRefresh::onChange);
}

void LiveRefresh::setBackend(model::Backend *backend)
{
    m_listener.stop();
    m_burst.stop();
    m_pending.clear();
    m_snapshot.reset(); // the next one shown is the new backend's
    ++m_generation;
    m_backend = backend;
    auto *local = qobject_cast<model::LocalBackend *>(backend);
    if (!local || !model::DatabaseLocation::looksLikeUrl(local->databasePath())) {
        m_ownSession.clear();
        return;
    }
    m_ownSession = local->auditSession();
    if (const model::Status started = m_listener.start(local->databasePath()); !started)
        m_banner->showNotice(NoticeBanner::Kind::Warning,
                             tr("Changes of other operators will not show until you refresh: %1").arg(started.error()));
}

void LiveRefresh::onChange(const model::StoreChange &change)
{
    if (change.session == m_ownSession)
        return; // made in this console: its own write refreshes already
    m_pending.push_back(change);
    if (!m_burst.isActive())
        m_burst.start(); // not restarted: a long stream still refreshes every kBurstMs
}

void LiveRefresh::flush()
{
    if (m_pending.empty() || !m_backend)
        return;
    std::vector<model::StoreChange> changes = std::move(m_pending);
    m_pending.clear();
    QSet<qint64> ids;
    for (const model::StoreChange &c : changes)
        ids.insert(c.auditId);
    // The burst's rows are among the newest: read those back, by id.
    model::AuditFilter newest;
    newest.limit = int(changes.size()) + 200;
    const quint64 generation = m_generation;
    m_backend->fetchAuditLog(newest).then(
        this, [this, generation, ids, changes](model::Result<std::vector<model::AuditRecord>> rows) {
            if (generation != m_generation)
                return;
            std::vector<model::AuditRecord> found;
            QSet<qint64> seen;
            if (rows)
                for (const model::AuditRecord &r : rows.value())
                    if (ids.contains(r.id)) {
                        seen.insert(r.id);
                        if (r.cloud == QLatin1String("local")) // not another cloud kept in the same store
                            found.push_back(r);
                    }
            for (const model::StoreChange &c : changes)
                if (!seen.contains(c.auditId)) // not read back: told as the notification tells it
                    found.push_back(recordOf(c));
            if (found.empty())
                return;
            std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
            announce(found);
            refreshChanged(found);
        });
}

void LiveRefresh::refreshChanged(const std::vector<model::AuditRecord> &records)
{
    const std::optional<model::SnapshotPatch::Scope> scope = model::SnapshotPatch::scopeOf(records);
    if (!scope || !m_snapshot || !m_backend)
        emit refreshNeeded();
    else
        readChangedRows(*scope);
}

void LiveRefresh::readChangedRows(const model::SnapshotPatch::Scope &scope)
{
    // The reads run on the backend's thread; their answers are gathered here.
    struct Reading {
        model::SnapshotPatch::Rows rows;
        qsizetype outstanding = 0;
        bool failed = false;
    };
    auto reading = std::make_shared<Reading>();
    reading->rows.endedAtUs = scope.atUs;
    reading->outstanding = scope.pods.size() + scope.tenants.size();
    if (reading->outstanding == 0) {
        emit refreshNeeded();
        return;
    }
    const auto answered = [this, reading, base = m_snapshot, generation = m_generation] {
        if (--reading->outstanding > 0 || generation != m_generation)
            return;
        if (reading->failed || base != m_snapshot)
            emit refreshNeeded(); // unreadable, or the window loaded meanwhile: the patch would be stale
        else
            applyPatch(base, reading->rows);
    };
    for (const QString &pod : scope.pods)
        m_backend->getPod(pod.toStdString()).then(this, [reading, answered](model::Result<sched::Pod> read) {
            if (read)
                reading->rows.pods.push_back(std::move(read).value());
            else
                reading->failed = true;
            answered();
        });
    for (const QString &tenant : scope.tenants)
        m_backend->listActiveBindingsOfTenant(tenant.toStdString())
            .then(this, [reading, answered, tenant](model::Result<std::vector<sched::Binding>> read) {
                if (read)
                    reading->rows.activeBindings[tenant] = std::move(read).value();
                else
                    reading->failed = true;
                answered();
            });
}

void LiveRefresh::applyPatch(const model::SnapshotPtr &base, const model::SnapshotPatch::Rows &rows)
{
    // Building the snapshot walks every binding: off the GUI thread.
    QtConcurrent::run([base, rows] { return model::SnapshotPatch::apply(*base, rows, model::nowMicroseconds()); })
        .then(this, [this, base, generation = m_generation](model::SnapshotPtr patched) {
            if (generation != m_generation)
                return;
            if (!patched || base != m_snapshot)
                emit refreshNeeded();
            else
                emit snapshotPatched(patched);
        });
}

void LiveRefresh::announce(const std::vector<model::AuditRecord> &records)
{
    const QString text = model::ChangeNoticeText::describe(records);
    if (text.isEmpty())
        return;
    m_banner->showNotice(NoticeBanner::Kind::Info, text);
    emit noticeShown(text);
}

} // namespace gui
