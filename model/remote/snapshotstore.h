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

namespace model::remote {

class LocalDatabase;

class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)

public:
    struct Snapshot {
        sched::CloudState state;
        QDateTime takenAt;
    };

    static Result<std::unique_ptr<SnapshotStore>> open(const QString &path);
    ~SnapshotStore();

    Status save(const sched::CloudState &state, const QDateTime &takenAt);
    // The state as StateJsonCodec::serialize wrote it: a fetch keeps these
    // bytes for the write after its answer instead of a copy of the state.
    Status save(const QByteArray &stateJson, const QDateTime &takenAt);
    // nullopt when no snapshot was ever saved.
    Result<std::optional<Snapshot>> load() const;

private:
    explicit SnapshotStore(std::unique_ptr<LocalDatabase> db);
    std::unique_ptr<LocalDatabase> m_db;
};

} // namespace model::remote
