// SPDX-License-Identifier: Apache-2.0
#include "scenarioeventlistmodel.h"

namespace model {

namespace {
QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

QString who(const QJsonObject &e)
{
    return e.contains(QLatin1String("tenants")) ? str(e, "tenants") : str(e, "tenant");
}

QString where(const QJsonObject &e)
{
    const QString az = str(e, "az").isEmpty() ? ScenarioEventListModel::tr("any AZ") : str(e, "az");
    return str(e, "group").isEmpty() ? az : ScenarioEventListModel::tr("%1, group %2").arg(az, str(e, "group"));
}

QString size(const QJsonObject &e)
{
    const QJsonObject s = e.value(QLatin1String("size")).toObject();
    return ScenarioEventListModel::tr("%1 vCPU, %2 MB RAM, %3 GB disk")
        .arg(s.value(QLatin1String("vcpus")).toInteger())
        .arg(s.value(QLatin1String("ram_mb")).toInteger())
        .arg(s.value(QLatin1String("disk_gb")).toInteger());
}
} // namespace

ScenarioEventListModel::ScenarioEventListModel(QObject *parent) : QAbstractListModel(parent) {}

void ScenarioEventListModel::setEvents(const QJsonArray &events)
{
    beginResetModel();
    m_events.clear();
    for (const QJsonValue &v : events)
        m_events.append(v.toObject());
    endResetModel();
}

QJsonArray ScenarioEventListModel::events() const
{
    QJsonArray out;
    for (const QJsonObject &e : m_events)
        out.append(e);
    return out;
}

void ScenarioEventListModel::insertEvent(int row, const QJsonObject &event)
{
    row = std::clamp(row, 0, int(m_events.size()));
    beginInsertRows({}, row, row);
    m_events.insert(row, event);
    endInsertRows();
}

void ScenarioEventListModel::setEvent(int row, const QJsonObject &event)
{
    setData(index(row), event, EventRole);
}

bool ScenarioEventListModel::moveEvent(int from, int to)
{
    if (from < 0 || to < 0 || from >= rowCount() || to >= rowCount() || from == to)
        return false;
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

QString ScenarioEventListModel::typeName(const QString &type)
{
    if (type == QLatin1String("create_vm")) return tr("Create VMs");
    if (type == QLatin1String("delete_vm")) return tr("Delete VMs");
    if (type == QLatin1String("set_usage")) return tr("Set usage");
    if (type == QLatin1String("set_capacity")) return tr("Set capacity");
    if (type == QLatin1String("pod_state")) return tr("Pod state");
    if (type == QLatin1String("add_pod")) return tr("Add pod");
    if (type == QLatin1String("remove_pod")) return tr("Remove pod");
    if (type == QLatin1String("drain_pod")) return tr("Drain pod");
    if (type == QLatin1String("new_tenants")) return tr("New tenants");
    if (type == QLatin1String("grow")) return tr("Grow (outlook)");
    return type;
}

QString ScenarioEventListModel::summary(const QJsonObject &e)
{
    const QString type = str(e, "type");
    const int count = e.value(QLatin1String("count")).toInt(1);
    if (type == QLatin1String("create_vm") || type == QLatin1String("delete_vm"))
        return tr("%1: %2 × %3 in %4 (%5)").arg(typeName(type)).arg(count).arg(who(e), where(e), size(e));
    if (type == QLatin1String("set_usage")) {
        const QJsonValue used = e.value(QLatin1String("used"));
        return tr("%1: %2 %3 = %4").arg(typeName(type), str(e, "pod"), str(e, "resource"),
                                        used.isNull() ? tr("unknown") : QLocale().toString(used.toInteger()));
    }
    if (type == QLatin1String("set_capacity")) {
        const QString text = tr("%1: %2 %3 = %4").arg(typeName(type), str(e, "pod"), str(e, "resource"))
                                 .arg(e.value(QLatin1String("total")).toInteger());
        // The threshold changes every resource's limit: say it.
        const QJsonValue threshold = e.value(QLatin1String("threshold"));
        return threshold.isDouble() ? tr("%1, threshold %2", "set_capacity summary, new threshold")
                                          .arg(text, QLocale().toString(threshold.toDouble(), 'g', 4))
                                    : text;
    }
    if (type == QLatin1String("pod_state"))
        return tr("%1: %2 → %3").arg(typeName(type), str(e, "pod"), str(e, "state"));
    if (type == QLatin1String("add_pod")) {
        const QJsonObject pod = e.value(QLatin1String("pod")).toObject();
        return tr("%1: %2 in %3").arg(typeName(type), str(pod, "pod_name"), str(pod, "az_name"));
    }
    if (type == QLatin1String("new_tenants"))
        return tr("%1: %2 × %3").arg(typeName(type)).arg(count).arg(str(e, "pattern"));
    if (type == QLatin1String("grow"))
        return tr("%1: %n day(s) in %2", nullptr, e.value(QLatin1String("days")).toInt())
            .arg(typeName(type), where(e));
    return tr("%1: %2").arg(typeName(type), str(e, "pod"));
}

int ScenarioEventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant ScenarioEventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &e = m_events[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return summary(e);
    case Qt::ToolTipRole:
        return tr("Event %1 (events[%1] in the file)").arg(index.row());
    case EventRole:
        return e;
    case TypeRole:
        return str(e, "type");
    default:
        return {};
    }
}

bool ScenarioEventListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != EventRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QJsonObject event = value.toJsonObject();
    if (event == m_events[index.row()])
        return true;
    m_events[index.row()] = event;
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags ScenarioEventListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool ScenarioEventListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_events.remove(row, count);
    endRemoveRows();
    return true;
}

bool ScenarioEventListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                      const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild);
    QList<QJsonObject> moved = m_events.mid(sourceRow, count);
    m_events.remove(sourceRow, count);
    const int to = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_events.insert(to + i, moved[i]);
    endMoveRows();
    return true;
}

} // namespace model
