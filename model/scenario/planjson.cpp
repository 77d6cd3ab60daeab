// SPDX-License-Identifier: Apache-2.0
#include "planjson.h"

#include "files/boundedfilereader.h"
#include "tenantid.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

struct StringField {
    const char *key;
    std::string whatif::PlanOp::*member;
};
constexpr std::array<StringField, 9> kFields{{
    {"tenant_id", &whatif::PlanOp::tenantId},
    {"az_name", &whatif::PlanOp::azName},
    {"group", &whatif::PlanOp::group},
    {"from_pod_id", &whatif::PlanOp::fromPodId},
    {"from_pod_name", &whatif::PlanOp::fromPodName},
    {"end_binding_id", &whatif::PlanOp::endBindingId},
    {"to_pod_id", &whatif::PlanOp::toPodId},
    {"to_pod_name", &whatif::PlanOp::toPodName},
    {"new_binding_id", &whatif::PlanOp::newBindingId},
}};

std::optional<whatif::ChangeReason> reasonFromKey(const QString &key)
{
    for (std::uint8_t i = 0; i <= std::uint8_t(whatif::ChangeReason::Replaced); ++i)
        if (key == QLatin1String(whatif::changeReasonKey(whatif::ChangeReason(i))))
            return whatif::ChangeReason(i);
    return std::nullopt;
}

QString missingFieldsText(whatif::PlanOp::Kind kind)
{
    switch (kind) {
    case whatif::PlanOp::Kind::Bind:
        return PlanJson::tr("%1: a bind needs tenant_id and to_pod_id");
    case whatif::PlanOp::Kind::Unbind:
        return PlanJson::tr("%1: an unbind needs tenant_id and end_binding_id");
    case whatif::PlanOp::Kind::Rebind:
        break;
    }
    return PlanJson::tr("%1: a rebind needs tenant_id, end_binding_id and to_pod_id");
}

Result<whatif::PlanOp> opFromJson(const QJsonValue &value, qsizetype index)
{
    const QString where = QStringLiteral("operations[%1]").arg(index);
    const QJsonObject o = value.toObject();
    whatif::PlanOp op;
    const auto kind = whatif::planKindFromKey(o.value(QLatin1String("op")).toString().toStdString());
    if (!value.isObject() || !kind)
        return Error{PlanJson::tr("%1: field \"op\" must be bind, unbind or rebind").arg(where)};
    op.kind = *kind;
    for (const StringField &f : kFields) {
        const QJsonValue v = o.value(QLatin1String(f.key));
        if (!v.isUndefined() && !v.isString())
            return Error{PlanJson::tr("%1: field \"%2\" must be a string").arg(where, QLatin1String(f.key))};
        op.*f.member = v.toString().toStdString();
    }
    op.tenantId = trimmedTenantId(op.tenantId); // as Trio2o stores it, so every check sees the same tenant
    op.event = std::uint32_t(o.value(QLatin1String("event")).toInteger(0));
    op.reason = reasonFromKey(o.value(QLatin1String("reason")).toString()).value_or(whatif::ChangeReason::NewBinding);
    const bool ends = op.kind != whatif::PlanOp::Kind::Bind;
    const bool starts = op.kind != whatif::PlanOp::Kind::Unbind;
    if (op.tenantId.empty() || (ends && op.endBindingId.empty()) || (starts && op.toPodId.empty()))
        return Error{missingFieldsText(op.kind).arg(where)};
    return op;
}

} // namespace

QJsonObject PlanJson::toJson(const whatif::Plan &plan)
{
    QJsonArray ops;
    for (const whatif::PlanOp &op : plan.ops) {
        QJsonObject o{{QStringLiteral("op"), QLatin1String(whatif::planKindKey(op.kind))},
                      {QStringLiteral("event"), qint64(op.event)},
                      {QStringLiteral("reason"), QLatin1String(whatif::changeReasonKey(op.reason))}};
        for (const StringField &f : kFields)
            if (!(op.*f.member).empty() || f.member == &whatif::PlanOp::azName || f.member == &whatif::PlanOp::group)
                o.insert(QLatin1String(f.key), str(op.*f.member));
        ops.append(o);
    }
    return QJsonObject{{QStringLiteral("policy"), str(plan.policyName)}, {QStringLiteral("operations"), ops}};
}

QByteArray PlanJson::serialize(const whatif::Plan &plan, bool compact)
{
    return QJsonDocument(toJson(plan)).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented);
}

Result<whatif::Plan> PlanJson::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())};
    if (!doc.isObject())
        return Error{tr("the file holds no JSON object: not a what-if plan")};
    return fromJson(doc.object());
}

Result<whatif::Plan> PlanJson::fromJson(const QJsonObject &root)
{
    const QJsonValue ops = root.value(QLatin1String("operations"));
    if (!ops.isArray())
        return Error{tr("field \"operations\" must be a list: not a what-if plan")};
    whatif::Plan plan;
    plan.policyName = root.value(QLatin1String("policy")).toString().toStdString();
    const QJsonArray list = ops.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto op = opFromJson(list[i], i);
        if (!op)
            return Error{op.error()};
        plan.ops.push_back(std::move(op.value()));
    }
    return plan;
}

Result<whatif::Plan> PlanJson::readFile(const QString &path)
{
    const auto bytes = BoundedFileReader::read(path, BoundedFileReader::Kind::PlanFile);
    if (!bytes)
        return Error{bytes.error()};
    auto plan = parse(bytes.value());
    if (!plan)
        return Error{tr("%1 is not a usable what-if plan: %2").arg(QDir::toNativeSeparators(path), plan.error())};
    return plan;
}

std::vector<BindingChange> PlanJson::toBindingChanges(const whatif::Plan &plan)
{
    std::vector<BindingChange> out;
    out.reserve(plan.ops.size());
    for (const whatif::PlanOp &op : plan.ops) {
        BindingChange c;
        c.tenantId = op.tenantId;
        c.endBindingId = op.endBindingId; // empty for a bind
        c.newPodId = op.toPodId;          // empty for an unbind
        c.newBindingId = op.newBindingId;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace model
