// Connection lists (the default of `netpol analyze`): the class-based computation gives
// exactly the pair-by-pair evaluator's verdicts, on random clusters and on the conformance
// scenarios, and the address sets are ones no ipBlock splits.

#include "randompolicies.h"
#include "support/scenario.h"
#include "support/testsupport.h"

#include "model/analysis/addressset.h"
#include "model/analysis/connectionlist.h"
#include "model/analysis/reachabilitydiff.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

// Every ordered pair (a peer and itself, and address to address, left out) on every port that
// can tell the policies apart: the listed ports are exactly the evaluator's allowed ones.
void expectSameAsEvaluator(const PolicyEvaluator &evaluator, const std::vector<NetworkPeer> &peers,
                           const std::vector<PeerConnection> &connections, long *allowedCells,
                           long *cells, const std::string &context)
{
    std::map<std::pair<std::size_t, std::size_t>, const PortSet *> listed;
    for (const PeerConnection &c : connections) {
        ASSERT_FALSE(c.ports().empty()) << context;
        ASSERT_NE(c.from, c.to) << context;
        ASSERT_TRUE(listed.emplace(std::make_pair(c.from, c.to), &c.ports()).second) << context;
    }
    const std::vector<TrafficPort> ports = distinguishingPorts({evaluator.policies()}, peers);
    for (std::size_t i = 0; i < peers.size(); ++i) {
        for (std::size_t j = 0; j < peers.size(); ++j) {
            if (i == j || (!peers[i].isPod && !peers[j].isPod))
                continue;
            const auto found = listed.find({i, j});
            for (const TrafficPort &port : ports) {
                const bool expected
                    = evaluator.allowed(peers[i], peers[j], port.port, port.protocol);
                const bool actual
                    = found != listed.end() && found->second->contains(port.port, port.protocol);
                ASSERT_EQ(actual, expected)
                    << context << ": " << i << " -> " << j << " on " << port.toString();
                ++*cells;
                *allowedCells += expected;
            }
        }
    }
}

IpAddress lastAddress(const AddressSet &set)
{
    return set.ranges.back().second;
}

} // namespace

TEST(ConnectionList, SameAsPairByPairOnRandomClusters)
{
    RandomClusters clusters(777);
    long cells = 0;
    long allowed = 0;
    for (int round = 0; round < 300; ++round) {
        RandomCluster c = clusters.next();
        const PolicyEvaluator evaluator(c.policies);
        // The address sets join the peers, by their first and their last address.
        for (const AddressSet &set : partitionAddresses({&c.policies})) {
            c.peers.push_back(NetworkPeer::address(set.representative()));
            c.peers.push_back(NetworkPeer::address(lastAddress(set)));
        }
        const auto connections = computeConnections(evaluator, c.peers);
        expectSameAsEvaluator(evaluator, c.peers, connections, &allowed, &cells,
                              "round " + std::to_string(round));
        if (HasFatalFailure())
            return;
    }
    EXPECT_GT(allowed, cells / 10);
    EXPECT_LT(allowed, cells - cells / 10);
}

TEST(ConnectionList, NoIpBlockSplitsAnAddressSet)
{
    RandomClusters clusters(99);
    int sets = 0;
    for (int round = 0; round < 200; ++round) {
        const RandomCluster c = clusters.next();
        const PolicyEvaluator evaluator(c.policies);
        const auto partition = partitionAddresses({&c.policies});
        ASSERT_GE(partition.size(), 2u) << "at least one set per family";
        sets += int(partition.size());
        std::vector<NetworkPeer> pods;
        for (const NetworkPeer &p : c.peers) {
            if (p.isPod)
                pods.push_back(p);
        }
        for (const AddressSet &set : partition) {
            for (const auto &[first, last] : set.ranges) {
                ASSERT_EQ(first.v6, set.v6);
                for (const IpAddress &ip : {first, last}) {
                    const NetworkPeer address = NetworkPeer::address(ip);
                    const NetworkPeer rep = NetworkPeer::address(set.representative());
                    for (const NetworkPeer &pod : pods) {
                        for (int port : {53, 80, 81, 443}) {
                            ASSERT_EQ(evaluator.allowed(pod, address, port, Protocol::TCP),
                                      evaluator.allowed(pod, rep, port, Protocol::TCP))
                                << set.toString() << ' ' << ip.toString();
                            ASSERT_EQ(evaluator.allowed(address, pod, port, Protocol::UDP),
                                      evaluator.allowed(rep, pod, port, Protocol::UDP))
                                << set.toString() << ' ' << ip.toString();
                        }
                    }
                }
            }
        }
    }
    EXPECT_GT(sets, 400) << "the random ipBlocks split the address space";
}

TEST(ConnectionList, AddressSetText)
{
    const std::vector<NetworkPolicy> none;
    const auto whole = partitionAddresses({&none});
    ASSERT_EQ(whole.size(), 2u);
    EXPECT_EQ(whole[0].toString(), "0.0.0.0/0");
    EXPECT_EQ(whole[1].toString(), "::/0");

    NetworkPolicy p;
    p.metadata = {"p", "x", {}, {}, {}};
    NetworkPolicyRule rule;
    NetworkPolicyPeer peer;
    peer.ipBlock = IPBlock{"10.0.0.0/8", {"10.1.0.0/16"}};
    rule.peers.push_back(peer);
    peer.ipBlock = IPBlock{"2001:db8::/32", {}};
    rule.peers.push_back(peer);
    p.spec.egress.push_back(rule);
    const std::vector<NetworkPolicy> policies{p};
    std::vector<std::string> texts;
    for (const AddressSet &set : partitionAddresses({&policies}))
        texts.push_back(set.toString());
    EXPECT_EQ(texts, (std::vector<std::string>{
                         "0.0.0.0-9.255.255.255,10.1.0.0-10.1.255.255,11.0.0.0-255.255.255.255",
                         "10.0.0.0-10.0.255.255,10.2.0.0-10.255.255.255",
                         "::-2001:db7:ffff:ffff:ffff:ffff:ffff:ffff,2001:db9::-ffff:ffff:ffff:ffff:"
                         "ffff:ffff:ffff:ffff",
                         "2001:db8::/32"}));
}

TEST(ConnectionList, PortsText)
{
    PortSet ports = PortSet::range(Protocol::TCP, 5432, 5432);
    ports.unite(PortSet::range(Protocol::TCP, 9000, 9010))
        .unite(PortSet::range(Protocol::UDP, 53, 53));
    EXPECT_EQ(connectionPortsText(ports), "TCP 5432,9000-9010; UDP 53");
    EXPECT_EQ(connectionPortsText(PortSet::all()), "All Connections");
    EXPECT_EQ(connectionPortsText(PortSet::protocol(Protocol::SCTP)), "SCTP 1-65535");
    EXPECT_EQ(protocolPortsText(ports, Protocol::SCTP), "");
}

class ConnectionListConformance : public ::testing::TestWithParam<std::string>
{
};

TEST_P(ConnectionListConformance, AgreesWithTheProbesAndTheEvaluator)
{
    const Scenario scenario = loadScenario(GetParam());
    const Cluster cluster
        = buildCluster(readManifests(scenario.manifests, scenario.name + ".yaml"));
    const PolicyEvaluator evaluator(cluster.policies);
    const ConnectionList list(cluster, evaluator, partitionAddresses({&cluster.policies}));
    std::map<std::pair<std::string, std::string>, PortSet> byName;
    std::vector<NetworkPeer> peers;
    for (const ConnectionEndpoint &e : list.endpoints())
        peers.push_back(e.peer);
    for (const PeerConnection &c : list.connections())
        byName[{list.endpoints()[c.from].name, list.endpoints()[c.to].name}] = c.ports();
    for (const ScenarioProbe &probe : scenario.probes) {
        const auto found = byName.find({probe.from, probe.to});
        const bool listed = found != byName.end()
                            && found->second.contains(probe.port, *parseProtocol(probe.protocol));
        EXPECT_EQ(listed, probe.allowed) << scenario.name << ": " << probe.from << " -> "
                                         << probe.to << ' ' << probe.port << '/' << probe.protocol;
    }
    long cells = 0;
    long allowed = 0;
    expectSameAsEvaluator(evaluator, peers, list.connections(), &allowed, &cells, scenario.name);
    EXPECT_GT(cells, 0);
}

INSTANTIATE_TEST_SUITE_P(Scenarios, ConnectionListConformance,
                         ::testing::ValuesIn(listFiles(sharedPath("conformance/scenarios"),
                                                       ".yaml")),
                         [](const ::testing::TestParamInfo<std::string> &info) {
                             std::string name = std::filesystem::path(info.param).stem().string();
                             for (char &ch : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(ch)))
                                     ch = '_';
                             }
                             return "s" + name;
                         });
