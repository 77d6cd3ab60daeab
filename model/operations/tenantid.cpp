// SPDX-License-Identifier: Apache-2.0
#include "tenantid.h"

#include <QString>

namespace model {

namespace {
// A byte that is surely not white space: printable ASCII other than the space.
bool plain(char c) { return c > 0x20 && c < 0x7f; }
} // namespace

std::string trimmedTenantId(std::string_view tenantId)
{
    if (tenantId.empty() || (plain(tenantId.front()) && plain(tenantId.back())))
        return std::string(tenantId); // the usual case, without a detour through UTF-16
    // QString::trimmed removes what QChar::isSpace calls white space (ASCII
    // and Unicode separators), as Python's str.strip() on the server does.
    return QString::fromUtf8(tenantId.data(), qsizetype(tenantId.size())).trimmed().toStdString();
}

bool isTrimmedTenantId(std::string_view tenantId)
{
    if (tenantId.empty() || (plain(tenantId.front()) && plain(tenantId.back())))
        return true;
    return trimmedTenantId(tenantId) == tenantId;
}

bool sameTenant(std::string_view stored, std::string_view trimmed)
{
    if (stored == trimmed)
        return true;
    if (stored.empty() || (plain(stored.front()) && plain(stored.back())))
        return false;
    return trimmedTenantId(stored) == trimmed;
}

std::vector<BindingChange> withTrimmedTenants(std::vector<BindingChange> changes)
{
    for (BindingChange &c : changes)
        c.tenantId = trimmedTenantId(c.tenantId);
    return changes;
}

} // namespace model
