// SPDX-License-Identifier: Apache-2.0
#include "naturalorder.h"

namespace model {

namespace {

qsizetype digitRunEnd(QStringView s, qsizetype i)
{
    while (i < s.size() && s[i].isDigit())
        ++i;
    return i;
}

// Compares two runs of digits as numbers of any length.
int compareNumbers(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == u'0')
        a = a.mid(1);
    while (b.size() > 1 && b.front() == u'0')
        b = b.mid(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

} // namespace

int NaturalOrder::compare(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            const qsizetype ei = digitRunEnd(a, i), ej = digitRunEnd(b, j);
            if (const int c = compareNumbers(a.mid(i, ei - i), b.mid(j, ej - j)); c != 0)
                return c;
            i = ei;
            j = ej;
            continue;
        }
        const char32_t ca = a[i].toCaseFolded().unicode(), cb = b[j].toCaseFolded().unicode();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    // Equal but for case or leading zeros: fall back to a total order.
    return a.compare(b, Qt::CaseInsensitive) != 0 ? a.compare(b, Qt::CaseInsensitive) : a.compare(b);
}

} // namespace model
