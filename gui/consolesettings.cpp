// SPDX-License-Identifier: Apache-2.0
#include "consolesettings.h"

#include "databaselocation.h"
#include "schedulerconfigjson.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace gui {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kTab = QStringLiteral("window/currentTab");
const QString kHeaderPrefix = QStringLiteral("tables/%1/header");
const QString kHistory = QStringLiteral("bindings/showHistory");
const QString kRecent = QStringLiteral("connections/recentDatabases");
const QString kDemos = QStringLiteral("connections/demoDatabases");
} // namespace

ConsoleSettings::ConsoleSettings() = default;

QByteArray ConsoleSettings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
void ConsoleSettings::setWindowGeometry(const QByteArray &geometry) { m_settings.setValue(kGeometry, geometry); }
QByteArray ConsoleSettings::windowState() const { return m_settings.value(kState).toByteArray(); }
void ConsoleSettings::setWindowState(const QByteArray &state) { m_settings.setValue(kState, state); }
QByteArray ConsoleSettings::splitterState() const { return m_settings.value(kSplitter).toByteArray(); }
void ConsoleSettings::setSplitterState(const QByteArray &state) { m_settings.setValue(kSplitter, state); }

QByteArray ConsoleSettings::headerState(const QString &table) const
{
    return m_settings.value(kHeaderPrefix.arg(table)).toByteArray();
}

void ConsoleSettings::setHeaderState(const QString &table, const QByteArray &state)
{
    m_settings.setValue(kHeaderPrefix.arg(table), state);
}

int ConsoleSettings::currentTab() const { return m_settings.value(kTab, 0).toInt(); }
void ConsoleSettings::setCurrentTab(int index) { m_settings.setValue(kTab, index); }
bool ConsoleSettings::showBindingHistory() const { return m_settings.value(kHistory, false).toBool(); }
void ConsoleSettings::setShowBindingHistory(bool show) { m_settings.setValue(kHistory, show); }

sched::SchedulerConfig ConsoleSettings::schedulerConfig() const
{
    const auto parsed = model::SchedulerConfigJson::parse(m_settings.value(QStringLiteral("scheduler/config")).toByteArray());
    return parsed ? parsed.value() : sched::SchedulerConfig{};
}

void ConsoleSettings::setSchedulerConfig(const sched::SchedulerConfig &config)
{
    m_settings.setValue(QStringLiteral("scheduler/config"), QString::fromUtf8(model::SchedulerConfigJson::serialize(config)));
}

namespace {
QString key(const char *name) { return QString::fromLatin1(name); }
} // namespace

QList<model::remote::ConnectionSettings> ConsoleSettings::recentRemotes() const
{
    QList<model::remote::ConnectionSettings> out;
    for (const QVariant &v : m_settings.value(QStringLiteral("recent/remotes")).toList()) {
        const QVariantMap m = v.toMap();
        model::remote::ConnectionSettings s;
        s.endpoint = QUrl(m.value(key("endpoint")).toString());
        s.authUrl = QUrl(m.value(key("authUrl")).toString());
        s.username = m.value(key("username")).toString();
        s.projectName = m.value(key("projectName")).toString();
        s.userDomainName = m.value(key("userDomainName"), s.userDomainName).toString();
        s.projectDomainName = m.value(key("projectDomainName"), s.projectDomainName).toString();
        s.regionName = m.value(key("regionName")).toString();
        s.interface = m.value(key("interface"), s.interface).toString();
        s.caCertFile = m.value(key("caCertFile")).toString();
        s.noAuth = m.value(key("noAuth")).toBool();
        s.roles = m.value(key("roles"), s.roles).toString();
        s.userId = m.value(key("userId")).toString();
        s.projectId = m.value(key("projectId")).toString();
        s.systemScope = m.value(key("systemScope")).toString();
        s.applicationCredentialId = m.value(key("applicationCredentialId")).toString();
        s.rememberPassword = m.value(key("keyring")).toBool(); // the password itself is in the keyring only
        s.storeLocation = m.value(key("store")).toString();
        out << s;
    }
    return out;
}

void ConsoleSettings::addRecentRemote(const model::remote::ConnectionSettings &s)
{
    const QVariantMap m{{key("endpoint"), s.endpoint.toString()}, {key("authUrl"), s.authUrl.toString()},
                        {key("username"), s.username}, {key("projectName"), s.projectName},
                        {key("userDomainName"), s.userDomainName}, {key("projectDomainName"), s.projectDomainName},
                        {key("regionName"), s.regionName}, {key("interface"), s.interface},
                        {key("caCertFile"), s.caCertFile}, {key("noAuth"), s.noAuth}, {key("roles"), s.roles},
                        {key("userId"), s.userId}, {key("projectId"), s.projectId}, {key("systemScope"), s.systemScope},
                        {key("applicationCredentialId"), s.applicationCredentialId}, {key("keyring"), s.rememberPassword},
                        {key("store"), s.storeLocation}};
    QVariantList list = m_settings.value(QStringLiteral("recent/remotes")).toList();
    list.erase(std::remove_if(list.begin(), list.end(), [&](const QVariant &v) { return v.toMap() == m; }), list.end());
    list.prepend(m);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings.setValue(QStringLiteral("recent/remotes"), list);
}

QStringList ConsoleSettings::recentDatabases() const { return m_settings.value(kRecent).toStringList(); }

void ConsoleSettings::addRecentDatabase(const QString &path)
{
    // A file is remembered by its absolute path: a relative one would name
    // another file when the console next starts in another folder.
    const QString clean = model::DatabaseLocation::looksLikeUrl(path) ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList recent = recentDatabases();
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings.setValue(kRecent, recent);
}

void ConsoleSettings::clearRecentDatabases() { m_settings.remove(kRecent); }

bool ConsoleSettings::logRequests() const { return m_settings.value(QStringLiteral("remote/logRequests"), false).toBool(); }
void ConsoleSettings::setLogRequests(bool on) { m_settings.setValue(QStringLiteral("remote/logRequests"), on); }

int ConsoleSettings::remoteRefreshSeconds() const
{
    return std::max(0, m_settings.value(QStringLiteral("remote/refreshSeconds"), 0).toInt());
}

void ConsoleSettings::setRemoteRefreshSeconds(int seconds)
{
    m_settings.setValue(QStringLiteral("remote/refreshSeconds"), std::max(0, seconds));
}
bool ConsoleSettings::isDemoDatabase(const QString &path) const
{
    return m_settings.value(kDemos).toStringList().contains(QDir::cleanPath(path));
}

void ConsoleSettings::addDemoDatabase(const QString &path)
{
    QStringList demos = m_settings.value(kDemos).toStringList();
    if (!demos.contains(QDir::cleanPath(path)))
        demos.prepend(QDir::cleanPath(path));
    m_settings.setValue(kDemos, demos.mid(0, kMaxRecent));
}

} // namespace gui
