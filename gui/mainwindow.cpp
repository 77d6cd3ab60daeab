// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "files/atomicfilewriter.h"

#include "bindingspage.h"
#include "capacityoutlookjob.h"
#include "bindingproxymodel.h"
#include "busyindicator.h"
#include "capacitypage.h"
#include "cloudloader.h"
#include "cloudtreemodel.h"
#include "connectdialog.h"
#include "dashboardpage.h"
#include "editcontroller.h"
#include "historypage.h"
#include "liverefresh.h"
#include "periodicrefresh.h"
#include "localbackend.h"
#include "noticebanner.h"
#include "remotebackend.h"
#include "requestlog.h"
#include "backendoptions.h"
#include "databaselocation.h"
#include "snapshotloader.h"
#include "sqlstore.h"
#include "prompter.h"
#include "icons.h"
#include "passwordkeyring.h"
#include "podspage.h"
#include "rowactionmenu.h"
#include "bindingtablemodel.h"
#include "tenanttablemodel.h"
#include "podtablemodel.h"
#include "schedulerconfigjson.h"
#include "statuspanel.h"
#include "tenantspage.h"
#include "whatifpage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QMenu>
#include <QScreen>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace gui {

namespace {
// A toolbar shows no mnemonics: "&Connect…" -> "Connect", "连接(&C)…" -> "连接".
QString toolBarText(QString text)
{
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\(&[^)]\\)"));
    text.remove(cjkMnemonic);
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text.trimmed();
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_loader(new CloudLoader(this)), m_treeModel(new model::CloudTreeModel(this)),
      m_tree(new QTreeView), m_splitter(new QSplitter(this)), m_tabs(new QTabWidget), m_banner(new NoticeBanner),
      m_dashboard(new DashboardPage), m_pods(new PodsPage), m_bindings(new BindingsPage), m_tenants(new TenantsPage),
      m_status(new StatusPanel(statusBar())), m_busy(new BusyIndicator)
{
    statusBar()->addPermanentWidget(m_busy);
    m_keyring = new PasswordKeyring(this);
    connect(m_keyring, &PasswordKeyring::failed, this,
            [this](const QString &message) { m_banner->showNotice(NoticeBanner::Kind::Warning, message); });
    m_editor = new EditController(this, m_banner);
    setWindowTitle(tr("Trio2o Console"));
    setWindowIcon(icon(IconId::App));
    m_tabs->addTab(m_dashboard, icon(IconId::Dashboard), tr("&Dashboard"));
    m_tabs->addTab(m_pods, icon(IconId::Pods), tr("&Pods"));
    m_tabs->addTab(m_bindings, icon(IconId::Bindings), tr("&Bindings"));
    m_tabs->addTab(m_tenants, icon(IconId::Tenants), tr("&Tenants"));
    m_tabs->setDocumentMode(true);

    // Failures of background work and partial outcomes show here, without a modal box.
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_tabs, 1);

    createTree();
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({250, 1030});
    setCentralWidget(m_splitter);
    // The What-if tab: "current" is the connected backend's state, and plans are applied to it.
    m_whatIf = new WhatIfPage;
    m_whatIf->setCurrentStateProvider([this] {
        return model::ScenarioLoader::CurrentState([backend = QPointer<model::Backend>(m_backend.get())] {
            return backend ? backend->fetchState().result()
                           : model::Result<sched::CloudState>(model::Error{tr("not connected")});
        });
    });
    m_whatIf->setBackendProvider([this] { return m_backend.get(); });
    m_whatIf->setPrompterProvider([this]() -> Prompter & { return m_editor->prompter(); });
    m_whatIf->setDefaultPolicy(model::SchedulerConfigJson::toJson(m_settings.schedulerConfig()));
    connect(m_editor, &EditController::schedulerSettingsChanged, this, [this] {
        m_whatIf->setDefaultPolicy(model::SchedulerConfigJson::toJson(m_settings.schedulerConfig()));
    });
    m_tabs->addTab(m_whatIf, tr("&What-if"));
    connect(m_whatIf, &WhatIfPage::operationApplied, m_editor, &EditController::recordOperation);
    createActions();
    m_capacity = new CapacityPage;
    m_tabs->addTab(m_capacity, tr("C&apacity"));
    auto *capacity = new QAction(tr("C&apacity"), this);
    capacity->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    connect(capacity, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_capacity); });
    m_viewMenu->insertAction(m_viewMenuPagesEnd, capacity);
    // One outlook per snapshot, computed off the GUI thread, for the Capacity tab and the dashboard.
    m_outlookJob = new model::CapacityOutlookJob(this);
    connect(m_outlookJob, &model::CapacityOutlookJob::started, m_capacity, &CapacityPage::showComputing);
    connect(m_outlookJob, &model::CapacityOutlookJob::finished, m_capacity, &CapacityPage::setOutlook);
    connect(m_outlookJob, &model::CapacityOutlookJob::finished, m_dashboard, &DashboardPage::setOutlook);
    createHistory();

    connect(m_editor, &EditController::refreshRequested, this, &MainWindow::refresh);
    connect(m_loader, &CloudLoader::progress, m_status, &StatusPanel::setLoading);
    connect(m_loader, &CloudLoader::loaded, this, &MainWindow::stageSnapshot);
    connect(m_loader, &CloudLoader::failed, this, &MainWindow::showFailure);
    connect(m_loader, &CloudLoader::inconsistenciesCounted, this, &MainWindow::showInconsistencies);
    connect(m_bindings->proxy(), &model::BindingProxyModel::sortingChanged, this, [this](bool sorting) {
        if (sorting)
            m_busy->begin(QStringLiteral("sort-bindings"), tr("Sorting bindings…"));
        else
            m_busy->end(QStringLiteral("sort-bindings"));
    });
    connect(m_bindings, &BindingsPage::showHistoryChanged, this,
            [this](bool show) { m_settings.setShowBindingHistory(show); });
    // A pod picked in the Pods table is the one Edit/Delete/Drain act on.
    connect(m_pods->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_editor->setCurrentPod(current.data(model::PodTableModel::PodIndexRole).toInt());
            });
    connect(m_pods->table(), &QAbstractItemView::doubleClicked, m_editor, &EditController::editPod);
    // A binding picked in the Bindings table is the one Rebind… starts from.
    connect(m_bindings->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const int pod = current.data(model::BindingTableModel::PodIndexRole).toInt();
                if (!current.isValid() || !m_snapshot || pod < 0 || pod >= m_snapshot->podCount())
                    return;
                m_editor->setCurrentBinding(m_snapshot->tenantNames().value(current.data(model::BindingTableModel::TenantIndexRole).toInt()),
                                            QString::fromStdString(m_snapshot->pods()[std::size_t(pod)].id));
            });
    createContextMenus();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createHistory()
{
    m_history = new HistoryPage;
    m_tabs->addTab(m_history, icon(IconId::History), tr("Hi&story"));
    auto *show = new QAction(icon(IconId::History), tr("Hi&story"), this);
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    connect(show, &QAction::triggered, this, [this] { showPage(Page::History); });
    m_viewMenu->insertAction(m_viewMenuPagesEnd, show);
    m_live = new LiveRefresh(m_banner, this);
    connect(m_live, &LiveRefresh::refreshNeeded, this, &MainWindow::refresh);
    // Staged like a load: a big cloud's tables are prepared off the GUI thread.
    connect(m_live, &LiveRefresh::snapshotPatched, this, &MainWindow::stageSnapshot);
    connect(this, &MainWindow::snapshotApplied, m_live, [this] { m_live->setSnapshot(m_snapshot); });
    m_periodic = new PeriodicRefresh(m_settings, m_banner, this);
    connect(m_periodic, &PeriodicRefresh::refreshNeeded, this, &MainWindow::refresh);
    m_periodic->setBusyCheck([this] { return isLoading(); });
    m_viewMenu->addMenu(m_periodic->createMenu(this));
}

void MainWindow::createContextMenus()
{
    m_pods->setMenuFiller([this](QMenu &menu, const QModelIndexList &rows) {
        if (m_snapshot)
            RowActionMenu::addPodActions(menu, *m_editor, *m_snapshot,
                                         rows.constFirst().data(model::PodTableModel::PodIndexRole).toInt());
    });
    m_bindings->setMenuFiller([this](QMenu &menu, const QModelIndexList &rows) {
        if (rows.size() > 1) { // several rows: one action for all of them first
            menu.addAction(m_editor->rebindSelectedAction());
            menu.addSeparator();
        }
        const QModelIndex row = rows.constFirst();
        if (m_snapshot)
            RowActionMenu::addBindingActions(menu, *m_editor, *m_snapshot,
                                             row.data(model::BindingTableModel::TenantIndexRole).toInt(),
                                             row.data(model::BindingTableModel::PodIndexRole).toInt(),
                                             row.data(model::BindingTableModel::ActiveRole).toBool());
    });
    m_tenants->setMenuFiller([this](QMenu &menu, const QModelIndexList &rows) {
        if (rows.size() > 1) {
            menu.addAction(m_editor->rebindSelectedAction());
            menu.addSeparator();
        }
        if (m_snapshot)
            RowActionMenu::addTenantActions(menu, *m_editor, *m_snapshot,
                                            rows.constFirst().data(model::TenantTableModel::TenantIndexRole).toInt());
    });
    for (TablePage *page : {static_cast<TablePage *>(m_pods), static_cast<TablePage *>(m_bindings),
                            static_cast<TablePage *>(m_tenants), static_cast<TablePage *>(m_history)})
        page->setExtraMenuActions({m_exportAction});
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    m_dashboard->setPodMenuFiller([this](QMenu &menu, int pod) {
        if (m_snapshot)
            RowActionMenu::addPodActions(menu, *m_editor, *m_snapshot, pod);
    });
    connect(m_dashboard, &DashboardPage::podActivated, this, &MainWindow::goToPod);
    for (TablePage *page : {static_cast<TablePage *>(m_bindings), static_cast<TablePage *>(m_tenants)})
        connect(page->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::updateRebindSelection);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateRebindSelection);
}

void MainWindow::updateRebindSelection()
{
    auto *page = qobject_cast<TablePage *>(m_tabs->currentWidget());
    if (page != m_bindings && page != m_tenants) {
        m_editor->setRebindSelection(0, {});
        return;
    }
    int rows = 0; // counted from the ranges: a million selected rows are not listed here
    for (const QItemSelectionRange &range : page->table()->selectionModel()->selection())
        rows += range.height();
    m_editor->setRebindSelection(rows, [this, page] { return selectedBindings(page); });
}

std::vector<model::RebindItem> MainWindow::selectedBindings(const TablePage *page) const
{
    std::vector<model::RebindItem> items;
    if (!m_snapshot)
        return items;
    const auto podId = [this](int pod) { return m_snapshot->pods()[std::size_t(pod)].id; };
    for (const QModelIndex &row : page->table()->selectionModel()->selectedRows()) {
        if (page == m_bindings) {
            if (row.data(model::BindingTableModel::ActiveRole).toBool())
                items.push_back(
                    {m_snapshot->tenantNames()[row.data(model::BindingTableModel::TenantIndexRole).toInt()].toStdString(),
                     {}, podId(row.data(model::BindingTableModel::PodIndexRole).toInt())});
            continue;
        }
        // A tenant's active bindings in the part of the cloud chosen in the tree.
        const int tenant = row.data(model::TenantTableModel::TenantIndexRole).toInt();
        for (const int i : m_snapshot->bindingsOfTenant(tenant)) {
            const model::BindingRow &b = m_snapshot->bindings()[std::size_t(i)];
            if (b.active && (m_scope.pod < 0 || b.pod == m_scope.pod)
                && (m_scope.azIndex < 0 || m_snapshot->azIndexOfPod(b.pod) == m_scope.azIndex))
                items.push_back({m_snapshot->tenantNames()[tenant].toStdString(), {}, podId(b.pod)});
        }
    }
    return items;
}

void MainWindow::showTreeMenu(const QPoint &pos)
{
    const QModelIndex node = m_tree->indexAt(pos);
    if (!node.isValid() || !m_snapshot)
        return;
    m_tree->setCurrentIndex(node);
    const int pod = node.data(model::CloudTreeModel::PodIndexRole).toInt();
    QMenu menu(this);
    if (pod >= 0) {
        RowActionMenu::addPodActions(menu, *m_editor, *m_snapshot, pod);
        menu.addSeparator();
    }
    const QString id = pod >= 0 ? QString::fromStdString(m_snapshot->pods()[std::size_t(pod)].id)
                                : node.siblingAtColumn(0).data().toString();
    menu.addAction(pod >= 0 ? tr("&Copy id") : tr("&Copy name"), this,
                   [id] { QApplication::clipboard()->setText(id); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::exportCurrentTable()
{
    auto *page = qobject_cast<TablePage *>(m_tabs->currentWidget());
    if (!page) {
        m_banner->showNotice(NoticeBanner::Kind::Warning, tr("This tab has no table to export; the Pods, Bindings, "
                                                             "Tenants and History tabs do."));
        return;
    }
    const QString name = toolBarText(m_tabs->tabText(m_tabs->currentIndex())).toLower() + QStringLiteral(".csv");
    const QString path = m_editor->prompter().saveFileName(this, tr("Export Table as CSV"), name,
                                                           tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // QSaveFile in Qt 6.4 can leave an empty file on a full disk: the one writer that checks every step.
    if (const model::Status written = model::AtomicFileWriter::write(path, page->csv()); !written)
        m_editor->prompter().actionFailed(this, tr("Export Failed"), written.error());
    else
        statusBar()->showMessage(tr("Saved %n row(s) to %1", nullptr, page->table()->model()->rowCount())
                                     .arg(QDir::toNativeSeparators(path)),
                                 5000);
}

void MainWindow::goToPod(int pod)
{
    if (!m_snapshot || pod < 0 || pod >= m_snapshot->podCount())
        return;
    m_tree->setCurrentIndex(m_treeModel->podIndex(pod));
    m_tree->scrollTo(m_tree->currentIndex());
    showPage(Page::Pods);
    m_pods->selectPod(pod);
}

void MainWindow::createTree()
{
    m_treeModel->setIcons(icon(IconId::Region), icon(IconId::Az),
                          {podStateIcon(sched::PodState::Enabled), podStateIcon(sched::PodState::Maintenance),
                           podStateIcon(sched::PodState::Disabled)});
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setTextElideMode(Qt::ElideMiddle); // a narrow tree keeps both ends of a pod's name
    m_tree->setIndentation(m_tree->fontMetrics().height()); // narrow steps leave room for names at 1024 px
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setMinimumWidth(150); // with the What-if page (822 px at least) the window still fits 1024 px
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onTreeCurrentChanged(current); });
}

void MainWindow::createActions()
{
    auto *connectAction = new QAction(icon(IconId::Connect), tr("&Connect…"), this);
    connectAction->setShortcut(QKeySequence::Open);
    connectAction->setToolTip(tr("Open a database (Ctrl+O)"));
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectDialog);
    m_exportAction = new QAction(tr("E&xport Table as CSV…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setToolTip(tr("Save the table shown, as filtered and sorted, as CSV (Ctrl+Shift+E)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCurrentTable);
    m_refreshAction = new QAction(icon(IconId::Refresh), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    auto *quit = new QAction(icon(IconId::Quit), tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto *find = new QAction(icon(IconId::Find), tr("&Find…"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &MainWindow::focusFilter);
    auto *history = new QAction(icon(IconId::History), tr("Show binding &history"), this);
    history->setCheckable(true);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(history, &QAction::toggled, m_bindings, &BindingsPage::setShowHistory);
    connect(m_bindings, &BindingsPage::showHistoryChanged, history, &QAction::setChecked);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(connectAction);
    m_recentMenu = file->addMenu(tr("Rece&nt connections"));
    file->addAction(m_refreshAction);
    file->addAction(tr("New &Demo Cloud"), this, [this] { openNewDemoCloud(); });
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addAction(tr("&Apply a Saved Plan…"), this, [this] {
        m_tabs->setCurrentWidget(m_whatIf);
        m_whatIf->applySavedPlan();
    });
    file->addSeparator();
    file->addAction(quit);
    m_editor->fillEditMenu(menuBar()->addMenu(tr("&Edit")));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const IconId pageIcons[] = {IconId::Dashboard, IconId::Pods, IconId::Bindings, IconId::Tenants};
    for (int i = 0; i < m_tabs->count(); ++i) { // Ctrl+1 … Ctrl+5 (What-if)
        auto *page = view->addAction(m_tabs->tabText(i));
        if (i < int(std::size(pageIcons)))
            page->setIcon(icon(pageIcons[i]));
        page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(page, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }
    m_viewMenu = view;
    m_viewMenuPagesEnd = view->addSeparator();
    view->addAction(find);
    view->addAction(history);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(icon(IconId::About), tr("&About Trio2o Console"), this, &MainWindow::about);
    m_logRequestsAction = help->addAction(tr("&Log Requests to the Terminal"));
    m_logRequestsAction->setCheckable(true);
    m_logRequestsAction->setToolTip(tr("Log every request to the cloud on standard error, like --debug"));
    m_logRequestsAction->setChecked(m_settings.logRequests());
    if (m_settings.logRequests())
        model::remote::RequestLog::setDebug(true);
    connect(m_logRequestsAction, &QAction::toggled, this, [this](bool on) {
        m_settings.setLogRequests(on);
        model::remote::RequestLog::setDebug(on);
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(connectAction);
    bar->addAction(m_refreshAction);
    bar->addSeparator();
    m_editor->fillToolBar(bar);
    bar->addSeparator();
    bar->addAction(history);
    bar->addAction(find);
    for (QAction *a : bar->actions())
        if (!a->isSeparator())
            a->setIconText(toolBarText(a->text()));
    updateRecentMenu();
}

void MainWindow::openDatabase(const QString &path)
{
    // A server URL keeps its "//"; only a file path is cleaned.
    const QString clean = model::DatabaseLocation::looksLikeUrl(path) ? path : QDir::cleanPath(path);
    if (!model::DatabaseLocation::looksLikeUrl(clean) && !QFileInfo::exists(clean)) {
        const QString where = QDir::toNativeSeparators(clean);
        if (!m_editor->prompter().confirm(this, tr("No Database There"),
                                          tr("There is no database at %1.\nCreate a new, empty database there?")
                                              .arg(where)))
            return; // whatever was open stays open
        auto created = model::SqlStore::open(clean);
        if (!created) {
            m_editor->prompter().actionFailed(this, tr("Cannot Create the Database"), created.error());
            return;
        }
    }
    m_settings.addRecentDatabase(clean);
    updateRecentMenu();
    openBackend(std::make_unique<model::LocalBackend>(clean));
}

void MainWindow::openAtStart(const QString &path, bool pathGiven)
{
    const bool firstStart = !pathGiven && m_settings.recentDatabases().isEmpty()
                            && !model::DatabaseLocation::looksLikeUrl(path) && !QFileInfo::exists(path);
    if (firstStart)
        openNewDemoCloud(path);
    else
        openDatabase(path);
}

QString MainWindow::demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-cloud.sqlite");
}

void MainWindow::openNewDemoCloud(QString path)
{
    if (path.isEmpty())
        path = demoDatabasePath();
    path = QDir::cleanPath(path);
    if (QFileInfo::exists(path)) {
        if (!m_settings.isDemoDatabase(path)
            || !m_editor->prompter().confirm(this, tr("New Demo Cloud"),
                                             tr("Replace the demo cloud at %1 with a fresh one?")
                                                 .arg(QDir::toNativeSeparators(path)))) {
            if (!m_settings.isDemoDatabase(path))
                m_editor->prompter().actionFailed(this, tr("New Demo Cloud"),
                                                  tr("%1 exists and is not a demo cloud; it was left alone.")
                                                      .arg(QDir::toNativeSeparators(path)));
            return;
        }
        QFile::remove(path); // an open connection keeps reading the old file until replaced
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (const model::Status seeded = model::SnapshotLoader::seedDemo(path); !seeded) {
        m_editor->prompter().actionFailed(this, tr("New Demo Cloud"), seeded.error());
        return;
    }
    m_settings.addDemoDatabase(path);
    openDatabase(path);
}

void MainWindow::showDemoBadge(bool demo)
{
    m_status->setDemo(demo);
    setWindowTitle(demo ? tr("Trio2o Console — DEMO") : tr("Trio2o Console"));
}

void MainWindow::openRemote(const model::remote::ConnectionSettings &settings)
{
    openBackend(model::remote::BackendOptions::createRemote(settings));
}

void MainWindow::openBackend(std::unique_ptr<model::Backend> backend)
{
    m_editor->setBackend(nullptr); // the undo history belongs to the old backend
    m_backend = std::move(backend);
    auto *local = qobject_cast<model::LocalBackend *>(m_backend.get());
    m_path = local ? local->databasePath() : QString();
    showDemoBadge(local && m_settings.isDemoDatabase(m_path));
    m_status->setBackend(local ? tr("Database %1").arg(QDir::toNativeSeparators(m_path)) : m_backend->description());
    // Every successful write changes the state: load again (stale loads are dropped).
    connect(m_backend.get(), &model::Backend::stateChanged, this, &MainWindow::refresh, Qt::QueuedConnection);
    m_editor->setBackend(m_backend.get());
    m_banner->clear();
    m_history->setBackend(m_backend.get());
    m_live->setBackend(m_backend.get());
    m_periodic->setBackend(m_backend.get());
    showNothing(); // nothing of the previous connection stays on screen under the new one's name
    refresh();
}

void MainWindow::showNothing()
{
    ++m_stageGeneration; // a snapshot being prepared for the previous connection is not shown
    m_staging = false;
    m_busy->end(QStringLiteral("prepare"));
    m_snapshot = model::CloudSnapshot::build({}, 0, m_backend ? m_backend->description() : QString());
    m_treeModel->setSnapshot(m_snapshot);
    m_dashboard->setSnapshot(m_snapshot);
    m_pods->setSnapshot(m_snapshot);
    m_bindings->setSnapshot(m_snapshot);
    m_tenants->setSnapshot(m_snapshot);
    m_editor->setSnapshot(m_snapshot);
    if (m_outlookJob)
        m_outlookJob->start(nullptr); // nor its outlook
    setScope({});
}

void MainWindow::refresh()
{
    if (!m_backend)
        return;
    if (m_bannerShowsLoad)
        m_banner->clear();
    m_bannerShowsLoad = false;
    if (m_backend->kind() == model::Backend::Kind::Local)
        m_loader->start(m_path); // the fast path straight from SQLite
    else
        m_loader->start(*m_backend);
}

bool MainWindow::isLoading() const { return m_loader->isRunning() || m_staging; }

void MainWindow::stageSnapshot(model::SnapshotPtr snapshot)
{
    const quint64 generation = ++m_stageGeneration;
    if (snapshot->bindingCount() < m_prepareFrom) {
        m_staging = false;
        m_busy->end(QStringLiteral("prepare"));
        applySnapshot(std::move(snapshot));
        return;
    }
    // The old snapshot stays on screen (and usable) until the new one's tables are ready,
    // which are made for the whole cloud: applySnapshot() starts the new tree there.
    m_staging = true;
    const QList<QFuture<void>> jobs{m_bindings->prepare(snapshot, {}), m_tenants->prepare(snapshot, {})};
    auto remaining = std::make_shared<int>(int(jobs.size()));
    for (const QFuture<void> &job : jobs) {
        auto *watcher = new QFutureWatcher<void>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, snapshot, remaining] {
            watcher->deleteLater();
            if (--*remaining > 0 || generation != m_stageGeneration)
                return; // more to come, or a newer snapshot is on its way
            m_staging = false;
            m_busy->end(QStringLiteral("prepare"));
            applySnapshot(snapshot);
        });
        watcher->setFuture(job);
    }
    m_busy->begin(QStringLiteral("prepare"), tr("Preparing the tables…"));
}

void MainWindow::applySnapshot(model::SnapshotPtr snapshot)
{
    // The previous snapshot (a million rows) is freed on a worker, not here.
    model::SnapshotPtr previous = std::exchange(m_snapshot, std::move(snapshot));
    m_treeModel->setSnapshot(m_snapshot);
    m_tree->expandToDepth(1);
    m_dashboard->setSnapshot(m_snapshot);
    m_pods->setSnapshot(m_snapshot);
    m_bindings->setSnapshot(m_snapshot);
    m_tenants->setSnapshot(m_snapshot);
    m_outlookJob->start(m_snapshot);
    m_history->setSnapshot(m_snapshot);
    m_periodic->snapshotApplied(m_snapshot);
    setScope({});
    m_status->setLoaded(m_snapshot->loadedAtUs());
    m_editor->setSnapshot(m_snapshot);
    showSnapshotNotice();
    if (previous)
        QThreadPool::globalInstance()->start([previous = std::move(previous)]() mutable { previous.reset(); });
    emit snapshotApplied();
}

void MainWindow::showFailure(const QString &message)
{
    m_status->setFailed(message);
    const QString where = m_path.isEmpty() ? m_backend->description() : QDir::toNativeSeparators(m_path);
    m_banner->showNotice(NoticeBanner::Kind::Error, tr("Could not load %1: %2").arg(where, message), tr("&Retry"),
                         [this] { refresh(); });
    m_bannerShowsLoad = true;
    emit loadFailed(message);
}

void MainWindow::showSnapshotNotice()
{
    // Once: old pod settings moved into the shared store, an audit row that could not be written.
    if (auto *remote = qobject_cast<model::remote::RemoteBackend *>(m_backend.get()))
        if (const QStringList notices = remote->takeStoreNotices(); !notices.isEmpty())
            m_banner->showNotice(NoticeBanner::Kind::Warning, notices.join(QLatin1Char('\n')));
    if (!m_backend->isReadOnly())
        return;
    const QDateTime at = m_backend->snapshotTime();
    m_banner->showNotice(NoticeBanner::Kind::Warning,
                         tr("The cloud cannot be reached: this is a saved snapshot taken %1. Editing is off until it "
                            "answers again.")
                             .arg(QLocale().toString(at.toLocalTime(), QLocale::LongFormat)),
                         tr("&Retry"), [this] { refresh(); });
    m_bannerShowsLoad = true;
    m_status->setSnapshotOnly(at);
    m_status->setBackend(tr("%1 — snapshot of %2")
                             .arg(m_backend->description(), QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
}

void MainWindow::showInconsistencies(int count, const QString &problem)
{
    if (m_bannerShowsLoad)
        return; // a load failure or the snapshot notice says more
    if (count == 0 && !problem.isEmpty()) { // the pods' placements could not be read or recorded
        m_banner->showNotice(NoticeBanner::Kind::Warning, problem);
        m_bannerShowsFindings = true;
        return;
    }
    if (count == 0) {
        if (m_bannerShowsFindings)
            m_banner->clear();
        m_bannerShowsFindings = false;
        return;
    }
    const QString found =
        tr("%n inconsistency(ies) found in the cloud (as trio2o-sched check reports them).", nullptr, count);
    m_banner->showNotice(NoticeBanner::Kind::Warning, problem.isEmpty() ? found : found + QLatin1Char(' ') + problem,
                         tr("&Show"), [this] { m_editor->showFindings(); });
    m_bannerShowsFindings = true;
}

void MainWindow::onTreeCurrentChanged(const QModelIndex &current)
{
    Scope scope;
    if (current.isValid()) {
        scope.azIndex = current.data(model::CloudTreeModel::AzIndexRole).toInt();
        scope.pod = current.data(model::CloudTreeModel::PodIndexRole).toInt();
    }
    setScope(scope);
}

void MainWindow::setScope(const Scope &scope)
{
    m_scope = scope;
    m_editor->setCurrentPod(scope.pod);
    m_dashboard->setScope(scope);
    m_pods->setScope(scope);
    m_bindings->setScope(scope);
    m_tenants->setScope(scope);
    updateRebindSelection();
}

void MainWindow::showPage(Page page) { m_tabs->setCurrentIndex(int(page)); }

void MainWindow::focusFilter()
{
    if (auto *page = qobject_cast<TablePage *>(m_tabs->currentWidget())) {
        page->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        page->filterEdit()->selectAll();
    }
}

void MainWindow::connectDialog()
{
    ConnectDialog dialog(m_settings.recentDatabases(), m_path, this, m_settings.recentRemotes());
    runConnectDialog(dialog);
}

void MainWindow::openRemoteAskingPassword(const model::remote::ConnectionSettings &settings)
{
    ConnectDialog dialog(m_settings.recentDatabases(), m_path, this, m_settings.recentRemotes());
    dialog.askPasswordFor(settings);
    if (runConnectDialog(dialog))
        return;
    m_banner->showNotice(NoticeBanner::Kind::Warning,
                         tr("Not connected: %1 needs the Keystone password.").arg(settings.describe()),
                         tr("&Connect…"), [this, settings] { openRemoteAskingPassword(settings); });
}

bool MainWindow::runConnectDialog(ConnectDialog &dialog)
{
    if (m_editor->prompter().run(dialog) != QDialog::Accepted)
        return false;
    if (dialog.recentCleared())
        m_settings.clearRecentDatabases();
    const ConnectionSpec spec = dialog.connection();
    if (spec.kind == ConnectionSpec::Kind::Remote) {
        m_settings.addRecentRemote(spec.remote); // without password or token
        if (spec.remote.rememberPassword && !spec.remote.password.isEmpty())
            m_keyring->store(spec.remote); // opt-in: the desktop keyring, nowhere else
        else if (!spec.remote.rememberPassword)
            m_keyring->forget(spec.remote);
        openRemote(spec.remote);
    } else {
        openDatabase(spec.databasePath);
    }
    return true;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabase(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Trio2o Console"),
                       tr("<h3>Trio2o Console %1</h3><p>Watch and drive the dynamic pod binding of an OpenStack "
                          "Trio2o cloud.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreLayout()
{
    // First start: 1280×800, or the whole screen when it is smaller (1024×700).
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(screen() ? QSize(1280, 800).boundedTo(screen()->availableGeometry().size()) : QSize(1280, 800));
    restoreState(m_settings.windowState());
    const QByteArray splitter = m_settings.splitterState();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_pods->restorePodsHeader(m_settings);
    m_bindings->restoreHeader(m_settings);
    m_tenants->restoreHeader(m_settings);
    m_history->restoreHeader(m_settings);
    m_bindings->setShowHistory(m_settings.showBindingHistory());
    m_tabs->setCurrentIndex(std::clamp(m_settings.currentTab(), 0, m_tabs->count() - 1));
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setCurrentTab(m_tabs->currentIndex());
    m_pods->saveHeader(m_settings);
    m_bindings->saveHeader(m_settings);
    m_tenants->saveHeader(m_settings);
    m_history->saveHeader(m_settings);
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_whatIf->mayDiscardEdits()) { // unsaved scenario edits: the operator keeps the console open
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace gui
