// SPDX-License-Identifier: Apache-2.0
#pragma once

// While it lives, SQLite does not enforce foreign keys on this connection.
// For replacing the whole stored state: with them on, SQLite cannot truncate
// a table that takes part in a foreign key, so "DELETE FROM usage_history"
// visits the 400,000 samples of a big cloud one by one, and every new sample
// looks its pod up (together about a quarter of an import's CPU time). What
// goes in is checked before it is written instead (StateValidator: bindings
// name existing pods; UsageHistoryRows: history names existing pods), and the
// transaction commits only when those checks pass.
//
// The pragma is per connection and has no effect inside a transaction: then
// nothing changes (the keys stay enforced). The destructor turns them on again.

#include <QSqlDatabase>

namespace model {

class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(const QSqlDatabase &db);
    ~ForeignKeysOff();
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

    bool active() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace model
