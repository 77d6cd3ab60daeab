// SPDX-License-Identifier: Apache-2.0
// The Trio2o Admin API part of FakeCloud: /v1.0/pods and /v1.0/bindings.

#include "fakecloud.h"

#include "errorbodies.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace testserver {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }
std::string s8(const QString &s) { return s.trimmed().toStdString(); }

QJsonObject podJson(const sched::Pod &p)
{
    return {{QStringLiteral("pod_id"), q(p.id)}, {QStringLiteral("pod_name"), q(p.name)},
            {QStringLiteral("az_name"), q(p.azName)}, {QStringLiteral("pod_az_name"), q(p.podAzName)},
            {QStringLiteral("dc_name"), q(p.dcName)}};
}

QJsonObject bindingJson(const sched::Binding &b)
{
    return {{QStringLiteral("id"), q(b.id)},
            {QStringLiteral("tenant_id"), q(b.tenantId)},
            {QStringLiteral("pod_id"), q(b.podId)},
            {QStringLiteral("is_binding"), b.active},
            {QStringLiteral("created_at"), model::formatTrio2oTime(b.createdAtUs)},
            {QStringLiteral("updated_at"),
             b.updatedAtUs ? QJsonValue(model::formatTrio2oTime(*b.updatedAtUs)) : QJsonValue(QJsonValue::Null)}};
}

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QJsonObject bodyOf(const HttpRequest &r)
{
    if (!r.header("content-type").startsWith("application/json"))
        return {};
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

HttpAnswer FakeCloud::api(const HttpRequest &r, const QByteArray &path)
{
    if (path.isEmpty() || path == "/")
        return json(R"({"version": {"id": "v1.0", "status": "CURRENT", "links": [{"rel": "self", "href": ")" + m_baseUrl
                    + R"(/v1.0/"}]}})");
    const bool isPods = path == "/pods" || path.startsWith("/pods/");
    const bool isBindings = path == "/bindings" || path.startsWith("/bindings/");
    if (!isPods && !isBindings)
        return webobError(r, 404, QStringLiteral("The resource could not be found."));
    if (m_faults.dropNext > 0) {
        --m_faults.dropNext;
        HttpAnswer a;
        a.drop = true;
        return a;
    }
    if (m_faults.unauthorizedOnce) {
        m_faults.unauthorizedOnce = false;
        return tokenRefused();
    }
    const QString noun = isPods ? QStringLiteral("pods") : QStringLiteral("pod bindings");
    const QString verb = r.method == "GET" ? QStringLiteral("show") : r.method == "POST" ? QStringLiteral("create")
                                                                                         : QStringLiteral("delete");
    if (auto refused = authorize(r, QStringLiteral("%1 %2").arg(verb, noun)))
        return *refused;
    if (m_faults.fail500Next > 0) {
        --m_faults.fail500Next;
        return emptyError();
    }
    if (r.method == "GET" && m_faults.malformedNext > 0) {
        --m_faults.malformedNext;
        return json(R"({"pods": [{"pod_id": "x", "pod_name": )");
    }
    const qsizetype slash = path.indexOf('/', 1);
    const QByteArray id = slash < 0 ? QByteArray() : QByteArray::fromPercentEncoding(path.mid(slash + 1));
    HttpAnswer a = isPods ? pods(r, id) : bindings(r, id);
    if (m_faults.loseAnswerNext > 0 && r.method == m_faults.loseAnswerOf) {
        --m_faults.loseAnswerNext;
        a.drop = true; // done, but the client never hears of it
    }
    return a;
}

HttpAnswer FakeCloud::pods(const HttpRequest &r, const QByteArray &id)
{
    if (r.method == "GET" && id.isEmpty()) {
        QJsonArray all;
        for (const sched::Pod &p : m_state.pods)
            all.append(podJson(p));
        QJsonObject root{{QStringLiteral("pods"), all}};
        if (m_faults.hugeBodyBytes > 0)
            root.insert(QStringLiteral("padding"), QString(m_faults.hugeBodyBytes, QLatin1Char('x')));
        return json(compact(root));
    }
    if (r.method == "POST" && id.isEmpty())
        return createPod(r);
    if (id.isEmpty() || (r.method != "GET" && r.method != "DELETE"))
        return webobError(r, 405, QStringLiteral("The method %1 is not allowed for this resource.").arg(QString::fromLatin1(r.method)));
    const auto it = std::find_if(m_state.pods.begin(), m_state.pods.end(), [&](const sched::Pod &p) { return p.id == id.toStdString(); });
    if (it == m_state.pods.end())
        return webobError(r, 404, QStringLiteral("Pod %1 could not be found.").arg(QString::fromUtf8(id)));
    if (r.method == "GET")
        return json(compact({{QStringLiteral("pod"), podJson(*it)}}));
    // The real server deletes a pod even while bindings point at it.
    m_state.pods.erase(it);
    return json("null");
}

HttpAnswer FakeCloud::createPod(const HttpRequest &r)
{
    const QJsonValue podValue = bodyOf(r).value(QLatin1String("pod"));
    if (!podValue.isObject())
        return webobError(r, 400, QStringLiteral("Request body pod not found"));
    const QJsonObject pod = podValue.toObject();
    for (const char *key : {"pod_name", "az_name", "pod_az_name", "dc_name"})
        if (pod.contains(QLatin1String(key)) && !pod.value(QLatin1String(key)).isString())
            return emptyError(); // the real server fails inside and answers 500 with no body
    sched::Pod p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    p.name = s8(pod.value(QLatin1String("pod_name")).toString());
    p.azName = s8(pod.value(QLatin1String("az_name")).toString());
    p.podAzName = s8(pod.value(QLatin1String("pod_az_name")).toString());
    p.dcName = s8(pod.value(QLatin1String("dc_name")).toString());
    if (p.name.empty())
        return bareText(422, QStringLiteral("Value pod_name is empty"));
    const auto top = std::find_if(m_state.pods.begin(), m_state.pods.end(), [](const sched::Pod &e) { return e.isTop(); });
    // As upstream, the top-region checks come before the name's uniqueness.
    // Quirk: only an absent az_name counts as "a top region" for this check.
    if (!pod.contains(QLatin1String("az_name")) && top != m_state.pods.end())
        return bareText(409, QStringLiteral("Top region already exists"));
    if (top != m_state.pods.end() && !p.azName.empty() && top->name == p.name)
        return bareText(409, QStringLiteral("Pod region name duplicated with the top region name"));
    for (const sched::Pod &e : m_state.pods)
        if (e.name == p.name)
            return bareText(409, QStringLiteral("Pod with name %1 already exists").arg(q(p.name)));
    m_state.pods.push_back(p);
    return json(compact({{QStringLiteral("pod"), podJson(p)}}));
}

QByteArray FakeCloud::bindingsBody()
{
    if (m_bindingsCache.isEmpty()) {
        QJsonArray all;
        for (const sched::Binding &b : m_state.bindings)
            all.append(bindingJson(b));
        m_bindingsCache = compact({{QStringLiteral("pod_bindings"), all}});
    }
    return m_bindingsCache;
}

HttpAnswer FakeCloud::bindings(const HttpRequest &r, const QByteArray &id)
{
    if (r.method == "GET" && id.isEmpty())
        return json(bindingsBody());
    if (r.method == "POST" && id.isEmpty())
        return createBinding(r);
    if (id.isEmpty() || (r.method != "GET" && r.method != "DELETE"))
        return webobError(r, 405, QStringLiteral("The method %1 is not allowed for this resource.").arg(QString::fromLatin1(r.method)));
    const auto it = std::find_if(m_state.bindings.begin(), m_state.bindings.end(),
                                 [&](const sched::Binding &b) { return b.id == id.toStdString(); });
    if (it == m_state.bindings.end())
        return webobError(r, 404, QStringLiteral("Pod binding %1 could not be found.").arg(QString::fromUtf8(id)));
    if (r.method == "GET")
        return json(compact({{QStringLiteral("pod_binding"), bindingJson(*it)}}));
    if (m_faults.failDeleteBindingNext > 0) {
        --m_faults.failDeleteBindingNext;
        return emptyError();
    }
    m_state.bindings.erase(it);
    m_bindingsCache.clear();
    return json("null");
}

HttpAnswer FakeCloud::createBinding(const HttpRequest &r)
{
    const QJsonValue value = bodyOf(r).value(QLatin1String("pod_binding"));
    if (!value.isObject())
        return webobError(r, 400, QStringLiteral("Request body pod_binding not found"));
    const QJsonObject o = value.toObject();
    const std::string tenant = s8(o.value(QLatin1String("tenant_id")).toString());
    const std::string podId = s8(o.value(QLatin1String("pod_id")).toString());
    if (tenant.empty() || podId.empty())
        return bareText(422, QStringLiteral("Tenant_id and pod_id can not be empty"));
    const sched::Pod *pod = m_state.findPod(podId);
    if (!pod)
        return bareText(422, QStringLiteral("pod_id not found in pod"));
    if (pod->isTop())
        return bareText(422, QStringLiteral("Can not bind top region"));
    for (const sched::Binding &b : m_state.bindings)
        if (b.tenantId == tenant && b.podId == podId)
            return bareText(409, QStringLiteral("Pod binding already exists"));
    sched::Binding b;
    b.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    b.tenantId = tenant;
    b.podId = podId;
    b.createdAtUs = model::nowMicroseconds();
    m_state.bindings.push_back(b);
    m_bindingsCache.clear();
    return json(compact({{QStringLiteral("pod_binding"), bindingJson(b)}}));
}

} // namespace testserver
