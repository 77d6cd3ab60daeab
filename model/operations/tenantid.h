// SPDX-License-Identifier: Apache-2.0
#pragma once

// Trio2o trims a tenant id before it stores it (Python's str.strip(): " t1"
// is stored as "t1"). Every check of ours trims first, as the server does, or
// `bind " t1" Pod2` slips a second active binding of t1 past it. One place
// says what trimming means, for the backends, the guards and the operations.

#include "bindingchange.h"

#include <string>
#include <string_view>
#include <vector>

namespace model {

// The id as the server stores it: Unicode white space removed at both ends.
std::string trimmedTenantId(std::string_view tenantId);
// True when the id has no white space to trim (cheap for the usual plain ids).
bool isTrimmedTenantId(std::string_view tenantId);
// True when `stored`, trimmed, is `trimmed` (already trimmed): cheap for the usual plain ids.
bool sameTenant(std::string_view stored, std::string_view trimmed);
// The same changes with every tenant id trimmed.
std::vector<BindingChange> withTrimmedTenants(std::vector<BindingChange> changes);

} // namespace model
