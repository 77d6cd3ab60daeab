// SPDX-License-Identifier: Apache-2.0
#include "decisionprinter.h"

#include "decisiontext.h"
#include "statevalidator.h"
#include "texttable.h"

#include <QJsonArray>

namespace cli {

namespace {
QString str(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); }
} // namespace

DecisionPrinter::DecisionPrinter(const sched::Engine &engine, const sched::Decision &decision,
                                 const std::optional<sched::Explanation> &explanation)
    : m_engine(engine), m_decision(decision), m_explanation(explanation)
{
}

QString DecisionPrinter::podName(std::uint32_t pod) const
{
    return pod < m_engine.podCount() ? str(m_engine.pod(pod).name) : QString();
}

QJsonObject DecisionPrinter::candidateJson(const sched::CandidateReport &c) const
{
    QJsonObject weights;
    for (std::size_t w = 0; w < sched::kWeigherCount; ++w)
        weights.insert(str(sched::weigherKey(sched::WeigherKind(w))), c.weights[w].weighted);
    return QJsonObject{
        {QStringLiteral("pod_id"), str(c.podId)},
        {QStringLiteral("pod_name"), str(c.podName)},
        {QStringLiteral("passed"), c.passed},
        {QStringLiteral("rejected_by"),
         c.rejection ? QJsonValue(str(sched::filterKey(c.rejection->filter))) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("why"),
         c.rejection ? QJsonValue(model::DecisionText::rejection(*c.rejection)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("weights"), c.passed ? QJsonValue(weights) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("total"), c.passed ? QJsonValue(c.total) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("upstream_stays_bound"), c.pod == m_decision.upstreamAlsoBound},
    };
}

QJsonObject DecisionPrinter::toJson() const
{
    const sched::Decision &d = m_decision;
    const bool hasPod = d.outcome != sched::Outcome::Fail;
    const bool hasPrevious = d.outcome == sched::Outcome::Rebind;
    QJsonObject o{
        {QStringLiteral("outcome"), str(sched::outcomeKey(d.outcome))},
        {QStringLiteral("tenant_id"), str(d.tenantId)},
        {QStringLiteral("az_name"), str(d.azName)},
        {QStringLiteral("group"), str(d.groupKey)},
        {QStringLiteral("pod_id"), hasPod ? orNull(str(d.podId)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("pod_name"), hasPod ? orNull(str(d.podName)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("previous_pod_id"), hasPrevious ? orNull(str(d.previousPodId)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("previous_pod_name"), hasPrevious ? orNull(podName(d.previousPod)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reason"), model::DecisionText::decision(d, m_engine)},
        {QStringLiteral("departs_from_upstream"), d.departsFromUpstream()},
        {QStringLiteral("upstream_also_bound"), upstreamJson()},
    };
    if (m_explanation) {
        QJsonArray candidates;
        for (const sched::CandidateReport &c : m_explanation->candidates)
            candidates.append(candidateJson(c));
        o.insert(QStringLiteral("candidates"), candidates);
    }
    return o;
}

// trio2o's cross-AZ rotation: the binding upstream would leave active beside
// the new one (the store ends it), or null.
QJsonValue DecisionPrinter::upstreamJson() const
{
    const sched::Decision &d = m_decision;
    if (!d.departsFromUpstream())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("pod_id"), str(d.upstreamAlsoBoundId)},
                       {QStringLiteral("pod_name"), str(d.upstreamAlsoBoundName)},
                       {QStringLiteral("az_name"), str(d.azName)},
                       {QStringLiteral("note"), model::DecisionText::upstreamDeparture(d)}};
}

QString DecisionPrinter::toText() const
{
    const sched::Decision &d = m_decision;
    QString pod = d.outcome == sched::Outcome::Fail ? tr("none") : str(d.podName);
    if (d.outcome == sched::Outcome::Rebind)
        pod = tr("%1 (was %2)").arg(pod, podName(d.previousPod));
    QString text = tr("Decision: %1\nTenant:   %2\nAZ:       %3\nGroup:    %4\nPod:      %5\nReason:   %6\n")
                       .arg(model::DecisionText::outcomeName(d.outcome), str(d.tenantId),
                            d.azName.empty() ? tr("any") : str(d.azName),
                            model::StateValidator::groupLabel(std::string(d.groupKey)), pod,
                            model::DecisionText::decision(d, m_engine));
    if (d.departsFromUpstream())
        text += tr("Upstream: %1\n").arg(model::DecisionText::upstreamDeparture(d));
    if (m_explanation)
        text += QLatin1Char('\n') + candidatesText();
    return text;
}

QString DecisionPrinter::candidatesText() const
{
    // Passed pods first, best weight first; then the rejected ones in table order.
    std::vector<const sched::CandidateReport *> rows;
    for (const auto &c : m_explanation->candidates)
        rows.push_back(&c);
    std::stable_sort(rows.begin(), rows.end(), [](auto *a, auto *b) {
        return a->passed != b->passed ? a->passed : (a->passed && a->total > b->total);
    });
    QString text = tr("Candidates:") + QLatin1Char('\n');
    for (const sched::CandidateReport *c : rows) {
        const bool alsoBound = c->pod == m_decision.upstreamAlsoBound;
        const QString mark = c->chosen ? QStringLiteral("*")
                             : alsoBound  ? QStringLiteral("!")
                             : c->current ? QStringLiteral("~")
                                          : QStringLiteral(" ");
        QString detail;
        if (c->passed) {
            QStringList parts;
            for (std::size_t w = 0; w < sched::kWeigherCount; ++w)
                if (c->weights[w].weighted != 0.0)
                    parts << tr("%1 %2").arg(model::DecisionText::weigherName(sched::WeigherKind(w)))
                                 .arg(c->weights[w].weighted, 0, 'f', 3);
            detail = tr("total %1  [%2]").arg(c->total, 0, 'f', 3).arg(parts.join(QStringLiteral(", ")));
        } else if (c->rejection) {
            detail = tr("rejected by %1: %2")
                         .arg(model::DecisionText::filterName(c->rejection->filter),
                              model::DecisionText::rejection(*c->rejection));
        } else {
            detail = tr("rejected");
        }
        text += QStringLiteral(" %1 %2  %3\n").arg(mark, model::TextTable::padded(str(c->podName), 20), detail); // CJK names take two cells a character
    }
    text += m_decision.departsFromUpstream() ? tr("(* chosen, ~ current binding, ! upstream stays bound here too)")
                                             : tr("(* chosen, ~ current binding)");
    text += QLatin1Char('\n');
    return text;
}

} // namespace cli
