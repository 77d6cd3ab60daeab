#include "snapshotstore.h"

#include "localdatabase.h"
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
                              "bytes BLOB NOT NULL)")});
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

Status SnapshotStore::write(const QByteArray &stateJson, const QByteArray &bindingsAnswer, const QDateTime &takenAt)
{
    QSqlDatabase db = m_db->db();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO snapshot (id, taken_at, state) VALUES (1, ?, ?)"));
    q.addBindValue(takenAt.toMSecsSinceEpoch());
    q.addBindValue(stateJson);
    bool ok = q.exec() && q.exec(QStringLiteral("DELETE FROM snapshot_bindings_answer"));
    if (ok && !bindingsAnswer.isEmpty())
        q.prepare(QStringLiteral("INSERT INTO snapshot_bindings_answer (part, bytes) VALUES (?, ?)"));
    for (qsizetype at = 0, part = 0; ok && at < bindingsAnswer.size(); at += kPartBytes, ++part) {
        q.bindValue(0, part);
        // A view, not a copy: the answer outlives the statement.
        q.bindValue(1, QByteArray::fromRawData(bindingsAnswer.constData() + at,
                                               std::min(kPartBytes, bindingsAnswer.size() - at)));
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        const QString reason = ok ? db.lastError().text() : q.lastError().text();
        db.rollback();
        return Error{m_db->failure(tr("cannot save the snapshot"), reason)};
    }
    return {};
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
    return std::optional<Snapshot>(Snapshot{std::move(state).value(), takenAt});
}

} // namespace model::remote
