// The live preview's incremental generation: after any edit it gives exactly what a full
// generation gives, and it generates again only the namespaces the edit reaches.

#include "randomdesigns.h"

#include "model/generate/generator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

void expectSame(const GenerateResult &incremental, const GenerateResult &full,
                const std::string &context)
{
    ASSERT_EQ(incremental.policies.size(), full.policies.size()) << context;
    for (std::size_t i = 0; i < full.policies.size(); ++i) {
        const GeneratedPolicy &a = incremental.policies[i];
        const GeneratedPolicy &b = full.policies[i];
        EXPECT_TRUE(a.policy == b.policy)
            << context << ": policy " << i << ' ' << b.policy.metadata.ns << '/'
            << b.policy.metadata.name << " (incremental: " << a.policy.metadata.ns << '/'
            << a.policy.metadata.name << ')';
        EXPECT_EQ(a.origin, b.origin) << context << ": policy " << i;
        EXPECT_EQ(a.flows, b.flows) << context << ": flows of policy " << i;
    }
    EXPECT_TRUE(incremental.clusterPolicies == full.clusterPolicies) << context;
    ASSERT_EQ(incremental.diagnostics.size(), full.diagnostics.size()) << context;
    for (std::size_t i = 0; i < full.diagnostics.size(); ++i)
        EXPECT_EQ(incremental.diagnostics[i].format(), full.diagnostics[i].format()) << context;
}

// One random edit of the kinds the window makes, including ones that move flow indexes and
// ones that make flows name missing elements.
std::string edit(Design &d, std::mt19937 &random)
{
    auto pick = [&](std::size_t n) { return std::size_t(random() % std::max<std::size_t>(n, 1)); };
    switch (random() % 13) {
    case 0:
        if (!d.workloads.empty()) {
            Workload &w = d.workloads[pick(d.workloads.size())];
            w.labels["edit"] = std::to_string(random() % 3);
            return "label of " + w.ns + '/' + w.name;
        }
        break;
    case 1:
        if (!d.flows.empty()) {
            d.flows.erase(d.flows.begin() + std::ptrdiff_t(pick(d.flows.size())));
            return "flow removed";
        }
        break;
    case 2:
        if (!d.flows.empty()) {
            const Flow copy = d.flows[pick(d.flows.size())];
            d.flows.insert(d.flows.begin() + std::ptrdiff_t(pick(d.flows.size())), copy);
            return "flow inserted";
        }
        break;
    case 3:
        if (!d.flows.empty()) {
            Flow &f = d.flows[pick(d.flows.size())];
            f.ports.push_back(FlowPort::number(1000 + int(random() % 50), Protocol::TCP));
            return "port added";
        }
        break;
    case 4:
        if (!d.namespaces.empty()) {
            Namespace &ns = d.namespaces[pick(d.namespaces.size())];
            if (random() % 2)
                ns.managed = !ns.managed;
            else
                ns.defaultDeny.egress = !ns.defaultDeny.egress;
            ns.geometry.x += 10;
            return "namespace " + ns.name;
        }
        break;
    case 5:
        d.options.dns.enabled = !d.options.dns.enabled;
        return "dns";
    case 6:
        if (!d.externals.empty()) {
            External &e = d.externals[pick(d.externals.size())];
            e.cidr = random() % 2 ? "192.0.2.0/24" : "198.51.100.0/24";
            e.except.clear();
            return "external " + e.name;
        }
        break;
    case 7:
        if (!d.workloads.empty()) {
            d.workloads.erase(d.workloads.begin() + std::ptrdiff_t(pick(d.workloads.size())));
            return "workload removed (its flows now name nothing)";
        }
        break;
    case 8:
        if (!d.workloads.empty()) {
            d.workloads[pick(d.workloads.size())].position.x += 40;
            return "card moved";
        }
        break;
    case 9:
        d.options.baselineDefaultDeny = !d.options.baselineDefaultDeny;
        return "baselineDefaultDeny";
    case 10:
        if (!d.guardrails.empty() && random() % 2) {
            d.guardrails.erase(d.guardrails.begin() + std::ptrdiff_t(pick(d.guardrails.size())));
            return "guardrail removed";
        } else {
            Guardrail g;
            g.name = "g" + std::to_string(random() % 1000);
            g.tier = random() % 2 ? ClusterTier::Admin : ClusterTier::Baseline;
            g.priority = int(random() % 3);
            GuardrailRule rule;
            rule.action = random() % 2 ? ClusterAction::Deny : ClusterAction::Accept;
            rule.peers.push_back({});
            (random() % 2 ? g.ingress : g.egress).push_back(rule);
            d.guardrails.push_back(std::move(g));
            return "guardrail added";
        }
    case 11:
        d.options.clusterPolicyApi = ClusterPolicyApi(random() % 3);
        return "clusterPolicyApi";
    default:
        d.options.granularity = d.options.granularity == Granularity::PerFlow
                                    ? Granularity::PerWorkload
                                    : Granularity::PerFlow;
        return "granularity";
    }
    return "nothing";
}

} // namespace

TEST(IncrementalGenerate, EqualsAFullGenerationAfterRandomEdits)
{
    RandomDesigns designs(77);
    std::mt19937 random(5);
    int reused = 0;
    for (int round = 0; round < 40; ++round) {
        Design d = designs.next();
        IncrementalGenerator generator;
        expectSame(generator.update(d), generatePolicies(d), "round " + std::to_string(round));
        for (int step = 0; step < 25; ++step) {
            const std::string what = edit(d, random);
            const std::size_t managed = std::size_t(std::count_if(
                d.namespaces.begin(), d.namespaces.end(),
                [](const Namespace &ns) { return ns.managed; }));
            expectSame(generator.update(d), generatePolicies(d),
                       "round " + std::to_string(round) + " step " + std::to_string(step) + ": "
                           + what);
            reused += int(managed - std::min(managed, generator.regenerated().size()));
            if (HasFailure())
                return;
        }
    }
    EXPECT_GT(reused, 500) << "namespaces taken over unchanged";
}

TEST(IncrementalGenerate, OneEditRegeneratesOnlyTheNamespacesItReaches)
{
    Design d;
    for (const char *name : {"a", "b", "c"}) {
        Namespace ns;
        ns.name = name;
        d.namespaces.push_back(ns);
        Workload w;
        w.name = "w";
        w.ns = name;
        w.labels = {{"app", name}};
        d.workloads.push_back(w);
    }
    Flow ab;
    ab.from = Endpoint::workload("a", "w");
    ab.to = Endpoint::workload("b", "w");
    d.flows.push_back(ab);
    IncrementalGenerator generator;
    generator.update(d);
    EXPECT_EQ(generator.regenerated(), (std::vector<std::string>{"a", "b", "c"}));
    generator.update(d);
    EXPECT_TRUE(generator.regenerated().empty());
    d.workloads[1].labels["tier"] = "x"; // b/w: its own policy and a's egress name it
    generator.update(d);
    EXPECT_EQ(generator.regenerated(), (std::vector<std::string>{"a", "b"}));
    d.workloads[2].position.x += 100; // c/w moved: no policy changes
    d.namespaces[2].geometry.width += 100;
    generator.update(d);
    EXPECT_TRUE(generator.regenerated().empty());
    d.flows.insert(d.flows.begin(), ab); // indexes move, a and b gain a side
    generator.update(d);
    EXPECT_EQ(generator.regenerated(), (std::vector<std::string>{"a", "b"}));
    d.flows.erase(d.flows.begin()); // back: the flow of index 1 moves to 0
    const GenerateResult &result = generator.update(d);
    EXPECT_EQ(generator.regenerated(), (std::vector<std::string>{"a", "b"}));
    for (const GeneratedPolicy &p : result.policies) {
        for (int flow : p.flows)
            EXPECT_EQ(flow, 0);
    }
    Flow cc;
    cc.from = Endpoint::workload("c", "w");
    cc.to = Endpoint::namespaceAll("c");
    d.flows.insert(d.flows.begin(), cc); // a and b keep their inputs, their flow is now 1
    const GenerateResult &shifted = generator.update(d);
    EXPECT_EQ(generator.regenerated(), (std::vector<std::string>{"c"}));
    for (const GeneratedPolicy &p : shifted.policies) {
        if (p.policy.metadata.ns != "c" && !p.flows.empty()) {
            EXPECT_EQ(p.flows, (std::vector<int>{1})) << p.policy.metadata.name;
        }
    }
    expectSame(shifted, generatePolicies(d), "after the shift");
}
