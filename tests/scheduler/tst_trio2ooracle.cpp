// SPDX-License-Identifier: Apache-2.0
// The `trio2o` policy against an independent model of upstream Trio2o's
// FilterScheduler, written here from DOMAIN.md ("What upstream Trio2o
// actually shipped") and not from the engine: randomised layouts and request
// sequences, thousands of steps, compared decision by decision and state by
// state.
//
// The model keeps upstream's table: one row per (tenant, pod_id), active or
// not. The only place our store cannot follow is a rotation that leaves the
// tenant with two active rows in one (AZ, pod group); there the engine must
// flag the decision with the other pod, and the model then takes the store's
// documented rule (the new binding stays, the other one ends) before the next
// step, so the comparison goes on from the same state.

#include "engine.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace sched;

namespace {

struct ModelPod {
    std::string id;
    std::string name;
    std::string az;    // "" = the top region
    std::string group; // the pod's affinity tags as text ("" = general)
};

struct ModelRow {
    std::string tenant;
    std::string podId;
    bool active = true;
};

enum class ModelOutcome { Keep, Bind, Rebind, NoCandidates, OnlyCandidate, UniqueKey };

struct ModelDecision {
    ModelOutcome outcome = ModelOutcome::NoCandidates;
    std::string pod;      // chosen pod id (or the one tried)
    std::string previous; // Rebind: the pod whose row ends
    std::string boundTwice; // upstream leaves this pod's row active in the new pod's AZ and group
};

// Upstream, from DOMAIN.md.
class UpstreamModel
{
public:
    std::vector<ModelPod> pods; // table order
    std::vector<ModelRow> rows;

    const ModelPod *pod(const std::string &id) const
    {
        for (const ModelPod &p : pods)
            if (p.id == id)
                return &p;
        return nullptr;
    }

    // Candidates: pods of the requested AZ (all pods for ""), table order,
    // then only those with a non-empty az_name.
    std::vector<std::string> candidates(const std::string &az) const
    {
        std::vector<std::string> out;
        for (const ModelPod &p : pods)
            if ((az.empty() || p.az == az) && !p.az.empty())
                out.push_back(p.id);
        return out;
    }

    // Current: the tenant's active row whose pod is in the AZ (any bottom pod
    // for ""), lowest pod_id (the unique index's order).
    std::optional<std::string> current(const std::string &tenant, const std::string &az) const
    {
        std::optional<std::string> best;
        for (const ModelRow &r : rows) {
            const ModelPod *p = pod(r.podId);
            if (r.tenant != tenant || !r.active || !p || p->az.empty() || (!az.empty() && p->az != az))
                continue;
            if (!best || r.podId < *best)
                best = r.podId;
        }
        return best;
    }

    bool rowExists(const std::string &tenant, const std::string &podId) const
    {
        return std::any_of(rows.begin(), rows.end(),
                           [&](const ModelRow &r) { return r.tenant == tenant && r.podId == podId; });
    }

    ModelDecision schedule(const std::string &tenant, const std::string &az, bool grouped)
    {
        ModelDecision d;
        const auto cur = current(tenant, az);
        if (cur && !grouped) {
            d.outcome = ModelOutcome::Keep;
            d.pod = *cur;
            return d;
        }
        const auto list = candidates(az);
        if (list.empty())
            return d; // NoCandidates
        std::string target = list.front();
        if (cur) {
            const auto it = std::find(list.begin(), list.end(), *cur);
            if (it != list.end() && list.size() == 1) {
                d.outcome = ModelOutcome::OnlyCandidate;
                d.pod = *cur;
                return d;
            }
            if (it != list.end() && std::next(it) != list.end())
                target = *std::next(it);
        }
        d.pod = target;
        if (rowExists(tenant, target)) { // the insert hits the (tenant, pod) unique key
            d.outcome = ModelOutcome::UniqueKey;
            return d;
        }
        if (cur) {
            for (ModelRow &r : rows)
                if (r.tenant == tenant && r.podId == *cur)
                    r.active = false;
            d.previous = *cur;
        }
        rows.push_back({tenant, target, true});
        d.outcome = cur ? ModelOutcome::Rebind : ModelOutcome::Bind;
        d.boundTwice = otherActiveInSameBucket(tenant, target);
        return d;
    }

    std::string otherActiveInSameBucket(const std::string &tenant, const std::string &podId) const
    {
        const ModelPod *p = pod(podId);
        for (const ModelRow &r : rows) {
            const ModelPod *q = pod(r.podId);
            if (r.tenant == tenant && r.active && r.podId != podId && q->az == p->az && q->group == p->group)
                return r.podId;
        }
        return {};
    }

    // Our store's rule where upstream is bound twice: the other row ends.
    void projectOntoStore(const std::string &tenant, const std::string &endedPod)
    {
        for (ModelRow &r : rows)
            if (r.tenant == tenant && r.podId == endedPod)
                r.active = false;
    }

    std::set<std::pair<std::string, std::string>> active() const
    {
        std::set<std::pair<std::string, std::string>> out;
        for (const ModelRow &r : rows)
            if (r.active)
                out.insert({r.tenant, r.podId});
        return out;
    }
};

struct Layout {
    UpstreamModel model;
    std::vector<std::string> azs;
    std::vector<std::string> tenants;
};

std::string hexId(std::mt19937 &rng)
{
    static const char kHex[] = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < 12; ++i)
        s += kHex[rng() % 16];
    return s;
}

// Pods get random pod_ids, names and creation times, so table order, pod_id
// order, name order and creation order all differ.
Layout randomLayout(std::mt19937 &rng)
{
    Layout l;
    const int azCount = 1 + int(rng() % 3);
    for (int a = 0; a < azCount; ++a)
        l.azs.push_back("az" + std::to_string(a + 1));
    const int podCount = 2 + int(rng() % 6);
    const int topAt = rng() % 3 == 0 ? -1 : int(rng() % unsigned(podCount + 1));
    std::set<std::string> names;
    for (int i = 0; i <= podCount; ++i) {
        ModelPod p;
        p.id = hexId(rng);
        do
            p.name = std::string("Pod-") + char('A' + rng() % 26) + char('a' + rng() % 26);
        while (!names.insert(p.name).second);
        if (i != topAt) {
            p.az = l.azs[rng() % l.azs.size()];
            p.group = rng() % 4 == 0 ? "resource:gpu" : "";
        }
        if (i == podCount && topAt == -1)
            continue;
        l.model.pods.push_back(p);
    }
    for (int t = 0; t < 4; ++t)
        l.tenants.push_back("t" + std::to_string(t));
    return l;
}

// A valid starting state: some history rows and at most one active binding
// per tenant and (AZ, group).
void randomBindings(Layout &l, std::mt19937 &rng)
{
    for (const std::string &t : l.tenants) {
        std::set<std::pair<std::string, std::string>> buckets;
        for (const ModelPod &p : l.model.pods) {
            if (p.az.empty() || rng() % 4 != 0)
                continue;
            const bool active = rng() % 2 == 0 && buckets.insert({p.az, p.group}).second;
            l.model.rows.push_back({t, p.id, active});
        }
    }
}

CloudState toCloud(const Layout &l, std::mt19937 &rng)
{
    CloudState c;
    for (const ModelPod &p : l.model.pods) {
        Pod pod;
        pod.id = p.id;
        pod.name = p.name;
        pod.azName = p.az;
        pod.tags = *parseGroup(p.group);
        pod.createdAtUs = std::int64_t(rng() % 1000000);
        pod.capacity = {100, 1000, 1000};
        c.pods.push_back(pod);
    }
    int n = 0;
    for (const ModelRow &r : l.model.rows) {
        Binding b;
        b.id = "b" + std::to_string(n++);
        b.tenantId = r.tenant;
        b.podId = r.podId;
        b.active = r.active;
        c.bindings.push_back(b);
    }
    return c;
}

struct Tally {
    std::map<ModelOutcome, int> outcomes;
    int steps = 0;
    int boundTwice = 0;
    int emptyAz = 0;
    int unknownAz = 0;
    int currentNotOldest = 0; // current by pod_id differs from the oldest active row
};

QString modelName(ModelOutcome o)
{
    switch (o) {
    case ModelOutcome::Keep: return QStringLiteral("keep");
    case ModelOutcome::Bind: return QStringLiteral("bind");
    case ModelOutcome::Rebind: return QStringLiteral("rebind");
    case ModelOutcome::NoCandidates: return QStringLiteral("no_candidates");
    case ModelOutcome::OnlyCandidate: return QStringLiteral("only_candidate");
    case ModelOutcome::UniqueKey: return QStringLiteral("history_conflict");
    }
    return {};
}

QString engineName(const Decision &d)
{
    return d.outcome == Outcome::Fail ? QString::fromLatin1(failCodeKey(d.failure.code))
                                      : QString::fromLatin1(outcomeKey(d.outcome));
}

std::set<std::pair<std::string, std::string>> engineActive(const Engine &e)
{
    std::set<std::pair<std::string, std::string>> out;
    for (const ActiveBindingView &b : e.activeBindings())
        out.insert({std::string(b.tenantId), std::string(b.podId)});
    return out;
}

// The oldest active row in scope, to count steps where pod_id order decides.
std::optional<std::string> oldestInScope(const UpstreamModel &m, const std::string &tenant, const std::string &az)
{
    for (const ModelRow &r : m.rows) {
        const ModelPod *p = m.pod(r.podId);
        if (r.tenant == tenant && r.active && !p->az.empty() && (az.empty() || p->az == az))
            return r.podId;
    }
    return std::nullopt;
}

} // namespace

class TestTrio2oOracle : public QObject
{
    Q_OBJECT

private slots:
    void randomSessionsAgreeWithUpstreamModel();
};

void TestTrio2oOracle::randomSessionsAgreeWithUpstreamModel()
{
    SchedulerConfig cfg;
    cfg.policy = Policy::Trio2o;
    Tally tally;
    for (unsigned seed = 1; seed <= 300; ++seed) {
        std::mt19937 rng(seed);
        Layout l = randomLayout(rng);
        randomBindings(l, rng);
        Engine e(toCloud(l, rng), cfg);
        UpstreamModel &m = l.model;
        for (int step = 0; step < 60; ++step) {
            const std::string tenant = l.tenants[rng() % l.tenants.size()];
            const unsigned pick = rng() % 10;
            const std::string az = pick < 4 ? std::string() : pick == 9 ? std::string("az-unknown")
                                                                         : l.azs[rng() % l.azs.size()];
            const bool grouped = rng() % 2 == 0;
            const std::string group = !grouped ? std::string() : rng() % 2 ? "resource:gpu" : "resource:cad";
            const QString where = QStringLiteral("seed %1 step %2: %3 asks for '%4' %5")
                                      .arg(seed).arg(step).arg(QString::fromStdString(tenant), QString::fromStdString(az),
                                                               QString::fromStdString(group));
            const auto cur = m.current(tenant, az);
            if (cur && cur != oldestInScope(m, tenant, az))
                ++tally.currentNotOldest;
            tally.emptyAz += az.empty();
            tally.unknownAz += az == "az-unknown";

            const ModelDecision want = m.schedule(tenant, az, grouped);
            const Decision got = e.select(e.resolve(tenant, az, group).request);
            ++tally.steps;
            ++tally.outcomes[want.outcome];

            QVERIFY2(engineName(got) == modelName(want.outcome),
                     qPrintable(where + QStringLiteral(": engine %1, upstream %2").arg(engineName(got), modelName(want.outcome))));
            if (want.outcome != ModelOutcome::NoCandidates)
                QVERIFY2(got.podId == want.pod, qPrintable(where + QStringLiteral(": pod ") + QString::fromStdString(want.pod)));
            if (want.outcome == ModelOutcome::Rebind)
                QVERIFY2(got.previousPodId == want.previous, qPrintable(where + QStringLiteral(": previous pod")));
            QVERIFY2(std::string(got.upstreamAlsoBoundId) == want.boundTwice,
                     qPrintable(where + QStringLiteral(": bound twice on '%1', engine flagged '%2'")
                                           .arg(QString::fromStdString(want.boundTwice),
                                                QString::fromLatin1(got.upstreamAlsoBoundId.data(),
                                                                    qsizetype(got.upstreamAlsoBoundId.size())))));
            if (!want.boundTwice.empty()) {
                ++tally.boundTwice;
                m.projectOntoStore(tenant, want.boundTwice);
            }
            QVERIFY2(engineActive(e) == m.active(), qPrintable(where + QStringLiteral(": active bindings differ")));
            e.takeChanges();
        }
        // Every row upstream holds is history the engine knows (and no more).
        for (const ModelPod &p : m.pods)
            for (const std::string &t : l.tenants)
                if (!p.az.empty()) {
                    const auto engineTenant = e.findTenant(t);
                    QCOMPARE(engineTenant && e.usedBefore(*engineTenant, *e.findPod(p.id)), m.rowExists(t, p.id));
                }
    }
    qInfo("%d steps: keep %d, bind %d, rebind %d, no candidates %d, only candidate %d, unique key %d; "
          "bound twice %d; empty AZ %d, unknown AZ %d; current by pod_id not the oldest %d",
          tally.steps, tally.outcomes[ModelOutcome::Keep], tally.outcomes[ModelOutcome::Bind],
          tally.outcomes[ModelOutcome::Rebind], tally.outcomes[ModelOutcome::NoCandidates],
          tally.outcomes[ModelOutcome::OnlyCandidate], tally.outcomes[ModelOutcome::UniqueKey], tally.boundTwice,
          tally.emptyAz, tally.unknownAz, tally.currentNotOldest);
    // The sessions must have walked every path, or the agreement says little.
    QVERIFY(tally.steps >= 10000);
    for (const ModelOutcome o : {ModelOutcome::Keep, ModelOutcome::Bind, ModelOutcome::Rebind, ModelOutcome::NoCandidates,
                                 ModelOutcome::OnlyCandidate, ModelOutcome::UniqueKey})
        QVERIFY2(tally.outcomes[o] >= 50, qPrintable(modelName(o)));
    QVERIFY(tally.boundTwice >= 20);
    QVERIFY(tally.currentNotOldest >= 50);
}

QTEST_GUILESS_MAIN(TestTrio2oOracle)
#include "tst_trio2ooracle.moc"
