// SPDX-License-Identifier: Apache-2.0
#include "snapshotstore.h"

#include "localdatabase.h"
#include "secretscrubber.h"
#include "statejsoncodec.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace model::remote {

namespace {
constexpr qsizetype kPartBytes = 1024 * 1024;
} // namespace

SnapshotStore::SnapshotStore(std::unique_ptr<LocalDatabase> db) : m_db(std::move(db)) {}
SnapshotStore::~SnapshotStore() = default;

Result<std::unique_ptr<SnapshotStore>> SnapshotStore::open(const QString &path)
{
    auto db = LocalDatabase::open(
        path, {QStringLiteral("CREATE TABLE IF NOT EXISTS snapshot (id INTEGER PRIMARY KEY CHECK (id = 1), taken_at "
                              "INTEGER NOT NULL, state BLOB NOT NULL)"),
               // GET /bindings' answer in pieces: SQLite builds each row in memory,
               // and one row of 25 MB would be a second copy of the answer.
               QStringLiteral("CREATE TABLE IF NOT EXISTS snapshot_bindings_answer (part INTEGER PRIMARY KEY, "
                              "bytes BLOB NOT NULL)"),
               // When the pods and the bindings were last read (every read refreshes its part).
               QStringLiteral("CREATE TABLE IF NOT EXISTS snapshot_parts (name TEXT PRIMARY KEY, taken_at INTEGER NOT NULL)"),
               QStringLiteral("CREATE TABLE IF NOT EXISTS store_cloud (id INTEGER PRIMARY KEY CHECK (id = 1), "
                              "cloud TEXT NOT NULL)")});
    if (!db)
        return Error{db.error()};
    return std::unique_ptr<SnapshotStore>(new SnapshotStore(std::unique_ptr<LocalDatabase>(db.value())));
}

Status SnapshotStore::save(const sched::CloudState &state, const QDateTime &takenAt)
{
    return write(StateJsonCodec::serialize(state), QByteArray(), takenAt);
}

Status SnapshotStore::save(const std::vector<sched::Pod> &pods, const QByteArray &bindingsAnswer, const QDateTime &takenAt)
{
    return write(StateJsonCodec::serialize(sched::CloudState{pods, {}}), bindingsAnswer, takenAt);
}

Status SnapshotStore::write(const QByteArray &stateJsonRaw, const QByteArray &bindingsAnswerRaw, const QDateTime &takenAt)
{
    // Whatever a server echoed into its answers, no secret reaches the disk.
    const QByteArray stateJson = SecretScrubber::scrub(stateJsonRaw);
    const QByteArray bindingsAnswer = SecretScrubber::scrub(bindingsAnswerRaw);
    QSqlDatabase db = m_db->db();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO snapshot (id, taken_at, state) VALUES (1, ?, ?)"));
    q.addBindValue(takenAt.toMSecsSinceEpoch());
    q.addBindValue(stateJson);
    bool ok = q.exec() && markPart(q, "pods", takenAt) && writeBindings(q, bindingsAnswer, takenAt);
    if (!ok || !db.commit()) {
        const QString reason = ok ? db.lastError().text() : q.lastError().text();
        db.rollback();
        return Error{m_db->failure(tr("cannot save the snapshot"), reason)};
    }
    return {};
}

bool SnapshotStore::markPart(QSqlQuery &q, const char *part, const QDateTime &takenAt)
{
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO snapshot_parts (name, taken_at) VALUES (?, ?)"));
    q.addBindValue(QString::fromLatin1(part));
    q.addBindValue(takenAt.toMSecsSinceEpoch());
    return q.exec();
}

bool SnapshotStore::writeBindings(QSqlQuery &q, const QByteArray &bindingsAnswer, const QDateTime &takenAt)
{
    // Empty: the bindings are in the state blob (save(CloudState)).
    bool ok = q.exec(QStringLiteral("DELETE FROM snapshot_bindings_answer")) && markPart(q, "bindings", takenAt);
    if (ok && !bindingsAnswer.isEmpty())
        q.prepare(QStringLiteral("INSERT INTO snapshot_bindings_answer (part, bytes) VALUES (?, ?)"));
    for (qsizetype at = 0, part = 0; ok && at < bindingsAnswer.size(); at += kPartBytes, ++part) {
        q.bindValue(0, part);
        // A view, not a copy: the answer outlives the statement.
        q.bindValue(1, QByteArray::fromRawData(bindingsAnswer.constData() + at,
                                               std::min(kPartBytes, bindingsAnswer.size() - at)));
        ok = q.exec();
    }
    return ok;
}

Status SnapshotStore::savePart(const char *part, const std::vector<sched::Pod> *pods, const QByteArray &bindingsAnswer,
                               const QDateTime &takenAt)
{
    QSqlDatabase db = m_db->db();
    db.transaction();
    QSqlQuery q(db);
    bool ok = true;
    if (pods) {
        // Keeps the bindings of a state blob that holds them (an older snapshot) in their own table.
        q.prepare(QStringLiteral("INSERT INTO snapshot (id, taken_at, state) VALUES (1, ?, ?) ON CONFLICT (id) DO "
                                 "UPDATE SET taken_at = excluded.taken_at, state = excluded.state"));
        q.addBindValue(takenAt.toMSecsSinceEpoch());
        q.addBindValue(SecretScrubber::scrub(StateJsonCodec::serialize(sched::CloudState{*pods, {}})));
        ok = q.exec() && markPart(q, "pods", takenAt);
    } else {
        ok = writeBindings(q, SecretScrubber::scrub(bindingsAnswer), takenAt);
    }
    if (!ok || !db.commit()) {
        const QString reason = ok ? db.lastError().text() : q.lastError().text();
        db.rollback();
        return Error{m_db->failure(pods ? tr("cannot save the snapshot of the pods") : tr("cannot save the snapshot of the bindings"),
                                   reason)};
    }
    return {};
}

Status SnapshotStore::savePods(const std::vector<sched::Pod> &pods, const QDateTime &takenAt)
{
    return savePart("pods", &pods, {}, takenAt);
}

Status SnapshotStore::saveBindings(const QByteArray &bindingsAnswer, const QDateTime &takenAt)
{
    return savePart("bindings", nullptr, bindingsAnswer, takenAt);
}

Result<std::optional<SnapshotStore::Snapshot>> SnapshotStore::load() const
{
    QSqlQuery q(m_db->db());
    if (!q.exec(QStringLiteral("SELECT taken_at, state FROM snapshot WHERE id = 1")))
        return Error{m_db->failure(tr("cannot read the snapshot"), q.lastError().text())};
    if (!q.next())
        return std::optional<Snapshot>();
    auto state = StateJsonCodec::parse(q.value(1).toByteArray());
    if (!state)
        return Error{m_db->failure(tr("the snapshot is damaged"), state.error())};
    const QDateTime takenAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    if (!q.exec(QStringLiteral("SELECT bytes FROM snapshot_bindings_answer ORDER BY part")))
        return Error{m_db->failure(tr("cannot read the snapshot"), q.lastError().text())};
    QByteArray bindingsAnswer;
    while (q.next())
        bindingsAnswer.append(q.value(0).toByteArray());
    if (!bindingsAnswer.isEmpty()) { // the bindings as GET /bindings answered them
        auto answer = StateJsonCodec::parse(bindingsAnswer);
        if (!answer)
            return Error{m_db->failure(tr("the snapshot is damaged"), answer.error())};
        state->bindings = std::move(answer->bindings);
    }
    Snapshot snapshot{std::move(state).value(), takenAt, takenAt, true};
    if (!q.exec(QStringLiteral("SELECT name, taken_at FROM snapshot_parts")))
        return Error{m_db->failure(tr("cannot read the snapshot"), q.lastError().text())};
    bool partsKnown = false, bindingsKnown = false;
    while (q.next()) {
        partsKnown = true;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        if (q.value(0).toString() == QLatin1String("bindings")) {
            bindingsKnown = true;
            snapshot.bindingsTakenAt = at;
        } else {
            snapshot.takenAt = at;
        }
    }
    snapshot.hasBindings = !partsKnown || bindingsKnown;
    return std::optional<Snapshot>(std::move(snapshot));
}

Status SnapshotStore::rememberStoreCloud(const QString &storeKey)
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO store_cloud (id, cloud) VALUES (1, ?)"));
    q.addBindValue(storeKey);
    if (!q.exec())
        return Error{m_db->failure(tr("cannot remember the cloud's key in the store"), q.lastError().text())};
    return {};
}

Result<QString> SnapshotStore::storeCloud() const
{
    QSqlQuery q(m_db->db());
    if (!q.exec(QStringLiteral("SELECT cloud FROM store_cloud WHERE id = 1")))
        return Error{m_db->failure(tr("cannot read the cloud's key in the store"), q.lastError().text())};
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace model::remote
