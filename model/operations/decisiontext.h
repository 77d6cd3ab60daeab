// SPDX-License-Identifier: Apache-2.0
#pragma once

// Translated words for the scheduler's reason codes: the scheduler speaks in
// codes with parameters, the console and the CLI in sentences.

#include "decision.h"
#include "engine.h"
#include "rejection.h"

#include <QCoreApplication>
#include <QString>

namespace model {

class DecisionText
{
    Q_DECLARE_TR_FUNCTIONS(DecisionText)

public:
    static QString filterName(sched::FilterKind filter);
    static QString weigherName(sched::WeigherKind weigher);
    static QString resourceName(sched::Resource resource);
    // "in maintenance", "vCPUs: 950 used + 4 requested > limit 921", ...
    static QString rejection(const sched::Rejection &rejection);
    // "every candidate pod was rejected (capacity: 3, pod state: 1), e.g. ..."
    static QString failure(const sched::Failure &failure);
    // One sentence for a whole decision: why it kept, bound, rebound or failed.
    static QString decision(const sched::Decision &decision, const sched::Engine &engine);
    static QString outcomeName(sched::Outcome outcome);
    // trio2o's cross-AZ rotation: "upstream would leave t0 bound to Delta and
    // Foxtrot in az1; …"; empty when the decision follows upstream exactly.
    static QString upstreamDeparture(const sched::Decision &decision);
    static QString upstreamBoundTwice(const QString &tenant, const QString &podA, const QString &podB, const QString &az);
    // "enabled", "maintenance", "disabled" in the user's language (JSON keeps the keys).
    static QString podStateName(sched::PodState state);
};

} // namespace model
