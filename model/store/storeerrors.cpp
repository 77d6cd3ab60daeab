// SPDX-License-Identifier: Apache-2.0
#include "storeerrors.h"

#include "sqlstore.h"

namespace model {

namespace {
// Ids come from outside (files, the API, a what-if plan): keep them to what a
// database index and an operator's screen can hold.
constexpr std::size_t kMaxIdBytes = 255;
} // namespace

QString checkId(const char *what, const std::string &id)
{
    if (id.size() > kMaxIdBytes)
        return SqlStore::tr("%1 \"%2...\" is %3 bytes long; at most %4 are allowed")
            .arg(QLatin1String(what), QString::fromStdString(id.substr(0, 40))).arg(id.size()).arg(kMaxIdBytes);
    if (id.find('\0') != std::string::npos)
        return SqlStore::tr("%1 \"%2\" contains a NUL byte").arg(QLatin1String(what), QString::fromStdString(id).left(80));
    return {};
}

// Turns the engine's constraint messages into sentences an operator can act on.
QString explainSqlError(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const auto has = [&](const char *what) { return text.contains(QLatin1String(what), Qt::CaseInsensitive); };
    if (has("pod_bindings.id") || has("\"pod_bindings_id\""))
        return SqlStore::tr("a binding with that id exists already");
    if (has("pod_bindings.tenant_id") || has("pod_bindings_one_active"))
        return SqlStore::tr("the tenant already has an active binding in that AZ and group");
    if (has("pods.az_name") || has("pods_one_top_region"))
        return SqlStore::tr("there is already a top region (a pod with an empty AZ)");
    if (has("pods.pod_name") || has("pods_pod_name_key"))
        return SqlStore::tr("a pod with that name exists already");
    if (has("pods.pod_id") || has("pods_pkey"))
        return SqlStore::tr("a pod with that id exists already");
    if (has("FOREIGN KEY"))
        return SqlStore::tr("bindings still refer to the pod");
    return text.trimmed();
}

} // namespace model
