// SPDX-License-Identifier: Apache-2.0
#pragma once

// Everything the console remembers between runs, with its key and default in
// one place. Wraps QSettings (organisation "Trio2o", application
// "trio2o-console"); nothing else in gui/ touches QSettings.

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include "connectionsettings.h"
#include "schedulerconfig.h"

#include <QList>

namespace gui {

class ConsoleSettings
{
public:
    static constexpr int kMaxRecent = 8;

    ConsoleSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    // Column widths, order and sort of one table, by a stable name ("pods", "bindings", ...).
    QByteArray headerState(const QString &table) const;
    void setHeaderState(const QString &table, const QByteArray &state);

    int currentTab() const;
    void setCurrentTab(int index);
    bool showBindingHistory() const;
    void setShowBindingHistory(bool show);

    // Database files opened lately, most recent first; never passwords.
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &path);
    void clearRecentDatabases();
    // Database files the console seeded with the demo cloud (shown with a DEMO badge).
    bool isDemoDatabase(const QString &path) const;
    void addDemoDatabase(const QString &path);

    // The scheduler configuration the console's dialogs use, stored as the
    // config JSON (SchedulerConfigJson); the defaults when unset or invalid.
    sched::SchedulerConfig schedulerConfig() const;
    void setSchedulerConfig(const sched::SchedulerConfig &config);

    // Remote connections used lately, most recent first. Passwords and tokens
    // are never stored: the Connect dialog asks for them each time.
    QList<model::remote::ConnectionSettings> recentRemotes() const;
    void addRecentRemote(const model::remote::ConnectionSettings &settings);

    // Log every request of remote mode on stderr (the trio2o.* categories, like --debug).
    bool logRequests() const;
    void setLogRequests(bool on);
    // Seconds between refreshes of a remote cloud (PeriodicRefresh); 0 (the default): off.
    int remoteRefreshSeconds() const;
    void setRemoteRefreshSeconds(int seconds);

    void sync() { m_settings.sync(); }

private:
    mutable QSettings m_settings;
};

} // namespace gui
