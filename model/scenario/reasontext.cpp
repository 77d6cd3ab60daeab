// SPDX-License-Identifier: Apache-2.0
#include "reasontext.h"

#include "decisiontext.h"

#include <algorithm>

namespace model {

namespace {
QString podName(const whatif::Report &report, std::uint32_t pod)
{
    return pod < report.pods.size() ? QString::fromStdString(report.pods[pod].name) : QString();
}
} // namespace

QString ReasonText::change(const whatif::Report &report, const whatif::ChangeRecord &change)
{
    QString out = QString::fromLatin1(whatif::changeReasonKey(change.reason));
    if (change.rejection)
        out += QStringLiteral(": ") + QString::fromStdString(sched::describe(*change.rejection));
    if (change.alongside != whatif::kNoId)
        out += QStringLiteral(": upstream would leave %1 bound to %2 and %3 in %4")
                   .arg(QString::fromStdString(report.tenants[change.tenant]), podName(report, change.fromPod),
                        podName(report, change.alongside), QString::fromStdString(report.azs[change.az]));
    return out;
}

QString ReasonText::failure(const whatif::Report &report, const whatif::FailureRecord &failure)
{
    if (failure.kind == whatif::FailureKind::NoBinding)
        return QStringLiteral("no_binding: no active binding in this AZ and group to delete from");
    QString out = QString::fromStdString(sched::describe(failure.failure));
    if (failure.pod != whatif::kNoId)
        out += QStringLiteral(" (pod %1)").arg(QString::fromStdString(report.pods[failure.pod].name));
    return out;
}

namespace {
bool ascii(const std::string &s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}
} // namespace

void ReasonText::change(const whatif::Report &report, const whatif::ChangeRecord &change, std::string &out)
{
    out.assign(whatif::changeReasonKey(change.reason));
    if (change.rejection)
        out.append(": ").append(sched::describe(*change.rejection));
    if (change.alongside != whatif::kNoId) {
        const auto pod = [&](std::uint32_t p) { return p < report.pods.size() ? report.pods[p].name : std::string(); };
        out.append(": upstream would leave ").append(report.tenants[change.tenant]).append(" bound to ");
        out.append(pod(change.fromPod)).append(" and ").append(pod(change.alongside)).append(" in ");
        out.append(report.azs[change.az]);
    }
    if (!ascii(out)) // names that are not ASCII: exactly as the QString went to UTF-8
        out = ReasonText::change(report, change).toStdString();
}

void ReasonText::failure(const whatif::Report &report, const whatif::FailureRecord &failure, std::string &out)
{
    if (failure.kind == whatif::FailureKind::NoBinding) {
        out.assign("no_binding: no active binding in this AZ and group to delete from");
        return;
    }
    out.assign(sched::describe(failure.failure));
    if (failure.pod != whatif::kNoId)
        out.append(" (pod ").append(report.pods[failure.pod].name).append(")");
    if (!ascii(out))
        out = ReasonText::failure(report, failure).toStdString();
}

QString ReasonText::changeText(const whatif::Report &report, const whatif::ChangeRecord &change)
{
    switch (change.reason) {
    case whatif::ChangeReason::NewBinding:
        return tr("new binding");
    case whatif::ChangeReason::CurrentRejected:
        return change.rejection ? tr("current pod rejected: %1").arg(DecisionText::rejection(*change.rejection))
                                : tr("current pod rejected");
    case whatif::ChangeReason::Rotation:
        return tr("group rotation (trio2o)");
    case whatif::ChangeReason::Drain:
        return tr("pod drained");
    case whatif::ChangeReason::Replaced:
        if (change.alongside != whatif::kNoId)
            return DecisionText::upstreamBoundTwice(QString::fromStdString(report.tenants[change.tenant]),
                                                    podName(report, change.fromPod), podName(report, change.alongside),
                                                    QString::fromStdString(report.azs[change.az]));
        return tr("replaced by the new binding");
    }
    return {};
}

QString ReasonText::failureText(const whatif::Report &report, const whatif::FailureRecord &failure)
{
    if (failure.kind == whatif::FailureKind::NoBinding)
        return tr("no active binding in this AZ and group to delete from");
    const QString text = DecisionText::failure(failure.failure);
    if (failure.pod == whatif::kNoId || failure.pod >= report.pods.size())
        return text;
    return tr("%1 (pod %2)", "failure reason (pod tried)").arg(text, QString::fromStdString(report.pods[failure.pod].name));
}

} // namespace model
