// SPDX-License-Identifier: Apache-2.0
#include "audittablemodel.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace model {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setRecords(std::vector<AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString AuditTableModel::kindText(const QString &kind)
{
    if (kind == QLatin1String(auditkind::kBindingCreated))
        return tr("Binding created");
    if (kind == QLatin1String(auditkind::kBindingEnded))
        return tr("Binding ended");
    if (kind == QLatin1String(auditkind::kBindingMoved))
        return tr("Binding moved");
    if (kind == QLatin1String(auditkind::kPodCreated))
        return tr("Pod created");
    if (kind == QLatin1String(auditkind::kPodEdited))
        return tr("Pod edited");
    if (kind == QLatin1String(auditkind::kPodDeleted))
        return tr("Pod deleted");
    if (kind == QLatin1String(auditkind::kImport))
        return tr("Import");
    return kind;
}

QString AuditTableModel::operationText(const QString &operation)
{
    if (operation.isEmpty() || operation == QLatin1String(auditoperation::kManual))
        return {};
    if (operation == QLatin1String("drain"))
        return tr("drain");
    if (operation == QLatin1String("plan-applied"))
        return tr("plan applied");
    if (operation == QLatin1String("rebind"))
        return tr("rebind");
    if (operation == QLatin1String("schedule"))
        return tr("schedule");
    if (operation == QLatin1String("undo"))
        return tr("undo");
    if (operation == QLatin1String("import"))
        return tr("import");
    if (operation == QLatin1String("repair"))
        return tr("repair");
    return operation;
}

QString AuditTableModel::beforeAfterText(const AuditRecord &r)
{
    if (r.before.isEmpty() && r.after.isEmpty())
        return {};
    if (r.before.isEmpty())
        return QStringLiteral("→ ") + r.after;
    if (r.after.isEmpty())
        return r.before + QStringLiteral(" →");
    return r.before + QStringLiteral(" → ") + r.after;
}

QVariant AuditTableModel::display(const AuditRecord &r, Column column) const
{
    switch (column) {
    case Column::Time:
        return QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(r.atUs / 1000, QTimeZone::utc()).toLocalTime(), QLocale::ShortFormat);
    case Column::Operator:
        return r.operatorName;
    case Column::Change: {
        // The operation in brackets, unless it only repeats the kind (an import).
        const QString operation = r.operation == r.kind ? QString() : operationText(r.operation);
        return operation.isEmpty() ? kindText(r.kind) : tr("%1 (%2)").arg(kindText(r.kind), operation);
    }
    case Column::Pod:
        return r.podName.isEmpty() ? r.podId : r.podName;
    case Column::Tenant:
        return r.tenantId;
    case Column::BeforeAfter:
        return beforeAfterText(r);
    case Column::Reason:
        return r.reason == QLatin1String(auditoperation::kManual) ? tr("manual") : r.reason;
    case Column::Count:
        break;
    }
    return {};
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const AuditRecord &r = m_records[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case Qt::ToolTipRole:
        if (column == Column::Time)
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(r.atUs / 1000, QTimeZone::utc()).toLocalTime(), QLocale::LongFormat);
        if (column == Column::Pod)
            return r.podId;
        if (column == Column::Tenant || column == Column::BeforeAfter || column == Column::Reason)
            return display(r, column); // in full where the column cuts it short
        return {};
    case SortRole:
        if (column == Column::Time)
            return QVariant::fromValue<qint64>(r.atUs);
        return display(r, column);
    case AuditIdRole:
        return QVariant::fromValue<qint64>(r.id);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Operator:
        return tr("Operator");
    case Column::Change:
        return tr("Change");
    case Column::Pod:
        return tr("Pod");
    case Column::Tenant:
        return tr("Tenant");
    case Column::BeforeAfter:
        return tr("Before → after");
    case Column::Reason:
        return tr("Reason");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace model
