// SPDX-License-Identifier: Apache-2.0
#pragma once

// The console's main window: the cloud tree on the left, the pages in tabs,
// the status bar. It coordinates (loads, hands snapshots and the tree scope
// to the pages, remembers the layout) and leaves the rest to the pages.

#include "cloudsnapshot.h"
#include "consolesettings.h"
#include "rebindbatchoperation.h"
#include "scope.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace model {
class Backend;
class CapacityOutlookJob;
class CloudTreeModel;
namespace remote {
struct ConnectionSettings;
}
} // namespace model

namespace gui {

class BindingsPage;
class BusyIndicator;
class ConnectDialog;
class CapacityPage;
class CloudLoader;
class DashboardPage;
class EditController;
class HistoryPage;
class LiveRefresh;
class PeriodicRefresh;
class NoticeBanner;
class PodsPage;
class StatusPanel;
class TablePage;
class TenantsPage;
class WhatIfPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Dashboard, Pods, Bindings, Tenants, WhatIf, Capacity, History };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Local database. A missing file is created (empty) only when the operator
    // says yes: a mistyped path must not quietly become a new cloud.
    void openDatabase(const QString &path);
    // At start: the demo cloud is seeded only on a first start (no --db given,
    // nothing opened before, no file there); otherwise openDatabase().
    void openAtStart(const QString &path, bool pathGiven);
    // File ▸ New Demo Cloud: seeds the demo cloud (replacing an earlier demo
    // there after asking) and opens it with a DEMO badge. Empty: demoDatabasePath().
    void openNewDemoCloud(QString path = {});
    static QString demoDatabasePath();
    // A live Trio2o Admin API (read-only snapshot when unreachable).
    void openRemote(const model::remote::ConnectionSettings &settings);
    // The cloud of the command line or OS_* whose Keystone password was not
    // given: the Connect dialog asks for it. Cancelled, nothing is opened and
    // the banner offers the dialog again.
    void openRemoteAskingPassword(const model::remote::ConnectionSettings &settings);
    // Any backend (tests hand in their own); the window owns it.
    void openBackend(std::unique_ptr<model::Backend> backend);
    model::Backend *backend() const { return m_backend.get(); }
    EditController *editor() const { return m_editor; }
    NoticeBanner *banner() const { return m_banner; }
    QAction *logRequestsAction() const { return m_logRequestsAction; }
    void refresh();
    void showPage(Page page);

    model::SnapshotPtr snapshot() const { return m_snapshot; }
    Scope scope() const { return m_scope; }
    QTreeView *tree() const { return m_tree; }
    QTabWidget *tabs() const { return m_tabs; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    PodsPage *podsPage() const { return m_pods; }
    BindingsPage *bindingsPage() const { return m_bindings; }
    TenantsPage *tenantsPage() const { return m_tenants; }
    WhatIfPage *whatIfPage() const { return m_whatIf; }
    CapacityPage *capacityPage() const { return m_capacity; }
    model::CapacityOutlookJob *outlookJob() const { return m_outlookJob; }
    HistoryPage *historyPage() const { return m_history; }
    LiveRefresh *liveRefresh() const { return m_live; }
    PeriodicRefresh *periodicRefresh() const { return m_periodic; }
    StatusPanel *statusPanel() const { return m_status; }
    BusyIndicator *busyIndicator() const { return m_busy; }
    // A loaded snapshot of at least this many bindings has its tables sorted
    // and filtered on a worker before it is shown (smaller ones at once).
    static constexpr int kPrepareFromBindings = 50'000;
    void setPrepareFromBindings(int bindings) { m_prepareFrom = bindings; } // tests
    QAction *exportAction() const { return m_exportAction; }
    // The current tab's table as CSV, as shown (filter, sort, column order), to a file the operator picks.
    void exportCurrentTable();
    // Selects a pod in the tree and in the Pods tab (from the dashboard).
    void goToPod(int pod);
    bool isLoading() const;

signals:
    void snapshotApplied();
    void loadFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createTree();
    void createHistory(); // the History tab (Ctrl+7), live and periodic refresh
    // A loaded snapshot: big tables prepared in the background, then applySnapshot().
    void stageSnapshot(model::SnapshotPtr snapshot);
    void applySnapshot(model::SnapshotPtr snapshot);
    // Empty views while a new connection loads (and stay empty when it fails).
    void showNothing();
    void showFailure(const QString &message);
    void showSnapshotNotice();
    // "3 inconsistencies found — Show" after a load (the Show opens the list).
    void showInconsistencies(int count, const QString &problem);
    void setScope(const Scope &scope);
    void onTreeCurrentChanged(const QModelIndex &current);
    void connectDialog();
    bool runConnectDialog(ConnectDialog &dialog); // false when cancelled
    void updateRecentMenu();
    void showDemoBadge(bool demo);
    void createContextMenus();
    // The Bindings or Tenants rows selected: what "Rebind N Tenants…" moves.
    void updateRebindSelection();
    std::vector<model::RebindItem> selectedBindings(const TablePage *page) const;
    void showTreeMenu(const QPoint &pos);
    void focusFilter();
    void about();
    void restoreLayout();
    void saveLayout();

    ConsoleSettings m_settings;
    model::SnapshotPtr m_snapshot;
    Scope m_scope;
    QString m_path;
    std::unique_ptr<model::Backend> m_backend;
    bool m_bannerShowsLoad = false; // the banner holds a load failure or snapshot notice
    bool m_bannerShowsFindings = false; // the banner holds the inconsistencies found
    CloudLoader *m_loader;
    class PasswordKeyring *m_keyring;
    model::CloudTreeModel *m_treeModel;
    QTreeView *m_tree;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    NoticeBanner *m_banner;
    EditController *m_editor;
    DashboardPage *m_dashboard;
    PodsPage *m_pods;
    BindingsPage *m_bindings;
    TenantsPage *m_tenants;
    WhatIfPage *m_whatIf;
    CapacityPage *m_capacity = nullptr;
    model::CapacityOutlookJob *m_outlookJob = nullptr;
    HistoryPage *m_history = nullptr;
    LiveRefresh *m_live = nullptr;         // other operators' changes on a shared PostgreSQL store
    PeriodicRefresh *m_periodic = nullptr; // a remote cloud loaded again on a timer (opt-in)
    QMenu *m_viewMenu = nullptr;
    QAction *m_viewMenuPagesEnd = nullptr;
    StatusPanel *m_status;
    BusyIndicator *m_busy;
    quint64 m_stageGeneration = 0; // a newer snapshot (or none) supersedes one being prepared
    bool m_staging = false;
    int m_prepareFrom = kPrepareFromBindings;
    QMenu *m_recentMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_logRequestsAction = nullptr; // Help ▸ Log Requests (the console's --debug)
    QAction *m_exportAction = nullptr;
};

} // namespace gui
