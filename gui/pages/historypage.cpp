// SPDX-License-Identifier: Apache-2.0
#include "historypage.h"

#include "auditlogloader.h"
#include "audittablemodel.h"
#include "backend.h"
#include "timeformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace gui {

namespace {
constexpr std::int64_t kHourUs = 3600LL * 1000 * 1000;
}

HistoryPage::HistoryPage(QWidget *parent)
    : TablePage(QStringLiteral("history"), parent), m_loader(new AuditLogLoader(this)),
      m_model(new model::AuditTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_tenant(new QLineEdit(this)), m_pod(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_since(new QComboBox(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(model::AuditTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setModel(m_proxy);
    table()->sortByColumn(int(model::AuditTableModel::Column::Time), Qt::DescendingOrder);
    filterEdit()->setPlaceholderText(tr("Filter the rows shown"));
    filterEdit()->setMinimumWidth(120);
    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });

    m_tenant->setPlaceholderText(tr("Tenant"));
    m_tenant->setClearButtonEnabled(true);
    m_tenant->setToolTip(tr("Only this tenant's changes (Enter reads them)"));
    m_pod->setToolTip(tr("Only changes of this pod"));
    m_pod->addItem(tr("All pods"), QString());
    m_kind->setToolTip(tr("Only changes of this kind, or made by this operation"));
    const std::pair<QString, const char *> kinds[] = {
        {tr("All changes"), ""},
        {tr("Bindings created"), model::auditkind::kBindingCreated},
        {tr("Bindings ended"), model::auditkind::kBindingEnded},
        {tr("Bindings moved"), model::auditkind::kBindingMoved},
        {tr("Pods created"), model::auditkind::kPodCreated},
        {tr("Pods edited"), model::auditkind::kPodEdited},
        {tr("Pods deleted"), model::auditkind::kPodDeleted},
        {tr("Drains"), "drain"},
        {tr("Plans applied"), "plan-applied"},
        {tr("Imports"), model::auditkind::kImport},
    };
    for (const auto &[text, key] : kinds)
        m_kind->addItem(text, QString::fromLatin1(key));
    const std::pair<QString, int> since[] = {{tr("Any time"), 0},          {tr("Last hour"), 1},
                                             {tr("Last 24 hours"), 24},    {tr("Last 7 days"), 24 * 7},
                                             {tr("Last 30 days"), 24 * 30}};
    for (const auto &[text, hours] : since)
        m_since->addItem(text, hours);
    m_since->setToolTip(tr("Only changes made since then"));

    // Sized from a few characters, not from the longest entry: the filter row
    // must not widen the page (in German at 1024 pixels it squeezed the tree to
    // "R…e"), and measuring a thousand pod names costs the GUI thread.
    for (auto [combo, chars] : {std::pair{m_pod, 10}, std::pair{m_kind, 12}, std::pair{m_since, 10}}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(chars);
    }
    m_tenant->setMinimumWidth(80);
    toolRow()->insertWidget(0, m_tenant);
    toolRow()->insertWidget(1, m_pod);
    toolRow()->insertWidget(2, m_kind);
    toolRow()->insertWidget(3, m_since);
    connect(m_tenant, &QLineEdit::returnPressed, this, &HistoryPage::reload);
    connect(m_tenant, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            reload(); // the clear button
    });
    for (QComboBox *combo : {m_pod, m_kind, m_since})
        connect(combo, &QComboBox::activated, this, &HistoryPage::reload);

    connect(m_loader, &AuditLogLoader::loaded, this, &HistoryPage::showRecords);
    connect(m_loader, &AuditLogLoader::failed, this, &HistoryPage::showFailure);
    using Column = model::AuditTableModel::Column;
    // Room for the reason at 1280 pixels; what a column cuts short shows in full in its tooltip.
    const std::pair<Column, int> widths[] = {{Column::Time, 140}, {Column::Operator, 80}, {Column::Change, 175},
                                             {Column::Pod, 100},  {Column::Tenant, 180},  {Column::BeforeAfter, 220}};
    for (const auto &[column, width] : widths)
        table()->horizontalHeader()->resizeSection(int(column), width);
    updateCount();
}

void HistoryPage::setBackend(model::Backend *backend)
{
    m_backend = backend;
    m_model->setRecords({});
    reload();
}

void HistoryPage::setSnapshot(const model::SnapshotPtr &snapshot)
{
    const QString chosen = m_pod->currentData().toString();
    QStringList names;
    if (snapshot)
        for (int p = 0; p < snapshot->podCount(); ++p)
            names << snapshot->podName(p);
    names.sort(Qt::CaseInsensitive);
    m_pod->clear();
    m_pod->addItem(tr("All pods"), QString());
    for (const QString &name : names)
        m_pod->addItem(name, name);
    if (!chosen.isEmpty() && m_pod->findData(chosen) < 0)
        m_pod->addItem(chosen, chosen); // a deleted pod's history stays chosen
    m_pod->setCurrentIndex(std::max(0, m_pod->findData(chosen)));
    reload();
}

model::AuditFilter HistoryPage::filter() const
{
    model::AuditFilter f;
    f.tenantId = m_tenant->text().trimmed();
    f.pod = m_pod->currentData().toString();
    f.kind = m_kind->currentData().toString();
    if (const int hours = m_since->currentData().toInt(); hours > 0)
        f.sinceUs = model::nowMicroseconds() - hours * kHourUs;
    // A local store's own rows; a remote cloud's backend keeps to its cloud's rows itself.
    if (m_backend && m_backend->kind() == model::Backend::Kind::Local)
        f.cloud = QStringLiteral("local");
    return f;
}

void HistoryPage::reload()
{
    if (!m_backend) {
        m_loader->cancel();
        updateCount();
        return;
    }
    m_loader->load(*m_backend, filter());
    updateCount();
}

bool HistoryPage::isLoading() const { return m_loader->isRunning(); }

void HistoryPage::showRecords(const std::vector<model::AuditRecord> &records)
{
    m_failure.clear();
    m_model->setRecords(records);
    updateCount();
    emit loaded();
}

void HistoryPage::showFailure(const QString &message)
{
    m_failure = tr("Cannot read the history: %1").arg(message);
    m_model->setRecords({});
    updateCount();
    emit loaded();
}

void HistoryPage::updateCount()
{
    if (!m_failure.isEmpty())
        setCountText(m_failure);
    else if (m_loader->isRunning() && m_model->rowCount() == 0)
        setCountText(tr("Reading…"));
    else if (m_proxy->rowCount() == m_model->rowCount())
        setCountText(tr("%n change(s)", nullptr, m_model->rowCount()));
    else
        setCountText(tr("%1 of %n change(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

} // namespace gui
