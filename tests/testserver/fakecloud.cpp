// SPDX-License-Identifier: Apache-2.0
#include "fakecloud.h"

#include "errorbodies.h"
#include "timeformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace testserver {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }
QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QJsonObject bodyOf(const HttpRequest &r)
{
    if (!r.header("content-type").startsWith("application/json"))
        return {};
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

FakeCloud::FakeCloud()
{
    m_users.push_back({QStringLiteral("admin"), QStringLiteral("s3cret-pw"), QStringLiteral("admin"), {QStringLiteral("admin")}});
    m_users.push_back({QStringLiteral("viewer"), QStringLiteral("s3cret-pw"), QStringLiteral("demo"), {QStringLiteral("member")}});
}

void FakeCloud::setBaseUrl(const QByteArray &url) { QMutexLocker l(&m_mutex); m_baseUrl = url; }
void FakeCloud::setNoAuth(bool on) { QMutexLocker l(&m_mutex); m_noAuth = on; }
void FakeCloud::setFaults(const Faults &f) { QMutexLocker l(&m_mutex); m_faults = f; }
Faults FakeCloud::faults() const { QMutexLocker l(&m_mutex); return m_faults; }
void FakeCloud::addUser(const User &u) { QMutexLocker l(&m_mutex); m_users.push_back(u); }
QByteArray FakeCloud::issueToken(const QStringList &roles)
{
    QMutexLocker l(&m_mutex);
    return newToken(roles);
}

void FakeCloud::revokeTokens() { QMutexLocker l(&m_mutex); m_tokens.clear(); }
void FakeCloud::clearLog() { QMutexLocker l(&m_mutex); m_log.clear(); }
QList<HttpRequest> FakeCloud::requests() const { QMutexLocker l(&m_mutex); return m_log; }

void FakeCloud::setState(const sched::CloudState &state)
{
    QMutexLocker l(&m_mutex);
    m_state = state;
    m_bindingsCache.clear();
    bindingsBody(); // now, so the first GET /bindings is served as fast as the next (benchmarks time the client)
}

sched::CloudState FakeCloud::state() const
{
    QMutexLocker l(&m_mutex);
    return m_state;
}

QStringList FakeCloud::requestLog() const
{
    QMutexLocker l(&m_mutex);
    QStringList log;
    for (const HttpRequest &r : m_log)
        log.append(QString::fromLatin1(r.method + ' ' + r.path));
    return log;
}

HttpAnswer FakeCloud::callAsOtherClient(const QByteArray &method, const QByteArray &apiPath, const QByteArray &jsonBody)
{
    HttpRequest r;
    r.method = method;
    r.path = "/v1.0" + apiPath;
    r.headers.insert("x-auth-token", issueToken({QStringLiteral("admin")}));
    r.headers.insert("x-role", "admin"); // a noauth deployment trusts this instead
    r.headers.insert("accept", "application/json");
    if (!jsonBody.isEmpty())
        r.headers.insert("content-type", "application/json");
    r.body = jsonBody;
    return handle(r);
}

HttpAnswer FakeCloud::handle(const HttpRequest &r)
{
    QMutexLocker l(&m_mutex);
    if (m_log.size() < 10000)
        m_log.append(HttpRequest{r.method, r.path, r.query, r.headers, r.body.left(4096), r.reusedConnection});
    if (m_faults.closeReusedNext && r.reusedConnection) {
        m_faults.closeReusedNext = false;
        HttpAnswer dropped;
        dropped.drop = true;
        return dropped;
    }
    if (m_faults.endlessNext) {
        m_faults.endlessNext = false;
        HttpAnswer endless = json("{\"padding\": \"");
        endless.endless = true;
        return endless;
    }
    HttpAnswer a;
    const QByteArray path = r.path;
    if (!m_faults.redirectApiTo.isEmpty() && path.startsWith("/v1.0")) {
        a = webobError(r, 302, QStringLiteral("Found"));
        a.headers.append(qMakePair(QByteArray("Location"), m_faults.redirectApiTo + path));
    } else if (path == "/identity/v3/auth/tokens")
        a = keystone(r);
    else if (path.startsWith("/placement/")) {
        const qsizetype slash = path.indexOf('/', 11);
        a = placement(r, QString::fromUtf8(QByteArray::fromPercentEncoding(path.mid(11, slash < 0 ? -1 : slash - 11))),
                      slash < 0 ? QByteArray() : path.mid(slash));
    } else if (path.startsWith("/compute/") && path.endsWith("/os-hypervisors/statistics"))
        a = nova(r, QString::fromUtf8(path.mid(9, path.indexOf('/', 9) - 9)));
    else if (path.startsWith("/v1.0"))
        a = api(r, path.mid(5));
    else if (path == "/" || path.isEmpty())
        a = json(R"({"versions": [{"id": "v1.0", "status": "CURRENT", "links": [{"rel": "self", "href": ")" + m_baseUrl
                 + R"(/v1.0/"}]}]})");
    else
        a = webobError(r, 404, QStringLiteral("The resource could not be found."));
    a.delayMs = std::max(a.delayMs, m_faults.delayMs);
    a.headers.append(qMakePair(QByteArray("X-Openstack-Request-Id"), "req-" + uuid().toLatin1()));
    a = echoed(a, r); // reads the faults: still under the lock
    l.unlock();       // the test reads the state while the answer is held
    m_answers.pass();
    return a;
}

HttpAnswer FakeCloud::nova(const HttpRequest &r, const QString &region)
{
    if (m_faults.unreachableRegions.contains(region)) {
        HttpAnswer a;
        a.drop = true;
        return a;
    }
    if (!validToken(r.header("x-auth-token")))
        return tokenRefused();
    const sched::Pod *pod = m_state.findPodByName(region.toStdString());
    if (!pod)
        return webobError(r, 404, QStringLiteral("No such region"));
    const auto used = [pod](sched::Resource res) { return double(pod->used[std::size_t(res)].value_or(0)); };
    const auto cap = [pod](sched::Resource res) { return double(pod->capacity[std::size_t(res)]); };
    const QJsonObject stats{{QStringLiteral("count"), 4},
                            {QStringLiteral("vcpus"), cap(sched::Resource::Vcpus)},
                            {QStringLiteral("vcpus_used"), used(sched::Resource::Vcpus)},
                            {QStringLiteral("memory_mb"), cap(sched::Resource::RamMb)},
                            {QStringLiteral("memory_mb_used"), used(sched::Resource::RamMb)},
                            {QStringLiteral("local_gb"), cap(sched::Resource::DiskGb)},
                            {QStringLiteral("local_gb_used"), used(sched::Resource::DiskGb)},
                            {QStringLiteral("running_vms"), double(pod->runningVms.value_or(0))},
                            {QStringLiteral("free_ram_mb"), cap(sched::Resource::RamMb) - used(sched::Resource::RamMb)}};
    return json(compact({{QStringLiteral("hypervisor_statistics"), stats}}));
}

std::optional<HttpAnswer> FakeCloud::authorize(const HttpRequest &r, const QString &action)
{
    QStringList roles;
    if (m_noAuth) {
        roles = QString::fromUtf8(r.header("x-role")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else {
        if (!validToken(r.header("x-auth-token"), &roles))
            return tokenRefused();
    }
    for (QString &role : roles)
        role = role.trimmed();
    if (!roles.contains(QStringLiteral("admin")))
        return webobError(r, 401, QStringLiteral("Unauthorized to %1").arg(action));
    return std::nullopt;
}

} // namespace testserver
