#include "tablecsv.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QStringList>

namespace model {

QString TableCsv::field(const QString &text)
{
    QString value = text;
    static const QString formulaStarts = QStringLiteral("=+-@");
    bool number = false;
    QLocale().toDouble(value, &number);
    if (!value.isEmpty() && formulaStarts.contains(value.front()) && !number)
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                       || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray TableCsv::serialize(const QAbstractItemModel &model, const QList<int> &columns)
{
    QByteArray out;
    const auto appendRow = [&out](const QStringList &fields) {
        out += fields.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    };
    QStringList fields;
    for (int c : columns)
        fields << field(model.headerData(c, Qt::Horizontal).toString());
    appendRow(fields);
    const int rows = model.rowCount();
    for (int r = 0; r < rows; ++r) {
        fields.clear();
        for (int c : columns)
            fields << field(model.index(r, c).data().toString());
        appendRow(fields);
    }
    return out;
}

} // namespace model
