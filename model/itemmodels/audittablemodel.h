// SPDX-License-Identifier: Apache-2.0
#pragma once

// The store's audit log as a table for the History view, newest first as read:
// time (in the user's locale), operator, what changed (kind, and the operation
// it was part of), pod, tenant, before → after, reason. Raw values for sorting
// in SortRole (the time as microseconds, so that sorting is by time, not text).

#include "auditrecord.h"

#include <QAbstractTableModel>

#include <vector>

namespace model {

class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Time, Operator, Change, Pod, Tenant, BeforeAfter, Reason, Count };
    enum Role { SortRole = Qt::UserRole + 1, AuditIdRole };

    explicit AuditTableModel(QObject *parent = nullptr);

    void setRecords(std::vector<AuditRecord> records);
    const std::vector<AuditRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Binding moved", "Pod edited" …; an unknown kind as it is stored.
    static QString kindText(const QString &kind);
    // "drain", "plan applied" …; empty for a change made by hand.
    static QString operationText(const QString &operation);
    // "Pod1 → Pod2", "→ Pod2" (created), "Pod1 →" (ended).
    static QString beforeAfterText(const AuditRecord &record);

private:
    QVariant display(const AuditRecord &r, Column column) const;

    std::vector<AuditRecord> m_records;
};

} // namespace model
