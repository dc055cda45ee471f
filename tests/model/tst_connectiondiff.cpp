// netpol diff's model: the changes between two connection lists are exactly the pairs on which
// the pair-by-pair evaluator gives other verdicts, on random clusters whose policies and
// workloads change between the two sides.

#include "randompolicies.h"

#include "model/analysis/changecauses.h"
#include "model/analysis/connectiondiff.h"
#include "model/analysis/reachabilitydiff.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

// The random cluster's pods as workloads (named p<i>), with its namespaces, but `policies` and
// without the pod `skippedPod`.
Cluster clusterOf(const RandomCluster &random, const std::vector<NetworkPolicy> &policies,
                  std::size_t skippedPod)
{
    Cluster cluster = clusterOfRandom(random);
    const std::string skipped = "p" + std::to_string(skippedPod);
    std::erase_if(cluster.workloads,
                  [&](const ManifestWorkload &w) { return w.name == skipped; });
    cluster.policies = policies;
    cluster.policySources.resize(policies.size());
    return cluster;
}

} // namespace

TEST(ConnectionDiff, ChangesAreWhereTheEvaluatorsDisagree)
{
    RandomClusters clusters(2024);
    int counts[3] = {0, 0, 0};
    int oneSided = 0;
    for (int round = 0; round < 150; ++round) {
        const RandomCluster c = clusters.next();
        const RandomCluster other = clusters.next();
        std::vector<NetworkPolicy> changed = c.policies;
        if (!changed.empty())
            changed.erase(changed.begin() + round % std::ptrdiff_t(changed.size()));
        for (NetworkPolicy p : other.policies) {
            if (p.metadata.ns < "n" + std::to_string(c.namespaceLabels.size())) {
                p.metadata.name += "-new";
                changed.push_back(p);
                break;
            }
        }
        const std::size_t pods = c.peers.size() - 4; // the random addresses come last
        const Cluster before = clusterOf(c, c.policies, round % 3 == 0 ? 0 : SIZE_MAX);
        const Cluster after = clusterOf(c, changed, round % 3 == 1 ? pods - 1 : SIZE_MAX);
        const auto addresses = partitionAddresses({&before.policies, &after.policies});
        const PolicyEvaluator oldEval(before.policies);
        const PolicyEvaluator newEval(after.policies);
        const ConnectionList oldList(before, oldEval, addresses);
        const ConnectionList newList(after, newEval, addresses);
        std::map<std::pair<std::string, std::string>, ConnectionChange::Kind> reported;
        for (const ConnectionChange &change : diffConnections(oldList, newList)) {
            ASSERT_TRUE(
                reported.emplace(std::make_pair(change.from.key(), change.to.key()), change.kind)
                    .second);
            oneSided += change.fromNew || change.fromGone || change.toNew || change.toGone;
            // Whatever changed a pair is singled out: a rule, an isolation or an endpoint.
            auto find = [](const ConnectionList &list, const ConnectionEndpoint &wanted) {
                const ConnectionEndpoint *found = nullptr;
                for (const ConnectionEndpoint &e : list.endpoints())
                    found = e.key() == wanted.key() ? &e : found;
                return found;
            };
            const std::vector<std::string> causes = explainChangeCauses(
                {&before, &oldEval, find(oldList, change.from), find(oldList, change.to)},
                {&after, &newEval, find(newList, change.from), find(newList, change.to)});
            EXPECT_FALSE(causes.empty()) << "round " << round << ' ' << change.from.key()
                                         << " -> " << change.to.key();
            const bool oneSidedChange
                = change.fromNew || change.fromGone || change.toNew || change.toGone;
            EXPECT_EQ(std::any_of(causes.begin(), causes.end(),
                                  [](const std::string &line) {
                                      return line.find(" is only in ") != std::string::npos;
                                  }),
                      oneSidedChange)
                << "round " << round;
        }

        // Every endpoint of either side, by key, with its peer on each side.
        std::map<std::string, std::pair<const NetworkPeer *, const NetworkPeer *>> endpoints;
        for (const ConnectionEndpoint &e : oldList.endpoints())
            endpoints[e.key()].first = &e.peer;
        for (const ConnectionEndpoint &e : newList.endpoints())
            endpoints[e.key()].second = &e.peer;
        std::vector<NetworkPeer> peers = c.peers;
        const auto ports = distinguishingPorts({before.policies, after.policies}, peers);
        for (const auto &[fromKey, from] : endpoints) {
            for (const auto &[toKey, to] : endpoints) {
                const NetworkPeer *any = from.first ? from.first : from.second;
                const NetworkPeer *anyTo = to.first ? to.first : to.second;
                if (fromKey == toKey || (!any->isPod && !anyTo->isPod))
                    continue;
                bool anyOld = false, anyNew = false, differ = false;
                for (const TrafficPort &port : ports) {
                    const bool o
                        = from.first && to.first
                          && oldEval.allowed(*from.first, *to.first, port.port, port.protocol);
                    const bool n
                        = from.second && to.second
                          && newEval.allowed(*from.second, *to.second, port.port, port.protocol);
                    anyOld = anyOld || o;
                    anyNew = anyNew || n;
                    differ = differ || o != n;
                }
                const auto found = reported.find({fromKey, toKey});
                if (!differ) {
                    EXPECT_EQ(found, reported.end())
                        << "round " << round << ' ' << fromKey << " -> " << toKey;
                    continue;
                }
                ASSERT_NE(found, reported.end())
                    << "round " << round << ' ' << fromKey << " -> " << toKey;
                const auto expected = !anyOld   ? ConnectionChange::Kind::Added
                                      : !anyNew ? ConnectionChange::Kind::Removed
                                                : ConnectionChange::Kind::Changed;
                EXPECT_EQ(found->second, expected)
                    << "round " << round << ' ' << fromKey << " -> " << toKey;
                ++counts[std::size_t(expected)];
                reported.erase(found);
            }
        }
        EXPECT_TRUE(reported.empty()) << "round " << round << ": changes no verdict shows, first "
                                      << (reported.empty() ? "" : reported.begin()->first.first);
    }
    EXPECT_GT(counts[0], 20);
    EXPECT_GT(counts[1], 20);
    EXPECT_GT(counts[2], 20);
    EXPECT_GT(oneSided, 20);
}

TEST(ConnectionDiff, TextAndJsonForms)
{
    ConnectionChange added;
    added.kind = ConnectionChange::Kind::Added;
    added.from = {"shop/web", "Deployment", "shop", "web", 0, {}};
    added.to = {"shop/cache", "Deployment", "shop", "cache", 1, {}};
    added.toNew = true;
    added.after = PortSet::range(Protocol::TCP, 6379, 6379);
    ConnectionChange changed = added;
    changed.kind = ConnectionChange::Kind::Changed;
    changed.toNew = false;
    changed.before = PortSet::all();
    std::ostringstream text;
    writeConnectionChanges(text, {added, changed}, AnalysisFormat::Text);
    EXPECT_EQ(
        text.str(),
        "added shop/web[Deployment] => shop/cache[Deployment] (new) : No Connections -> TCP 6379\n"
        "changed shop/web[Deployment] => shop/cache[Deployment] : All Connections -> TCP 6379\n"
        "\n1 added, 0 removed, 1 changed\n");
    std::ostringstream json;
    writeConnectionChanges(json, {added}, AnalysisFormat::Json);
    EXPECT_EQ(json.str(),
              "{\"changes\": [\n  {\"from\": \"shop/web\", \"fromKind\": \"Deployment\", \"to\": "
              "\"shop/cache\", \"toKind\": \"Deployment\", \"toStatus\": \"new\", \"change\": "
              "\"added\", \"before\": null, \"after\": {\"from\": \"shop/web\", \"fromKind\": "
              "\"Deployment\", \"to\": \"shop/cache\", \"toKind\": \"Deployment\", \"all\": false, "
              "\"ports\": {\"TCP\": \"6379\"}}}\n]}\n");
    std::ostringstream none;
    writeConnectionChanges(none, {}, AnalysisFormat::Json);
    EXPECT_EQ(none.str(), "{\"changes\": []}\n");
}

TEST(ConnectionDiff, CausesNameIsolationThatCameOrWent)
{
    Cluster open;
    open.namespaces.push_back({"shop", {{"kubernetes.io/metadata.name", "shop"}}, false, {}});
    for (const char *name : {"web", "db"}) {
        ManifestWorkload w;
        w.ns = "shop";
        w.name = name;
        w.labels = {{"app", name}};
        open.workloads.push_back(w);
    }
    Cluster isolated = open;
    NetworkPolicy deny;
    deny.metadata.name = "db-in";
    deny.metadata.ns = "shop";
    deny.spec.podSelector = LabelSelector::fromLabels({{"app", "db"}});
    deny.spec.policyTypes = {"Ingress"};
    isolated.policies = {deny};
    isolated.policySources.resize(1);
    const auto addresses = partitionAddresses({&open.policies, &isolated.policies});
    const PolicyEvaluator openEval(open.policies);
    const PolicyEvaluator isolatedEval(isolated.policies);
    const ConnectionList openList(open, openEval, addresses);
    const ConnectionList isolatedList(isolated, isolatedEval, addresses);
    auto causesOf = [&](bool closing) {
        const ConnectionList &oldList = closing ? openList : isolatedList;
        const ConnectionList &newList = closing ? isolatedList : openList;
        for (const ConnectionChange &c : diffConnections(oldList, newList)) {
            if (c.from.key() != "shop/Pod/web" || c.to.key() != "shop/Pod/db")
                continue;
            auto find = [](const ConnectionList &list, const std::string &key) {
                const ConnectionEndpoint *found = nullptr;
                for (const ConnectionEndpoint &e : list.endpoints())
                    found = e.key() == key ? &e : found;
                return found;
            };
            const ChangeSide oldSide{closing ? &open : &isolated,
                                     closing ? &openEval : &isolatedEval,
                                     find(oldList, c.from.key()), find(oldList, c.to.key())};
            const ChangeSide newSide{closing ? &isolated : &open,
                                     closing ? &isolatedEval : &openEval,
                                     find(newList, c.from.key()), find(newList, c.to.key())};
            return explainChangeCauses(oldSide, newSide);
        }
        ADD_FAILURE() << "web -> db did not change";
        return std::vector<std::string>{};
    };
    const std::vector<std::string> closing = causesOf(true);
    ASSERT_EQ(closing.size(), 1u);
    EXPECT_EQ(closing[0], "because: ingress of shop/db: isolated now by shop/db-in");
    const std::vector<std::string> opening = causesOf(false);
    ASSERT_EQ(opening.size(), 1u);
    EXPECT_EQ(opening[0], "because: ingress of shop/db: open now: no NetworkPolicy in namespace "
                          "shop selects it for ingress (before: isolated by shop/db-in)");
}
