// SPDX-License-Identifier: Apache-2.0
#pragma once

// Counts the elements of a JSON array without reading them: a quick pass over
// the bytes that follows strings and brackets only (a what-if replay needs the
// number of events before the first one, while a JsonCursor still reads them).
// Syntax is not checked: for a malformed array the count is whatever the
// brackets give, or nullopt when the array does not end - the real reader
// says what is wrong.

#include <cstdint>
#include <optional>
#include <string_view>

namespace model {

// `text` starts with the array (white space first is fine).
std::optional<std::uint64_t> countJsonArrayElements(std::string_view text);

} // namespace model
