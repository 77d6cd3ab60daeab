// SPDX-License-Identifier: Apache-2.0
#pragma once

// The last state fetched from a live cloud and when, so the console can open
// read-only (and what-if can run) while the cloud is unreachable. Kept in the
// store (tables cloud_snapshot, cloud_snapshot_bytes; schema 4) under the
// cloud's key, so everyone using one store shares the last snapshot any of
// them took. Use from the thread of the store's connection.

#include "cloud.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <optional>

class QSqlQuery;

namespace model {
class SqlStore;
}

namespace model::remote {

class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)

public:
    struct Snapshot {
        sched::CloudState state;
        QDateTime takenAt;         // when the pods were read
        QDateTime bindingsTakenAt; // when the bindings were read
        bool hasBindings = true;   // false: only the pods were ever read
        QDateTime oldest() const { return hasBindings ? std::min(takenAt, bindingsTakenAt) : takenAt; }
    };

    // `store` must outlive this object; `cloud`: CloudIdentity::storeKey.
    SnapshotStore(SqlStore &store, QString cloud);

    // A fetch's pods as the console shows them (overlay, usage) and the GET
    // /bindings answer exactly as it came: the fetch keeps those bytes for the
    // write after its answer, instead of a copy of 100,000 bindings or the
    // time to serialize them again.
    Status save(const std::vector<sched::Pod> &pods, const QByteArray &bindingsAnswer, const QDateTime &takenAt);
    // Every successful read refreshes its part: the pods, or GET /bindings' answer.
    Status savePods(const std::vector<sched::Pod> &pods, const QDateTime &takenAt);
    Status saveBindings(const QByteArray &bindingsAnswer, const QDateTime &takenAt);
    // nullopt when no snapshot was ever saved.
    Result<std::optional<Snapshot>> load() const;

private:
    // `pods` null: the pods part is left as it is; `bindingsAnswer` null: the bindings part too.
    Status write(const QByteArray *podsJson, const QByteArray *bindingsAnswer, const QDateTime &takenAt);
    bool writePart(QSqlQuery &q, const QString &part, const QByteArray &bytes, const QDateTime &takenAt) const;
    Result<QByteArray> readPart(const QString &part) const;
    QString failure(const QString &what, const QString &reason) const;

    SqlStore &m_store;
    QString m_cloud;
};

} // namespace model::remote
