#pragma once

// What every table page shares: a filter box above a sortable table whose
// header state is saved under a stable name, and a row count.

#include "scope.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QHBoxLayout;
class QAbstractItemModel;

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

protected:
    // Shows `model` and sorts through it (sorting is switched on only now, so
    // that the first sort reaches the model).
    void setModel(QAbstractItemModel *model);
    QHBoxLayout *toolRow() const { return m_toolRow; }
    void setCountText(const QString &text);

private:
    QString m_settingsName;
    QHBoxLayout *m_toolRow;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace gui
