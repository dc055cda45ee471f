// The class-based matrix gives exactly the evaluator's pair-by-pair verdicts.

#include "randompolicies.h"

#include "model/analysis/reachability.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

TEST(Reachability, SameVerdictsAsPairByPair)
{
    const std::vector<TrafficPort> ports = {{80, Protocol::TCP},   {81, Protocol::TCP},  {53, Protocol::UDP},
                                            {53, Protocol::TCP},   {8080, Protocol::TCP}, {81, Protocol::SCTP},
                                            {443, Protocol::TCP},  {65, Protocol::UDP}};
    RandomClusters clusters(424242);
    long cells = 0;
    long allowedCells = 0;
    long grouped = 0;
    for (int round = 0; round < 400; ++round) {
        const RandomCluster c = clusters.next();
        const PolicyEvaluator evaluator(c.policies);
        const ReachabilityMatrix matrix(evaluator, c.peers, ports);
        ASSERT_EQ(matrix.peerCount(), c.peers.size());
        grouped += long(c.peers.size() - matrix.classCount());
        for (std::size_t i = 0; i < c.peers.size(); ++i) {
            for (std::size_t j = 0; j < c.peers.size(); ++j) {
                for (std::size_t p = 0; p < ports.size(); ++p) {
                    const bool expected = evaluator.allowed(c.peers[i], c.peers[j], ports[p].port, ports[p].protocol);
                    ASSERT_EQ(matrix.allowed(i, j, p), expected)
                        << "round " << round << " peers " << i << " -> " << j << " on " << ports[p].toString();
                    ++cells;
                    allowedCells += expected;
                }
            }
        }
    }
    // The random cases must exercise both verdicts and actually group peers.
    EXPECT_GT(allowedCells, cells / 10);
    EXPECT_LT(allowedCells, cells - cells / 10);
    EXPECT_GT(grouped, 100);
}

TEST(Reachability, PeersNoSelectorTellsApartShareAClass)
{
    Labels x{{kNamespaceNameLabel, "x"}};
    const std::vector<NetworkPeer> peers = {
        NetworkPeer::pod("x", {{"app", "a"}, {"pod-template-hash", "1"}}, x),
        NetworkPeer::pod("x", {{"app", "a"}, {"pod-template-hash", "2"}}, x),
        NetworkPeer::pod("x", {{"app", "b"}}, x),
        NetworkPeer::pod("y", {{"app", "a"}}, {}),
    };
    NetworkPolicy p;
    p.metadata = {"p", "x", {}, {}, {}};
    p.spec.podSelector = LabelSelector::fromLabels({{"app", "a"}});
    const PolicyEvaluator e({p});
    const ReachabilityMatrix m(e, peers, {{80, Protocol::TCP}});
    EXPECT_EQ(m.classCount(), 3u);
    EXPECT_EQ(m.classOf(0), m.classOf(1));
    EXPECT_NE(m.classOf(0), m.classOf(2));
    EXPECT_NE(m.classOf(0), m.classOf(3)) << "another namespace";
    EXPECT_FALSE(m.allowed(2, 0, 0));
    EXPECT_TRUE(m.allowed(0, 2, 0));
}

TEST(Reachability, TrafficPortText)
{
    std::string error;
    EXPECT_EQ(parseTrafficPort("8080/TCP", &error), (TrafficPort{8080, Protocol::TCP}));
    EXPECT_EQ(parseTrafficPort("53/UDP", &error), (TrafficPort{53, Protocol::UDP}));
    EXPECT_EQ(parseTrafficPort("80", &error), (TrafficPort{80, Protocol::TCP}));
    EXPECT_FALSE(parseTrafficPort("53/udp", &error));
    EXPECT_NE(error.find("unknown protocol"), std::string::npos);
    EXPECT_FALSE(parseTrafficPort("0/TCP", &error));
    EXPECT_FALSE(parseTrafficPort("http/TCP", &error));
    EXPECT_EQ((TrafficPort{30000, Protocol::SCTP}).toString(), "30000/SCTP");
}
