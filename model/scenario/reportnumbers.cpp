// SPDX-License-Identifier: Apache-2.0
#include "reportnumbers.h"

#include <QLocale>

#include <cmath>

namespace model {

QString ReportNumbers::count(std::uint64_t n) { return QLocale().toString(qulonglong(n)); }

QString ReportNumbers::amount(std::int64_t n) { return QLocale().toString(qlonglong(n)); }

QString ReportNumbers::amount(const std::optional<std::int64_t> &n)
{
    return n ? amount(*n) : tr("?", "usage never collected");
}

std::optional<double> ReportNumbers::share(const std::optional<std::int64_t> &n, std::int64_t capacity)
{
    if (!n || capacity <= 0)
        return std::nullopt;
    return double(*n) * 100.0 / double(capacity);
}

QString ReportNumbers::percent(const std::optional<std::int64_t> &n, std::int64_t capacity)
{
    const auto p = share(n, capacity);
    if (!p)
        return {};
    // Rounded down: a pod just below its threshold never reads as at it.
    return tr("%1 %", "share of the capacity").arg(QLocale().toString(std::floor(*p * 10.0) / 10.0, 'f', 1));
}

QString ReportNumbers::amountOf(const std::optional<std::int64_t> &n, std::int64_t capacity)
{
    const QString p = percent(n, capacity);
    return p.isEmpty() ? amount(n) : tr("%1 (%2)", "amount (share of the capacity)").arg(amount(n), p);
}

QString ReportNumbers::change(const QString &before, const QString &after)
{
    return before == after ? after : tr("%1 -> %2", "before -> after").arg(before, after);
}

QString ReportNumbers::plain(std::int64_t n) { return QString::number(n); }

QString ReportNumbers::plain(const std::optional<std::int64_t> &n) { return n ? plain(*n) : QString(); }

QString ReportNumbers::plainPercent(const std::optional<std::int64_t> &n, std::int64_t capacity)
{
    const auto p = share(n, capacity);
    return p ? QString::number(*p, 'f', 2) : QString();
}

} // namespace model
