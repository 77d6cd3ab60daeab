#include "podspage.h"

#include "podproxymodel.h"
#include "podtablemodel.h"
#include "usagebardelegate.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace gui {

using Column = model::PodTableModel::Column;

PodsPage::PodsPage(QWidget *parent)
    : TablePage(QStringLiteral("pods"), parent), m_model(new model::PodTableModel(this)),
      m_proxy(new model::PodProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    table()->setModel(m_proxy);
    auto *bars = new UsageBarDelegate(this);
    for (Column c : {Column::Vcpus, Column::Ram, Column::Disk}) {
        table()->setItemDelegateForColumn(int(c), bars);
        table()->setColumnWidth(int(c), 150);
    }
    table()->setColumnWidth(int(Column::Name), 150);
    table()->setColumnWidth(int(Column::Created), 130);
    table()->sortByColumn(-1, Qt::AscendingOrder); // creation order until the user sorts
    filterEdit()->setPlaceholderText(tr("Filter pods by name, AZ, DC or affinity tag"));
    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
}

void PodsPage::setSnapshot(model::SnapshotPtr snapshot)
{
    m_model->setSnapshot(std::move(snapshot));
    updateCount();
}

void PodsPage::setScope(const Scope &scope)
{
    m_proxy->setScope(scope.azIndex, scope.pod);
    updateCount();
}

void PodsPage::updateCount()
{
    setCountText(tr("%1 of %n pod(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

} // namespace gui
