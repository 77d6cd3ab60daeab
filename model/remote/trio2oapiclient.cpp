// SPDX-License-Identifier: Apache-2.0
#include "trio2oapiclient.h"

#include "apierrorreader.h"
#include "connectionsettings.h"
#include "keystoneclient.h"
#include "requestlog.h"
#include "statejsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace model::remote {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

QString encoded(const std::string &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(q(id)));
}

} // namespace

Trio2oApiClient::Trio2oApiClient(const ConnectionSettings &settings, HttpClient &http, KeystoneClient &keystone)
    : m_settings(settings), m_http(http), m_keystone(keystone)
{
}

Result<QUrl> Trio2oApiClient::endpoint()
{
    if (!m_versioned.isEmpty())
        return m_versioned;
    auto root = serviceRoot();
    if (!root)
        return root;
    static const QRegularExpression versioned(QStringLiteral("/v[0-9]+(\\.[0-9]+)?/*$"));
    if (versioned.match(root->path()).hasMatch())
        return m_versioned = root.value();
    auto found = discoverVersion(root.value());
    if (!found)
        return found;
    return m_versioned = found.value();
}

Result<QUrl> Trio2oApiClient::discoverVersion(const QUrl &root)
{
    // The service root answers {"versions": [{"id": "v1.0", "links": [{"rel": "self", "href": …}]}]}.
    const QString action = tr("find the API version v1.0 at %1").arg(root.toString(QUrl::RemoveUserInfo));
    if (Status s = m_keystone.ensureToken(); !s)
        return Error{s.error()};
    HttpRequest req = request("GET", root, {});
    req.maxBodyBytes = 1024 * 1024;
    const HttpResponse resp = m_http.send(req);
    if (resp.status != 200 && resp.status != 300)
        return Error{ApiErrorReader::describe(action, root, resp)};
    const QJsonObject doc = QJsonDocument::fromJson(resp.body).object();
    QJsonArray versions = doc.value(QLatin1String("versions")).toArray();
    if (versions.isEmpty() && doc.value(QLatin1String("version")).isObject())
        versions.append(doc.value(QLatin1String("version")));
    for (const QJsonValue &v : versions) {
        if (v.toObject().value(QLatin1String("id")).toString() != QLatin1String("v1.0"))
            continue;
        for (const QJsonValue &link : v.toObject().value(QLatin1String("links")).toArray()) {
            if (link.toObject().value(QLatin1String("rel")).toString() != QLatin1String("self"))
                continue;
            // Only the path is taken: a proxy's own host in href must not move the credentials elsewhere.
            QUrl url = root;
            url.setPath(QUrl(link.toObject().value(QLatin1String("href")).toString()).path());
            qCDebug(lcApi).noquote() << "version v1.0 of" << root.toString(QUrl::RemoveUserInfo) << "is at" << url.toString(QUrl::RemoveUserInfo);
            return url;
        }
    }
    return Error{ApiErrorReader::malformed(action, tr("no version \"v1.0\" with a \"self\" link in its versions document"))};
}

Result<QUrl> Trio2oApiClient::serviceRoot()
{
    if (!m_settings.endpoint.isEmpty())
        return m_settings.endpoint;
    if (Status s = m_keystone.ensureToken(); !s)
        return Error{s.error()};
    const QUrl url = m_keystone.catalog().endpoint(QStringLiteral("Cascading"), m_settings.interface, m_settings.regionName);
    if (url.isEmpty())
        return Error{tr("The Keystone catalog has no Trio2o endpoint (service type \"Cascading\", interface %1%2); "
                        "give it with --endpoint.")
                         .arg(m_settings.interface,
                              m_settings.regionName.isEmpty() ? QString() : tr(", region %1").arg(m_settings.regionName))};
    return url;
}

HttpRequest Trio2oApiClient::request(const QByteArray &verb, const QUrl &url, const QJsonObject &body) const
{
    HttpRequest r;
    r.verb = verb;
    r.url = url;
    r.maxBodyBytes = m_settings.maxAnswerBytes;
    if (!body.isEmpty())
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (m_settings.noAuth)
        r.headers.append({QByteArrayLiteral("X-Role"), m_settings.roles.toUtf8()});
    else if (!m_keystone.token().isEmpty())
        r.headers.append({QByteArrayLiteral("X-Auth-Token"), m_keystone.token().toLatin1()});
    return r;
}

Result<HttpResponse> Trio2oApiClient::call(const QByteArray &verb, const QString &path, const QJsonObject &body,
                                           const QString &action, int alsoAccepted)
{
    const auto base = endpoint();
    if (!base)
        return Error{base.error()};
    QUrl url = base.value();
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode);
    for (int attempt = 0;; ++attempt) {
        if (Status s = m_keystone.ensureToken(); !s)
            return Error{s.error()};
        const HttpResponse resp = m_http.send(request(verb, url, body));
        if (resp.status == 200 || resp.status == alsoAccepted)
            return resp;
        if (resp.status == 401 && attempt == 0 && m_keystone.usesKeystone() && ApiErrorReader::isTokenRefusal(resp)) {
            m_keystone.invalidate(); // the token expired or was revoked: once more with a new one
            continue;
        }
        if (resp.outcomeUnknown)
            return Error{ApiErrorReader::unknownOutcome(action, url, resp)};
        QString sentence = ApiErrorReader::describe(action, url, resp);
        if (resp.status == 401 && !ApiErrorReader::isTokenRefusal(resp))
            sentence += QLatin1Char(' ') + tr("The user lacks the admin role Trio2o requires; retrying will not help.");
        else if (resp.status == 401)
            sentence += QLatin1Char(' ') + tr("The credentials were refused.");
        return Error{sentence};
    }
}

Result<QJsonObject> Trio2oApiClient::callJson(const QByteArray &verb, const QString &path, const QJsonObject &body,
                                              const QString &action)
{
    auto resp = call(verb, path, body, action);
    if (!resp)
        return Error{resp.error()};
    return jsonObject(resp->body, action);
}

Result<QJsonObject> Trio2oApiClient::jsonObject(const QByteArray &body, const QString &action)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{ApiErrorReader::malformed(action, tr("%1 at byte %2").arg(error.errorString()).arg(error.offset))};
    if (!doc.isObject())
        return Error{ApiErrorReader::malformed(action, tr("not a JSON object"))};
    return doc.object();
}

// A list answer read from its bytes; `objectReader` is the fallback below.
template <class Item, class ObjectReader>
Result<std::vector<Item>> Trio2oApiClient::parseList(const QByteArray &body, const QString &action,
                                                     std::vector<Item> sched::CloudState::*list, ObjectReader objectReader)
{
    // The codec also gives ended bindings their end time, as upstream's answers lack it.
    auto state = StateJsonCodec::parse(body);
    if (state && !(state.value().*list).empty())
        return std::move(state.value().*list);
    // Rare and small (an empty list, or a broken answer): the object reader says
    // whether the list was there at all and names the broken record.
    const auto root = jsonObject(body, action);
    if (!root)
        return Error{root.error()};
    auto items = objectReader(root.value(), action);
    if (!items || state)
        return items;
    return Error{ApiErrorReader::malformed(action, state.error())};
}

Result<std::vector<sched::Pod>> Trio2oApiClient::parsePods(const QByteArray &body, const QString &action)
{
    return parseList(body, action, &sched::CloudState::pods,
                     [](const QJsonObject &root, const QString &a) { return parsePods(root, a); });
}

Result<std::vector<sched::Binding>> Trio2oApiClient::parseBindings(const QByteArray &body, const QString &action)
{
    return parseList(body, action, &sched::CloudState::bindings,
                     [](const QJsonObject &root, const QString &a) { return parseBindings(root, a); });
}

Result<std::vector<sched::Pod>> Trio2oApiClient::parsePods(const QJsonObject &root, const QString &action)
{
    const QJsonValue v = root.value(QLatin1String("pods"));
    if (!v.isArray())
        return Error{ApiErrorReader::malformed(action, tr("no \"pods\" array"))};
    const QJsonArray array = v.toArray();
    std::vector<sched::Pod> pods;
    pods.reserve(std::size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto pod = StateJsonCodec::podFromJson(array[i].toObject(), QStringLiteral("pods[%1]").arg(i));
        if (!pod)
            return Error{ApiErrorReader::malformed(action, pod.error())};
        pods.push_back(std::move(pod).value());
    }
    return pods;
}

Result<std::vector<sched::Binding>> Trio2oApiClient::parseBindings(const QJsonObject &root, const QString &action)
{
    const QJsonValue v = root.value(QLatin1String("pod_bindings"));
    if (!v.isArray())
        return Error{ApiErrorReader::malformed(action, tr("no \"pod_bindings\" array"))};
    const QJsonArray array = v.toArray();
    std::vector<sched::Binding> bindings;
    bindings.reserve(std::size_t(array.size()));
    const QString where = QStringLiteral("pod_bindings[]");
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array[i].toObject();
        auto b = StateJsonCodec::bindingFromJson(object, where);
        if (!b) // again, naming the element (not done for every one: 100,000 strings)
            return Error{ApiErrorReader::malformed(
                action, StateJsonCodec::bindingFromJson(object, QStringLiteral("pod_bindings[%1]").arg(i)).error())};
        StateJsonCodec::fillEndTime(b.value());
        bindings.push_back(std::move(b).value());
    }
    return bindings;
}

Result<std::vector<sched::Pod>> Trio2oApiClient::listPods()
{
    const QString action = tr("list the pods");
    const auto resp = call("GET", QStringLiteral("/pods"), {}, action);
    return resp ? parsePods(resp->body, action) : Result<std::vector<sched::Pod>>(Error{resp.error()});
}

Result<sched::Pod> Trio2oApiClient::getPod(const std::string &podId)
{
    const QString action = tr("read pod %1").arg(q(podId));
    const auto root = callJson("GET", QStringLiteral("/pods/") + encoded(podId), {}, action);
    if (!root)
        return Error{root.error()};
    auto pod = StateJsonCodec::podFromJson(root->value(QLatin1String("pod")).toObject(), QStringLiteral("pod"));
    return pod ? pod : Result<sched::Pod>(Error{ApiErrorReader::malformed(action, pod.error())});
}

Result<sched::Pod> Trio2oApiClient::createPod(const sched::Pod &pod)
{
    const QString action = tr("create pod %1").arg(q(pod.name));
    QJsonObject body{{QStringLiteral("pod_name"), q(pod.name)}, {QStringLiteral("pod_az_name"), q(pod.podAzName)},
                     {QStringLiteral("dc_name"), q(pod.dcName)}};
    // Leaving az_name out for a top region lets the server's own guard work too.
    if (!pod.azName.empty())
        body.insert(QStringLiteral("az_name"), q(pod.azName));
    const auto root = callJson("POST", QStringLiteral("/pods"), {{QStringLiteral("pod"), body}}, action);
    if (!root)
        return Error{root.error()};
    auto created = StateJsonCodec::podFromJson(root->value(QLatin1String("pod")).toObject(), QStringLiteral("pod"));
    return created ? created : Result<sched::Pod>(Error{ApiErrorReader::malformed(action, created.error())});
}

Status Trio2oApiClient::deletePod(const std::string &podId)
{
    const auto r = call("DELETE", QStringLiteral("/pods/") + encoded(podId), {}, tr("delete pod %1").arg(q(podId)));
    return r ? Status{} : Status{Error{r.error()}};
}

Result<std::vector<sched::Binding>> Trio2oApiClient::listBindings(QByteArray *answer)
{
    const QString action = tr("list the pod bindings");
    const auto resp = call("GET", QStringLiteral("/bindings"), {}, action);
    if (!resp)
        return Error{resp.error()};
    auto bindings = parseBindings(resp->body, action);
    if (bindings && answer)
        *answer = resp->body;
    return bindings;
}

Result<sched::Binding> Trio2oApiClient::getBinding(const std::string &bindingId)
{
    const QString action = tr("read binding %1").arg(q(bindingId));
    const auto root = callJson("GET", QStringLiteral("/bindings/") + encoded(bindingId), {}, action);
    if (!root)
        return Error{root.error()};
    auto b = StateJsonCodec::bindingFromJson(root->value(QLatin1String("pod_binding")).toObject(),
                                             QStringLiteral("pod_binding"));
    if (!b)
        return Error{ApiErrorReader::malformed(action, b.error())};
    StateJsonCodec::fillEndTime(b.value());
    return b;
}

Result<sched::Binding> Trio2oApiClient::createBinding(const std::string &tenantId, const std::string &podId)
{
    const QString action = tr("bind tenant %1 to pod %2").arg(q(tenantId), q(podId));
    const QJsonObject body{{QStringLiteral("tenant_id"), q(tenantId)}, {QStringLiteral("pod_id"), q(podId)}};
    const auto root = callJson("POST", QStringLiteral("/bindings"), {{QStringLiteral("pod_binding"), body}}, action);
    if (!root)
        return Error{root.error()};
    auto b = StateJsonCodec::bindingFromJson(root->value(QLatin1String("pod_binding")).toObject(),
                                             QStringLiteral("pod_binding"));
    return b ? b : Result<sched::Binding>(Error{ApiErrorReader::malformed(action, b.error())});
}

Status Trio2oApiClient::deleteBinding(const std::string &bindingId)
{
    const auto r = call("DELETE", QStringLiteral("/bindings/") + encoded(bindingId), {},
                        tr("delete binding %1").arg(q(bindingId)));
    return r ? Status{} : Status{Error{r.error()}};
}

Result<std::optional<sched::Binding>> Trio2oApiClient::findBinding(const std::string &bindingId)
{
    const QString action = tr("read binding %1").arg(q(bindingId));
    const auto r = call("GET", QStringLiteral("/bindings/") + encoded(bindingId), {}, action, 404);
    if (!r)
        return Error{r.error()};
    if (r->status == 404)
        return std::optional<sched::Binding>();
    const auto root = jsonObject(r->body, action);
    if (!root)
        return Error{root.error()};
    auto b = StateJsonCodec::bindingFromJson(root->value(QLatin1String("pod_binding")).toObject(),
                                             QStringLiteral("pod_binding"));
    if (!b)
        return Error{ApiErrorReader::malformed(action, b.error())};
    StateJsonCodec::fillEndTime(b.value());
    return std::optional<sched::Binding>(std::move(b).value());
}

Result<bool> Trio2oApiClient::bindingExists(const std::string &bindingId)
{
    const auto r = call("GET", QStringLiteral("/bindings/") + encoded(bindingId), {},
                        tr("read binding %1").arg(q(bindingId)), 404);
    return r ? Result<bool>(r->status == 200) : Result<bool>(Error{r.error()});
}

} // namespace model::remote
