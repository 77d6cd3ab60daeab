#include "reasontext.h"

namespace model {

QString ReasonText::change(const whatif::ChangeRecord &change)
{
    QString out = QString::fromLatin1(whatif::changeReasonKey(change.reason));
    if (change.rejection)
        out += QStringLiteral(": ") + QString::fromStdString(sched::describe(*change.rejection));
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

} // namespace model
