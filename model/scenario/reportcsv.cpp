// SPDX-License-Identifier: Apache-2.0
#include "reportcsv.h"

#include "files/csvfield.h"
#include "reasontext.h"

#include <QStringList>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

void row(QByteArray &out, const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted << csvField(f);
    out += quoted.join(QLatin1Char(',')).toUtf8();
    out += "\r\n";
}

} // namespace

QByteArray ReportCsv::serialize(const whatif::Report &r)
{
    QByteArray out;
    row(out, {QStringLiteral("record"), QStringLiteral("event"), QStringLiteral("tenant_id"), QStringLiteral("az_name"),
              QStringLiteral("group"), QStringLiteral("from_pod"), QStringLiteral("to_pod"), QStringLiteral("reason")});
    const auto pod = [&](std::uint32_t p) { return p == whatif::kNoId ? QString() : str(r.pods[p].name); };
    for (const whatif::ChangeRecord &c : r.changes)
        row(out, {QStringLiteral("change"), QString::number(c.event), str(r.tenants[c.tenant]), str(r.azs[c.az]),
                  str(r.groups[c.group]), pod(c.fromPod), pod(c.toPod), ReasonText::change(r, c)});
    for (const whatif::FailureRecord &f : r.failures)
        row(out, {QStringLiteral("failure"), QString::number(f.event), str(r.tenants[f.tenant]), str(r.azs[f.az]),
                  str(r.groups[f.group]), QString(), QString(), ReasonText::failure(r, f)});
    return out;
}

} // namespace model
