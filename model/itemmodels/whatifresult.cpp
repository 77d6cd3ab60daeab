#include "whatifresult.h"

#include "decisiontext.h"

namespace model {

QString WhatIfText::group(const std::string &group)
{
    return group.empty() ? tr("general", "pod group without affinity tag") : str(group);
}

QString WhatIfText::az(const std::string &az) { return az.empty() ? tr("any AZ") : str(az); }

QString WhatIfText::changeReason(const whatif::ChangeRecord &change)
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
        return tr("replaced by the new binding");
    }
    return {};
}

QString WhatIfText::failureReason(const whatif::Report &report, const whatif::FailureRecord &failure)
{
    if (failure.kind == whatif::FailureKind::NoBinding)
        return tr("no active binding in this AZ and group to delete from");
    QString text = DecisionText::failure(failure.failure);
    if (failure.pod != whatif::kNoId)
        text = tr("%1 (pod %2)", "failure reason (pod tried)").arg(text, podName(report, failure.pod));
    return text;
}

QString WhatIfText::podName(const whatif::Report &report, std::uint32_t pod)
{
    return pod == whatif::kNoId || pod >= report.pods.size() ? QString() : str(report.pods[pod].name);
}

} // namespace model
