// SPDX-License-Identifier: Apache-2.0
#pragma once

// While it lives, an SQLite database writes through a rollback journal instead
// of its write-ahead log. For filling an empty database this halves the writes:
// in WAL mode all pages (60 MB for 240,000 bindings) go to the log and are
// copied again by the checkpoint, while a rollback journal only keeps the few
// pages that existed before. Crash safety is the same: an interrupted import
// leaves a hot journal that SQLite rolls back on the next open.
//
// SQLite refuses to leave WAL while another connection is open; then nothing
// changes and the import simply runs in WAL mode.

#include <QSqlDatabase>

namespace model {

class RollbackJournalSwitch
{
public:
    explicit RollbackJournalSwitch(const QSqlDatabase &db);
    ~RollbackJournalSwitch(); // back to WAL (every new connection asks for WAL anyway)
    RollbackJournalSwitch(const RollbackJournalSwitch &) = delete;
    RollbackJournalSwitch &operator=(const RollbackJournalSwitch &) = delete;

    bool active() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace model
