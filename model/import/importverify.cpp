// Import's last step: the design's generated policies against the input's, connection by
// connection on the members and the externals' addresses, each difference a finding.

#include "model/import/importcontext_p.h"
#include "model/import/importlimited_p.h"

#include "model/analysis/reachabilitydiff.h"
#include "model/generate/generator.h"

#include <map>

namespace Netpol::Import {

void verifyDesign(Context &ctx, const Design &design)
{
    std::vector<NetworkPolicy> generated;
    GenerateResult generation = generatePolicies(design);
    generated.reserve(generation.policies.size());
    for (GeneratedPolicy &g : generation.policies)
        generated.push_back(std::move(g.policy)); // moved: the rest of the result is not used
    std::vector<NetworkPeer> peers;
    std::vector<std::string> labels;
    for (const Member &m : ctx.members) {
        peers.push_back(m.peer);
        labels.push_back(m.label);
    }
    auto address = [&](const std::string &text, const std::string &label) {
        if (const auto cidr = parseCidr(text).cidr) {
            peers.push_back(NetworkPeer::address(cidr->network()));
            labels.push_back(cidr->network().toString() + " (" + label + ')');
        }
    };
    for (const External &x : design.externals) {
        address(x.cidr, "in external/" + x.name);
        for (const std::string &e : x.except)
            address(e, "in an except of external/" + x.name);
    }
    address("192.0.2.1/32", "an address no ipBlock names");
    address("2001:db8::1/128", "an address no ipBlock names");

    const auto ports = distinguishingPorts({ctx.cluster.policies, generated}, peers);
    std::map<std::pair<std::size_t, std::size_t>, std::pair<std::vector<TrafficPort>, std::vector<TrafficPort>>> byPair;
    for (const ReachabilityDifference &d : compareReachability(ctx.cluster.policies, generated, peers, ports)) {
        auto &[lost, gained] = byPair[{d.from, d.to}];
        (d.allowedByFirst ? lost : gained).push_back(d.port);
    }
    // The ports tried are a sample: say "every port tried" rather than list them all.
    auto text = [&](const std::vector<TrafficPort> &which) {
        if (which.size() == ports.size())
            return std::string("every port tried");
        std::vector<std::string> names;
        for (const TrafficPort &p : which)
            names.push_back(p.toString());
        return joinNames(names, 8);
    };
    Limited reports(ctx, "import-not-exact");
    for (const auto &[pair, change] : byPair) {
        const std::string connection = labels[pair.first] + " -> " + labels[pair.second];
        if (!change.first.empty())
            reports.add(Severity::Warning, connection + ": the input allows " + text(change.first)
                                               + ", which the design denies");
        if (!change.second.empty())
            reports.add(Severity::Warning, connection + ": the design allows " + text(change.second)
                                               + ", which the input denies");
    }
}

} // namespace Netpol::Import
