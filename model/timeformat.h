// SPDX-License-Identifier: Apache-2.0
#pragma once

// Trio2o's API writes times as "YYYY-MM-DD HH:MM:SS.ffffff" in UTC without a
// zone; we keep microseconds since the epoch internally.

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace model {

QString formatTrio2oTime(std::int64_t microsecondsUtc);
// The same into a caller's buffer, for writers of many records.
using TimeText = char[48];
std::string_view formatTrio2oTime(std::int64_t microsecondsUtc, TimeText &out);
// Accepts Trio2o's form, with or without fraction, and ISO 8601 ("T", "Z").
std::optional<std::int64_t> parseTrio2oTime(std::string_view text);
std::optional<std::int64_t> parseTrio2oTime(const QString &text);
std::int64_t nowMicroseconds();

} // namespace model
