// SPDX-License-Identifier: Apache-2.0
#include "files/csvfield.h"

#include <QLocale>

namespace model {

namespace {

bool startsLikeAFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    if (c != QLatin1Char('=') && c != QLatin1Char('+') && c != QLatin1Char('-') && c != QLatin1Char('@')
        && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
        return false;
    // A number, plain or in the user's locale ("-1,5" in German), is data.
    bool number = false;
    text.toDouble(&number);
    if (!number)
        QLocale().toDouble(text, &number);
    return !number;
}

} // namespace

QString csvField(const QString &text)
{
    const QString cell = startsLikeAFormula(text) ? QLatin1Char('\'') + text : text;
    const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
                       || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
    if (!quote)
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace model
