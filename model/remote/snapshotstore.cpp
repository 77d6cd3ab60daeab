// SPDX-License-Identifier: Apache-2.0
#include "snapshotstore.h"

#include "secretscrubber.h"
#include "sqlstore.h"
#include "statejsoncodec.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace model::remote {

namespace {
// GET /bindings' answer in pieces: a database builds each row in memory, and
// one row of 25 MB would be a second copy of the answer.
constexpr qsizetype kPartBytes = 1024 * 1024;
const QString kPods = QStringLiteral("pods");
const QString kBindings = QStringLiteral("bindings");
} // namespace

SnapshotStore::SnapshotStore(SqlStore &store, QString cloud) : m_store(store), m_cloud(std::move(cloud)) {}

QString SnapshotStore::failure(const QString &what, const QString &reason) const
{
    return tr("%1 in the store %2: %3").arg(what, m_store.location(), reason);
}

Status SnapshotStore::save(const std::vector<sched::Pod> &pods, const QByteArray &bindingsAnswer, const QDateTime &takenAt)
{
    const QByteArray json = StateJsonCodec::serialize(sched::CloudState{pods, {}});
    return write(&json, &bindingsAnswer, takenAt);
}

Status SnapshotStore::savePods(const std::vector<sched::Pod> &pods, const QDateTime &takenAt)
{
    const QByteArray json = StateJsonCodec::serialize(sched::CloudState{pods, {}});
    return write(&json, nullptr, takenAt);
}

Status SnapshotStore::saveBindings(const QByteArray &bindingsAnswer, const QDateTime &takenAt)
{
    return write(nullptr, &bindingsAnswer, takenAt);
}

Status SnapshotStore::write(const QByteArray *podsJson, const QByteArray *bindingsAnswer, const QDateTime &takenAt)
{
    const Status s = m_store.inTransaction([&]() -> Status {
        QSqlQuery q(m_store.database());
        // Whatever a server echoed into its answers, no secret reaches the store.
        if (podsJson && !writePart(q, kPods, SecretScrubber::scrub(*podsJson), takenAt))
            return Error{q.lastError().text()};
        if (bindingsAnswer && !writePart(q, kBindings, SecretScrubber::scrub(*bindingsAnswer), takenAt))
            return Error{q.lastError().text()};
        return {};
    });
    if (!s)
        return Error{failure(podsJson ? tr("cannot save the snapshot") : tr("cannot save the snapshot of the bindings"),
                             s.error())};
    return {};
}

bool SnapshotStore::writePart(QSqlQuery &q, const QString &part, const QByteArray &bytes, const QDateTime &takenAt) const
{
    q.prepare(QStringLiteral("INSERT INTO cloud_snapshot (cloud, part, taken_at) VALUES (?, ?, ?)"
                             " ON CONFLICT (cloud, part) DO UPDATE SET taken_at = excluded.taken_at"));
    q.addBindValue(m_cloud);
    q.addBindValue(part);
    q.addBindValue(takenAt.toMSecsSinceEpoch());
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("DELETE FROM cloud_snapshot_bytes WHERE cloud = ? AND part = ?"));
    q.addBindValue(m_cloud);
    q.addBindValue(part);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT INTO cloud_snapshot_bytes (cloud, part, seq, bytes) VALUES (?, ?, ?, ?)"));
    for (qsizetype at = 0, seq = 0; at < bytes.size(); at += kPartBytes, ++seq) {
        q.bindValue(0, m_cloud);
        q.bindValue(1, part);
        q.bindValue(2, int(seq));
        // A view, not a copy: the bytes outlive the statement.
        q.bindValue(3, QByteArray::fromRawData(bytes.constData() + at, std::min(kPartBytes, bytes.size() - at)));
        if (!q.exec())
            return false;
    }
    return true;
}

Result<QByteArray> SnapshotStore::readPart(const QString &part) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT bytes FROM cloud_snapshot_bytes WHERE cloud = ? AND part = ? ORDER BY seq"));
    q.addBindValue(m_cloud);
    q.addBindValue(part);
    if (!q.exec())
        return Error{failure(tr("cannot read the snapshot"), q.lastError().text())};
    QByteArray bytes;
    while (q.next())
        bytes.append(q.value(0).toByteArray());
    return bytes;
}

Result<std::optional<SnapshotStore::Snapshot>> SnapshotStore::load() const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT part, taken_at FROM cloud_snapshot WHERE cloud = ?"));
    q.addBindValue(m_cloud);
    if (!q.exec())
        return Error{failure(tr("cannot read the snapshot"), q.lastError().text())};
    std::optional<QDateTime> podsAt, bindingsAt;
    while (q.next())
        (q.value(0).toString() == kPods ? podsAt : bindingsAt) =
            QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    if (!podsAt)
        return std::optional<Snapshot>();
    const auto podsJson = readPart(kPods);
    if (!podsJson)
        return Error{podsJson.error()};
    auto state = StateJsonCodec::parse(podsJson.value());
    if (!state)
        return Error{failure(tr("the snapshot is damaged"), state.error())};
    if (bindingsAt) {
        const auto answer = readPart(kBindings);
        if (!answer)
            return Error{answer.error()};
        if (!answer->isEmpty()) { // the bindings as GET /bindings answered them
            auto bindings = StateJsonCodec::parse(answer.value());
            if (!bindings)
                return Error{failure(tr("the snapshot is damaged"), bindings.error())};
            state->bindings = std::move(bindings->bindings);
        }
    }
    return std::optional<Snapshot>(Snapshot{std::move(state).value(), *podsAt, bindingsAt.value_or(*podsAt),
                                            bindingsAt.has_value()});
}

} // namespace model::remote
