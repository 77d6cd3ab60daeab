// SPDX-License-Identifier: Apache-2.0
#pragma once

// Prints one scheduling decision, with its explanation when asked, as text
// for people or as the JSON object documented in the README.

#include "decision.h"
#include "engine.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace cli {

class DecisionPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DecisionPrinter)

public:
    DecisionPrinter(const sched::Engine &engine, const sched::Decision &decision,
                    const std::optional<sched::Explanation> &explanation);

    QJsonObject toJson() const;
    QString toText() const;

private:
    QJsonObject candidateJson(const sched::CandidateReport &c) const;
    QString candidatesText() const;
    QJsonValue upstreamJson() const;
    QString podName(std::uint32_t pod) const;

    const sched::Engine &m_engine;
    const sched::Decision &m_decision;
    const std::optional<sched::Explanation> &m_explanation;
};

} // namespace cli
