// SPDX-License-Identifier: Apache-2.0
#include "tenantdifferencemodel.h"

#include "decisiontext.h"

namespace model {

namespace {
QString podList(const whatif::TenantOutcome &o)
{
    QStringList names;
    for (const std::string &p : o.pods)
        names << QString::fromStdString(p);
    return names.join(QStringLiteral(", "));
}

// trio2o: where upstream would have left the tenant bound twice.
QString boundTwice(const whatif::TenantDifference &d, const whatif::TenantOutcome &o)
{
    QStringList notes;
    for (const whatif::UpstreamBoundTwice &x : o.upstreamBoundTwice)
        notes << DecisionText::upstreamBoundTwice(QString::fromStdString(d.tenantId), QString::fromStdString(x.endedPod),
                                                  QString::fromStdString(x.newPod), QString::fromStdString(x.az));
    return notes.join(QLatin1Char('\n'));
}
} // namespace

TenantDifferenceModel::TenantDifferenceModel(QObject *parent) : QAbstractTableModel(parent) {}

void TenantDifferenceModel::setResult(WhatIfResultPtr result, int compared)
{
    beginResetModel();
    m_result = std::move(result);
    m_compared = compared;
    endResetModel();
}

const std::vector<whatif::TenantDifference> *TenantDifferenceModel::differences() const
{
    if (!m_result || m_compared < 0 || std::size_t(m_compared) >= m_result->differences.size())
        return nullptr;
    return &m_result->differences[std::size_t(m_compared)];
}

int TenantDifferenceModel::rowCount(const QModelIndex &parent) const
{
    const auto *d = differences();
    return parent.isValid() || !d ? 0 : int(d->size());
}

int TenantDifferenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant TenantDifferenceModel::value(const whatif::TenantDifference &d, Column column)
{
    switch (column) {
    case Column::Tenant: return QString::fromStdString(d.tenantId);
    case Column::PrimaryPods: return podList(d.primary);
    case Column::PrimaryFailures: return qulonglong(d.primary.failures);
    case Column::OtherPods: return podList(d.other);
    case Column::OtherFailures: return qulonglong(d.other.failures);
    case Column::Upstream: {
        const QString primary = boundTwice(d, d.primary);
        const QString other = boundTwice(d, d.other);
        return primary.isEmpty() || other.isEmpty() ? primary + other : primary + QLatin1Char('\n') + other;
    }
    case Column::Count: break;
    }
    return {};
}

QVariant TenantDifferenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const whatif::TenantDifference &d = (*differences())[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = value(d, column);
        if ((column == Column::PrimaryPods || column == Column::OtherPods) && v.toString().isEmpty())
            return tr("(not bound)");
        return v;
    }
    case WhatIfSortRole:
        return value(d, column);
    case WhatIfSearchRole:
        return QStringList{value(d, Column::Tenant).toString(), value(d, Column::PrimaryPods).toString(),
                           value(d, Column::OtherPods).toString(), value(d, Column::Upstream).toString()}
            .join(QLatin1Char('\n'));
    case Qt::TextAlignmentRole:
        return column == Column::PrimaryFailures || column == Column::OtherFailures
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant TenantDifferenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString primary = m_result && !m_result->reports.empty()
        ? QString::fromStdString(m_result->reports.front().policyName) : tr("primary");
    const QString other = m_result && std::size_t(m_compared + 1) < m_result->reports.size()
        ? QString::fromStdString(m_result->reports[std::size_t(m_compared + 1)].policyName) : tr("other");
    switch (Column(section)) {
    case Column::Tenant: return tr("Tenant", "what-if table header");
    case Column::PrimaryPods: return tr("Pods (%1)", "pods a tenant ends up on under a policy").arg(primary);
    case Column::PrimaryFailures: return tr("Failures (%1)").arg(primary);
    case Column::OtherPods: return tr("Pods (%1)", "pods a tenant ends up on under a policy").arg(other);
    case Column::OtherFailures: return tr("Failures (%1)").arg(other);
    case Column::Upstream: return tr("Upstream bound twice", "what-if table header: trio2o departures");
    case Column::Count: break;
    }
    return {};
}

} // namespace model
