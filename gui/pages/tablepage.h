// SPDX-License-Identifier: Apache-2.0
#pragma once

// What every table page shares: a filter box above a sortable table whose
// header state is saved under a stable name, and a row count.

#include "scope.h"

#include <QModelIndexList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QTableView;
class QHBoxLayout;
class QAbstractItemModel;
class QAction;
class QMenu;

namespace gui {

class ConsoleSettings;

class TablePage : public QWidget
{
    Q_OBJECT

public:
    TablePage(QString settingsName, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    // False when nothing was saved (the page then sizes its columns itself).
    bool restoreHeader(const ConsoleSettings &settings);
    void saveHeader(ConsoleSettings &settings) const;
    virtual void setScope(const Scope &scope) = 0;

    // The right-click menu of the table: `fill` adds the actions for the
    // selected rows (first the one clicked), then the page adds Copy id and
    // `extraActions` (Export as CSV…). Built anew on each click.
    using MenuFiller = std::function<void(QMenu &menu, const QModelIndexList &rows)>;
    void setMenuFiller(MenuFiller fill) { m_fill = std::move(fill); }
    void setExtraMenuActions(QList<QAction *> actions) { m_extraActions = std::move(actions); }
    // The selected rows (column 0), the current one first.
    QModelIndexList selectedRows() const;
    // What Copy id copies for a row (the tenant, pod or binding's id).
    virtual QString idOf(const QModelIndex &row) const;
    // The visible columns in the order shown, and the table as CSV.
    QList<int> visibleColumns() const;
    QByteArray csv() const;

protected:
    // Shows `model` and sorts through it (sorting is switched on only now, so
    // that the first sort reaches the model).
    void setModel(QAbstractItemModel *model);
    QHBoxLayout *toolRow() const { return m_toolRow; }
    void setCountText(const QString &text);

private:
    void showContextMenu(const QPoint &pos);

    MenuFiller m_fill;
    QList<QAction *> m_extraActions;
    QString m_settingsName;
    QHBoxLayout *m_toolRow;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace gui
