// SPDX-License-Identifier: Apache-2.0
#include "timeformat.h"

#include <QDateTime>

#include <cstdio>

namespace model {

namespace {

// Days since 1970-01-01 of a civil date (proleptic Gregorian), after
// Howard Hinnant's days_from_civil.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

// The inverse: the civil date of a day count (Hinnant's civil_from_days).
void civilFromDays(std::int64_t z, std::int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = std::int64_t(yoe) + era * 400 + (m <= 2);
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// Reads `count` digits at `pos`; -1 if any is not a digit.
int digits(std::string_view s, std::size_t pos, int count)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char c = s[pos + std::size_t(i)];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

} // namespace

std::string_view formatTrio2oTime(std::int64_t us, TimeText &out)
{
    const std::int64_t secs = us >= 0 ? us / 1000000 : (us - 999999) / 1000000;
    const std::int64_t days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const std::int64_t inDay = secs - days * 86400;
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    const auto micros = static_cast<long long>(us - secs * 1000000);
    if (y < 0 || y > 9999) { // rare enough for snprintf; ample for any 64-bit year
        const int n = std::snprintf(out, sizeof out, "%04lld-%02u-%02u %02lld:%02lld:%02lld.%06lld",
                                    static_cast<long long>(y), m, d, static_cast<long long>(inDay / 3600),
                                    static_cast<long long>(inDay / 60 % 60), static_cast<long long>(inDay % 60), micros);
        return {out, std::size_t(n)};
    }
    // By hand: exports write two of these per binding.
    const auto put = [&out](int at, long long value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + i] = char('0' + value % 10);
    };
    put(0, y, 4), out[4] = '-', put(5, m, 2), out[7] = '-', put(8, d, 2), out[10] = ' ';
    put(11, inDay / 3600, 2), out[13] = ':', put(14, inDay / 60 % 60, 2), out[16] = ':', put(17, inDay % 60, 2);
    out[19] = '.', put(20, micros, 6);
    return {out, 26};
}

QString formatTrio2oTime(std::int64_t us)
{
    TimeText text;
    const std::string_view s = formatTrio2oTime(us, text);
    return QString::fromLatin1(s.data(), qsizetype(s.size()));
}

// Hand-written: imports parse hundreds of thousands of these, and a regular
// expression plus QDateTime per value made that the slowest part of an import.
std::optional<std::int64_t> parseTrio2oTime(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    // A trailing zone is accepted only when it says UTC.
    if (s.ends_with('Z'))
        s.remove_suffix(1);
    else if (s.ends_with("+00:00") || s.ends_with("-00:00"))
        s.remove_suffix(6);
    if (s.size() < 19 || s[4] != '-' || s[7] != '-' || s[13] != ':' || s[16] != ':' || (s[10] != ' ' && s[10] != 'T'))
        return std::nullopt;
    const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
    const int h = digits(s, 11, 2), mi = digits(s, 14, 2), se = digits(s, 17, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h < 0 || h > 23 || mi < 0 || mi > 59
        || se < 0 || se > 59)
        return std::nullopt;
    std::int64_t micros = 0;
    if (s.size() > 19) {
        if (s[19] != '.' || s.size() == 20)
            return std::nullopt;
        // Up to six digits count; further digits (nanoseconds) are dropped.
        for (std::size_t i = 20, n = 0; i < s.size(); ++i, ++n) {
            const char c = s[i];
            if (c < '0' || c > '9')
                return std::nullopt;
            if (n < 6)
                micros = micros * 10 + (c - '0');
        }
        for (std::size_t n = s.size() - 20; n < 6; ++n)
            micros *= 10;
    }
    const std::int64_t seconds = daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + se;
    return seconds * 1000000 + micros;
}

std::optional<std::int64_t> parseTrio2oTime(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return parseTrio2oTime(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

std::int64_t nowMicroseconds()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

} // namespace model
