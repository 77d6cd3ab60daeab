// SPDX-License-Identifier: Apache-2.0
#include "tablecsv.h"

#include "files/csvfield.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QStringList>

namespace model {

QByteArray TableCsv::serialize(const QAbstractItemModel &model, const QList<int> &columns)
{
    QByteArray out;
    const auto appendRow = [&out](const QStringList &fields) {
        out += fields.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    };
    QStringList fields;
    for (int c : columns)
        fields << csvField(model.headerData(c, Qt::Horizontal).toString());
    appendRow(fields);
    const int rows = model.rowCount();
    for (int r = 0; r < rows; ++r) {
        fields.clear();
        for (int c : columns)
            fields << csvField(model.index(r, c).data().toString());
        appendRow(fields);
    }
    return out;
}

} // namespace model
