// SPDX-License-Identifier: Apache-2.0
#include "texttable.h"

#include <utf8proc.h>

#include <algorithm>

namespace model {

int TextTable::displayWidth(const QString &text)
{
    // utf8proc's East Asian width tables (Unicode 15 in Debian 12), taken per
    // grapheme cluster: an emoji sequence joined by U+200D or followed by a
    // variation selector is one picture, as wide as its widest part.
    int width = 0;
    int cluster = 0;
    utf8proc_int32_t state = 0;
    utf8proc_int32_t previous = -1;
    for (const char32_t c : text.toUcs4()) {
        const auto code = utf8proc_int32_t(c);
        if (previous >= 0 && utf8proc_grapheme_break_stateful(previous, code, &state)) {
            width += cluster;
            cluster = 0;
        }
        int cell = std::max(0, utf8proc_charwidth(code));
        const bool regionalIndicator = code >= 0x1F1E6 && code <= 0x1F1FF;
        // An emoji presentation selector, or the second letter of a flag, makes a picture.
        if ((code == 0xFE0F || regionalIndicator) && cluster > 0)
            cell = 2;
        cluster = std::max(cluster, cell);
        previous = code;
    }
    return width + cluster;
}

QString TextTable::padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString TextTable::format(const std::vector<QStringList> &rows, const QString &indent, int gap)
{
    std::vector<int> widths;
    for (const QStringList &r : rows)
        for (qsizetype c = 0; c < r.size(); ++c) {
            if (widths.size() <= std::size_t(c))
                widths.push_back(0);
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], displayWidth(r[c]));
        }
    QString out;
    for (const QStringList &r : rows) {
        QString line = indent;
        for (qsizetype c = 0; c < r.size(); ++c)
            line += c + 1 < r.size() ? padded(r[c], widths[std::size_t(c)] + gap) : r[c];
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace model
