// SPDX-License-Identifier: Apache-2.0
#pragma once

// The one place the what-if reports turn numbers into text: for people (the
// text report, in the user's number format) and for files (CSV: plain digits,
// a point before decimals, whatever the locale).

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

namespace model {

class ReportNumbers
{
    Q_DECLARE_TR_FUNCTIONS(ReportNumbers)

public:
    // For people: "1,843"; "?" for a usage never collected.
    static QString count(std::uint64_t n);
    static QString amount(std::int64_t n);
    static QString amount(const std::optional<std::int64_t> &n);
    // "1,843 (92 %)": an amount and its share of the capacity (no share when
    // the capacity is 0 or the amount unknown).
    static QString amountOf(const std::optional<std::int64_t> &n, std::int64_t capacity);
    // "92.1 %" (rounded down); empty when there is no share.
    static QString percent(const std::optional<std::int64_t> &n, std::int64_t capacity);
    // "a -> b", or just "a" when both are the same text.
    static QString change(const QString &before, const QString &after);

    // For files: "1843", "" for unknown; a share as "92.15" (two decimals).
    static QString plain(std::int64_t n);
    static QString plain(const std::optional<std::int64_t> &n);
    static QString plainPercent(const std::optional<std::int64_t> &n, std::int64_t capacity);

private:
    static std::optional<double> share(const std::optional<std::int64_t> &n, std::int64_t capacity);
};

} // namespace model
