// SPDX-License-Identifier: Apache-2.0
#pragma once

// The events of a scenario being edited, in replay order, as JSON objects
// exactly as the scenario file spells them (docs/scenario-format.md). Rows
// can be inserted, replaced, removed and moved; the display text is a short
// translated summary of each event.

#include <QAbstractListModel>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace model {

class ScenarioEventListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        EventRole = Qt::UserRole, // QJsonObject: the whole event
        TypeRole,                 // QString: "create_vm", ...
    };

    explicit ScenarioEventListModel(QObject *parent = nullptr);

    void setEvents(const QJsonArray &events);
    QJsonArray events() const;
    QJsonObject event(int row) const { return m_events.value(row); }
    void insertEvent(int row, const QJsonObject &event);
    void setEvent(int row, const QJsonObject &event);
    bool moveEvent(int from, int to); // to = the row it ends up at

    static QString summary(const QJsonObject &event);
    static QString typeName(const QString &type);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

private:
    QList<QJsonObject> m_events;
};

} // namespace model
