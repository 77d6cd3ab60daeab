// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Trio2o Admin API v1.0 calls, exactly as the real server answers them:
// 200 on create, `null` on delete, Accept: application/json on every request,
// X-Auth-Token (or X-Role without Keystone). A 401 for an invalid or expired
// token re-authenticates once and repeats the call; a policy refusal is
// reported at once (the user lacks the admin role).

#include "cloud.h"
#include "httpclient.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace model::remote {

struct ConnectionSettings;
class KeystoneClient;

class Trio2oApiClient
{
    Q_DECLARE_TR_FUNCTIONS(Trio2oApiClient)

public:
    Trio2oApiClient(const ConnectionSettings &settings, HttpClient &http, KeystoneClient &keystone);

    // The API's base URL (…/v1.0): --endpoint, or the catalog's "Cascading"
    // service; a service root without a version is looked up in its versions document.
    Result<QUrl> endpoint();

    Result<std::vector<sched::Pod>> listPods();
    Result<sched::Pod> getPod(const std::string &podId);
    Result<sched::Pod> createPod(const sched::Pod &pod);
    Status deletePod(const std::string &podId);

    // `answer`, when given, receives the body as it came (shared, not copied).
    Result<std::vector<sched::Binding>> listBindings(QByteArray *answer = nullptr);
    Result<sched::Binding> getBinding(const std::string &bindingId);
    Result<sched::Binding> createBinding(const std::string &tenantId, const std::string &podId);
    Status deleteBinding(const std::string &bindingId);
    // A safe read after a change whose answer was lost: is the binding there?
    Result<bool> bindingExists(const std::string &bindingId);
    // One binding, or nullopt when the server has none with this id (404).
    Result<std::optional<sched::Binding>> findBinding(const std::string &bindingId);

    // The lists straight from the answer's bytes (StateJsonCodec::parse, no
    // QJsonDocument of 100,000 bindings); the QJsonObject forms read the same
    // and name the broken record when the bytes do not parse.
    static Result<std::vector<sched::Pod>> parsePods(const QByteArray &body, const QString &action);
    static Result<std::vector<sched::Binding>> parseBindings(const QByteArray &body, const QString &action);
    static Result<std::vector<sched::Pod>> parsePods(const QJsonObject &root, const QString &action);
    static Result<std::vector<sched::Binding>> parseBindings(const QJsonObject &root, const QString &action);

private:
    // Sends one call; anything but HTTP 200 (or `alsoAccepted`) is an error sentence.
    Result<HttpResponse> call(const QByteArray &verb, const QString &path, const QJsonObject &body, const QString &action,
                              int alsoAccepted = 200);
    Result<QJsonObject> callJson(const QByteArray &verb, const QString &path, const QJsonObject &body,
                                 const QString &action);
    static Result<QJsonObject> jsonObject(const QByteArray &body, const QString &action);
    template <class Item, class ObjectReader>
    static Result<std::vector<Item>> parseList(const QByteArray &body, const QString &action,
                                               std::vector<Item> sched::CloudState::*list, ObjectReader objectReader);
    HttpRequest request(const QByteArray &verb, const QUrl &url, const QJsonObject &body) const;
    Result<QUrl> serviceRoot();
    Result<QUrl> discoverVersion(const QUrl &root);

    const ConnectionSettings &m_settings;
    HttpClient &m_http;
    KeystoneClient &m_keystone;
    QUrl m_versioned; // endpoint(), once known
};

} // namespace model::remote
