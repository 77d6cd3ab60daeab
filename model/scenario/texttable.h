// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plain-text tables for terminals: left-aligned columns padded by display
// width, so a column of Chinese names (East Asian wide characters take two
// cells, combining marks none) lines up like a column of Latin ones.

#include <QString>
#include <QStringList>

#include <vector>

namespace model {

class TextTable
{
public:
    // How a column may give way when a table is wider than its line: cut to
    // `max` cells in the middle (ids keep their distinct ends), or wrap at
    // spaces (the last column only). max 0: as wide as its widest cell.
    struct Column {
        int max = 0;
        bool wrap = false;
    };

    // Terminal cells the text takes.
    static int displayWidth(const QString &text);
    // The text followed by spaces up to `width` cells (never cut).
    static QString padded(const QString &text, int width);
    // One line per row, each starting with `indent`, columns `gap` cells apart.
    static QString format(const std::vector<QStringList> &rows, const QString &indent = {}, int gap = 2);
    // As format(), but no line is wider than `lineWidth` cells: cells of a
    // column with a `max` are cut in the middle, and a wrapping last column
    // continues on the next lines, under itself.
    static QString format(const std::vector<QStringList> &rows, const std::vector<Column> &columns,
                          const QString &indent, int lineWidth, int gap = 2);
    // The text in at most `width` cells: its start and end joined by "…".
    static QString elideMiddle(const QString &text, int width);
    // Lines of at most `width` cells, broken at spaces (a longer word is cut).
    static QStringList wrap(const QString &text, int width);
};

} // namespace model
