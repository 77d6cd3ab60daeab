#include "snapshotstore.h"

#include "localdatabase.h"
#include "statejsoncodec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace model::remote {

SnapshotStore::SnapshotStore(std::unique_ptr<LocalDatabase> db) : m_db(std::move(db)) {}
SnapshotStore::~SnapshotStore() = default;

Result<std::unique_ptr<SnapshotStore>> SnapshotStore::open(const QString &path)
{
    auto db = LocalDatabase::open(path, {QStringLiteral(
        "CREATE TABLE IF NOT EXISTS snapshot (id INTEGER PRIMARY KEY CHECK (id = 1), taken_at INTEGER NOT NULL,"
        " state BLOB NOT NULL)")});
    if (!db)
        return Error{db.error()};
    return std::unique_ptr<SnapshotStore>(new SnapshotStore(std::unique_ptr<LocalDatabase>(db.value())));
}

Status SnapshotStore::save(const sched::CloudState &state, const QDateTime &takenAt)
{
    return save(StateJsonCodec::serialize(state), takenAt);
}

Status SnapshotStore::save(const QByteArray &stateJson, const QDateTime &takenAt)
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO snapshot (id, taken_at, state) VALUES (1, ?, ?)"));
    q.addBindValue(takenAt.toMSecsSinceEpoch());
    q.addBindValue(stateJson);
    if (!q.exec())
        return Error{m_db->failure(tr("cannot save the snapshot"), q.lastError().text())};
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
    return std::optional<Snapshot>(
        Snapshot{std::move(state).value(), QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC)});
}

} // namespace model::remote
