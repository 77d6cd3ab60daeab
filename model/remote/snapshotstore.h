// SPDX-License-Identifier: Apache-2.0
#pragma once

// The last state fetched from a remote cloud and when, so the console can
// open read-only (and what-if can run) while the cloud is unreachable.

#include "cloud.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <memory>
#include <optional>

class QSqlQuery;

namespace model::remote {

class LocalDatabase;

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

    static Result<std::unique_ptr<SnapshotStore>> open(const QString &path);
    ~SnapshotStore();

    Status save(const sched::CloudState &state, const QDateTime &takenAt);
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
    // The cloud's key in the store (CloudIdentity::storeKey), kept so that the
    // store's rows of this cloud (its usage history) can be read while the
    // cloud, and so its endpoint, cannot be reached. Empty: never known.
    Status rememberStoreCloud(const QString &storeKey);
    Result<QString> storeCloud() const;

private:
    explicit SnapshotStore(std::unique_ptr<LocalDatabase> db);
    // `bindingsAnswer` empty: the bindings are in `stateJson`.
    Status write(const QByteArray &stateJson, const QByteArray &bindingsAnswer, const QDateTime &takenAt);
    Status savePart(const char *part, const std::vector<sched::Pod> *pods, const QByteArray &bindingsAnswer,
                    const QDateTime &takenAt);
    static bool markPart(QSqlQuery &q, const char *part, const QDateTime &takenAt);
    static bool writeBindings(QSqlQuery &q, const QByteArray &bindingsAnswer, const QDateTime &takenAt);
    std::unique_ptr<LocalDatabase> m_db;
};

} // namespace model::remote
