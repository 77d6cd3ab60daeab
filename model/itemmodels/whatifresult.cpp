// SPDX-License-Identifier: Apache-2.0
#include "whatifresult.h"

#include "reasontext.h"

namespace model {

QString WhatIfText::group(const std::string &group)
{
    return group.empty() ? tr("general", "pod group without affinity tag") : str(group);
}

QString WhatIfText::az(const std::string &az) { return az.empty() ? tr("any AZ") : str(az); }

QString WhatIfText::changeReason(const whatif::Report &report, const whatif::ChangeRecord &change)
{
    return ReasonText::changeText(report, change);
}

QString WhatIfText::failureReason(const whatif::Report &report, const whatif::FailureRecord &failure)
{
    return ReasonText::failureText(report, failure);
}

QString WhatIfText::podName(const whatif::Report &report, std::uint32_t pod)
{
    return pod == whatif::kNoId || pod >= report.pods.size() ? QString() : str(report.pods[pod].name);
}

} // namespace model
