#include "model/analysis/tieredexposure.h"

#include "model/analysis/clusterpeers.h"
#include "model/analysis/tieredconnections_p.h"
#include "model/analysis/tieredexplain.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace Netpol {

namespace {

// What kinds of remote ends a clause can match: to drop exclusions that cannot meet an entry.
enum Reach : unsigned { Pods = 1, Addresses = 2, Nodes = 4, Domains = 8, Anything = 15 };

// A clause with what it can match, and the ports it holds on (a rule's ports).
struct Piece
{
    ExposureClause clause;
    PortSet coverage;
    unsigned reach = Anything;
    bool allPods = false; // matches every pod (entire cluster)
    bool allAddresses = false; // networks 0.0.0.0/0 and ::/0: every pod, node and address
    ExposureEntry::Scope scope = ExposureEntry::Scope::Cluster;
    const ClusterPolicyPeer *source = nullptr; // of a guardrail rule
};

// Does every remote end of `inner` fall under `outer` too (on the ports both hold)? Said only
// where it plainly does.
bool within(const Piece &inner, const Piece &outer)
{
    if (!outer.clause.namedPort.empty())
        return false;
    if (outer.allPods && inner.reach == Pods)
        return true;
    return inner.source && outer.source && clusterPeerWithin(*inner.source, *outer.source);
}

struct TierRule
{
    ClusterAction action = ClusterAction::Pass;
    std::string decidedBy;
    std::vector<Piece> pieces;
};

struct Exclusion
{
    Piece piece;
    std::vector<Piece> unless;
};

std::string listed(const std::vector<std::string> &items)
{
    std::string out;
    for (const std::string &item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

Piece everything(PortSet coverage)
{
    Piece p;
    p.clause.text = "entire cluster and every address";
    p.coverage = std::move(coverage);
    p.allPods = true;
    return p;
}

Piece guardrailPiece(const ClusterPolicyPeer &peer, ClusterRuleRef rule, std::size_t index,
                     bool egress)
{
    Piece p;
    p.clause.rule = rule;
    p.clause.peerIndex = index;
    p.clause.egress = egress;
    p.reach = Pods;
    p.source = &peer;
    std::string &text = p.clause.text;
    if (peer.namespaces) {
        p.allPods = peer.namespaces->isEmpty();
        p.scope = p.allPods ? ExposureEntry::Scope::Cluster : ExposureEntry::Scope::Namespaces;
        text = p.allPods ? "entire cluster" : "pods in namespaces " + selectorText(*peer.namespaces);
    } else if (peer.pods) {
        const auto &ns = peer.pods->namespaceSelector;
        const auto &pods = peer.pods->podSelector;
        const bool anyNamespace = !ns || ns->isEmpty();
        const bool anyPod = !pods || pods->isEmpty();
        p.allPods = anyNamespace && anyPod;
        p.scope = p.allPods ? ExposureEntry::Scope::Cluster : ExposureEntry::Scope::Namespaces;
        text = p.allPods        ? std::string("entire cluster")
               : anyNamespace ? "pods " + selectorText(*pods) + " in every namespace"
               : anyPod       ? "pods in namespaces " + selectorText(*ns)
                              : "pods " + selectorText(*pods) + " in namespaces " + selectorText(*ns);
    } else if (peer.nodes) {
        p.reach = Nodes;
        p.scope = ExposureEntry::Scope::Nodes;
        text = peer.nodes->isEmpty() ? std::string("every node") : "nodes " + selectorText(*peer.nodes);
    } else if (peer.networks) {
        p.reach = Pods | Addresses | (holdsWholeSpace(*peer.networks) ? Nodes | Domains : 0u);
        p.allAddresses = holdsBothSpaces(*peer.networks);
        p.scope = ExposureEntry::Scope::Addresses;
        text = "addresses " + listed(*peer.networks);
    } else if (peer.domainNames) {
        p.reach = Domains;
        p.scope = ExposureEntry::Scope::Domains;
        text = "domain names " + listed(*peer.domainNames);
    }
    return p;
}

Piece namedPiece(Piece p, const std::string &name, PortSet coverage)
{
    p.clause.namedPort = name;
    p.clause.text += " on their port named " + name;
    p.reach &= Pods;
    p.allPods = false;
    p.allAddresses = false;
    p.coverage = std::move(coverage);
    return p;
}

PortSet numbered(const PortSet &ports)
{
    PortSet out;
    for (Protocol protocol : kAllProtocols) {
        for (const auto &[first, last] : ports.ranges(protocol))
            out.unite(PortSet::range(protocol, first, last));
    }
    return out;
}

// The rules of a tier for `pod`'s side, in evaluation order, each with its pieces.
std::vector<TierRule> tierRules(const PolicyEvaluator &evaluator, ClusterTier tier,
                                const NetworkPeer &pod, bool egress)
{
    const ClusterTiers &tiers = evaluator.clusterTiers();
    std::vector<TierRule> out;
    for (std::size_t index : tiers.order(tier)) {
        if (!tiers.subjectSelects(index, pod))
            continue;
        const ClusterPolicy &policy = tiers.policies()[index];
        const auto &rules = egress ? policy.egress : policy.ingress;
        for (std::size_t r = 0; r < rules.size(); ++r) {
            const auto action = policy.ruleAction(rules[r]);
            if (!action)
                continue;
            const ClusterRuleRef ref{index, r};
            TierRule rule{*action, clusterRuleTier(evaluator, ref) + ": " + policy.displayName()
                                       + (egress ? " spec.egress[" : " spec.ingress[")
                                       + std::to_string(r) + ']',
                          {}};
            PortSet numbers = rules[r].hasPorts ? PortSet() : PortSet::all();
            std::vector<std::string> names;
            for (const ClusterPolicyPort &entry : rules[r].ports) {
                if (entry.namedPort) {
                    if (egress) {
                        names.push_back(*entry.namedPort); // resolved on each remote pod
                        continue;
                    }
                    for (Protocol protocol : kAllProtocols) {
                        if (const auto port = pod.resolveNamedPort(*entry.namedPort, protocol))
                            numbers.unite(PortSet::range(protocol, *port, *port));
                    }
                    continue;
                }
                const auto protocol = parseProtocol(entry.protocol);
                if (!protocol)
                    continue;
                if (entry.isRange && entry.start && entry.end)
                    numbers.unite(PortSet::range(*protocol, int(*entry.start), int(*entry.end)));
                else if (!entry.isRange && entry.number)
                    numbers.unite(PortSet::range(*protocol, int(*entry.number), int(*entry.number)));
            }
            for (std::size_t k = 0; k < rules[r].peers.size(); ++k) {
                const Piece base = guardrailPiece(rules[r].peers[k], ref, k, egress);
                if (!numbers.empty()) {
                    rule.pieces.push_back(base);
                    rule.pieces.back().coverage = numbers;
                }
                for (const std::string &name : names)
                    rule.pieces.push_back(namedPiece(base, name, PortSet::all()));
            }
            out.push_back(std::move(rule));
        }
    }
    return out;
}

// The pieces of the NetworkPolicy rules that select `pod` for that side.
std::vector<Piece> networkPolicyPieces(const PolicyEvaluator &evaluator, const NetworkPeer &pod,
                                       bool egress)
{
    std::vector<Piece> out;
    for (std::size_t index : evaluator.policiesIn(pod.ns)) {
        if (!evaluator.selects(index, pod, egress))
            continue;
        const NetworkPolicy &policy = evaluator.policies()[index];
        for (const NetworkPolicyRule &rule : egress ? policy.spec.egress : policy.spec.ingress) {
            const PortSet ports = PortSet::ofRule(rule, pod, !egress);
            std::vector<Piece> bases;
            if (rule.peers.empty())
                bases.push_back(everything({}));
            for (const NetworkPolicyPeer &peer : rule.peers) {
                Piece p;
                p.clause.peer = peer;
                p.clause.policyNamespace = policy.metadata.ns;
                p.clause.egress = egress;
                p.scope = describeExposurePeer(peer, policy.metadata.ns, &p.clause.text);
                p.reach = peer.ipBlock ? Pods | Addresses : Pods;
                p.allPods = !peer.ipBlock && p.scope == ExposureEntry::Scope::Cluster;
                bases.push_back(std::move(p));
            }
            const PortSet numbers = numbered(ports);
            for (const Piece &base : bases) {
                if (!numbers.empty()) {
                    out.push_back(base);
                    out.back().coverage = numbers;
                }
                for (const auto &[name, protocol] : ports.names())
                    out.push_back(namedPiece(base, name, PortSet::protocol(protocol)));
            }
        }
    }
    return out;
}

// An entry for `piece`, less the exclusions that can meet it; nothing when one takes all of it.
std::optional<ExposureEntry> entryOf(const Piece &piece, const std::vector<Exclusion> &except,
                                     const std::string &decidedBy, bool egress)
{
    ExposureEntry e;
    e.egress = egress;
    e.scope = piece.scope;
    e.clause = piece.clause;
    e.peer = piece.clause.peer;
    e.policyNamespace = piece.clause.policyNamespace;
    e.decidedBy = decidedBy;
    // What the unconditional exclusions leave of the entry's reach: an exclusion of every pod
    // leaves the addresses outside the cluster (said so instead of "..., except entire
    // cluster"), one of every address leaves nothing.
    unsigned left = piece.reach;
    struct Shown
    {
        std::string text;
        unsigned reach = 0; // what it can reach
        const Exclusion *exclusion = nullptr;
        bool unconditional = false;
        std::string unless; // the passes' texts, "A or B"
    };
    std::vector<Shown> excepts;
    for (const Exclusion &x : except) {
        if (!(x.piece.reach & piece.reach))
            continue;
        const bool everythingGoes = !x.piece.clause.peer && !x.piece.clause.rule
                                    && x.piece.clause.namedPort.empty();
        // A Pass that matches all the entry matches lets it through the exclusion.
        const bool passesAll = std::any_of(x.unless.begin(), x.unless.end(), [&](const Piece &u) {
            return u.clause.text == piece.clause.text || (u.allPods && piece.reach == Pods);
        });
        if (passesAll)
            continue;
        ExposureExclusion exclusion{x.piece.clause, {}};
        std::string unless;
        for (const Piece &u : x.unless) {
            if (!(u.reach & x.piece.reach & piece.reach))
                continue;
            exclusion.unless.push_back(u.clause);
            unless += (unless.empty() ? "" : " or ") + u.clause.text;
        }
        const bool takesAll = everythingGoes || x.piece.clause.text == piece.clause.text
                              || (x.piece.allPods && x.piece.clause.namedPort.empty()
                                  && piece.reach == Pods);
        if ((takesAll || within(piece, x.piece)) && exclusion.unless.empty())
            return std::nullopt;
        bool absorbed = false;
        if (exclusion.unless.empty() && x.piece.clause.namedPort.empty()) {
            if (x.piece.allAddresses)
                return std::nullopt;
            if (x.piece.allPods && piece.allPods && (piece.reach & Addresses)) {
                left &= ~unsigned(Pods);
                absorbed = true;
            }
        }
        const std::string text = ", except " + x.piece.clause.text
                                 + (unless.empty() ? "" : " (unless " + unless + ')');
        const bool twice = std::any_of(excepts.begin(), excepts.end(),
                                       [&](const Shown &t) { return t.text == text; });
        if (twice)
            continue; // the same exclusion twice
        if (!absorbed)
            excepts.push_back({text, x.piece.reach, &x, exclusion.unless.empty(), unless});
        e.except.push_back(std::move(exclusion));
    }
    // An exclusion inside another one that holds without condition says nothing more (of two
    // alike, the first is said).
    auto said = [&](std::size_t i) {
        for (std::size_t j = 0; j < excepts.size(); ++j) {
            const Piece &inner = excepts[i].exclusion->piece;
            const Piece &outer = excepts[j].exclusion->piece;
            if (j != i && excepts[j].unconditional && within(inner, outer)
                && !(j > i && within(outer, inner)))
                return false;
        }
        return true;
    };
    const bool podsGone = !(left & Pods) && (piece.reach & Pods);
    if (podsGone)
        e.scope = ExposureEntry::Scope::Addresses;
    e.description = podsGone ? "every address outside the cluster" : piece.clause.text;
    // Everything but the pods a Pass let through: said as the addresses and those pods rather
    // than "entire cluster and every address, except entire cluster (unless ...)".
    std::size_t podsPassed = excepts.size();
    if (piece.allPods && (piece.reach & Addresses) && (left & Pods)) {
        for (std::size_t i = 0; i < excepts.size(); ++i) {
            const Piece &x = excepts[i].exclusion->piece;
            if (excepts[i].unconditional || !x.allPods || !x.clause.namedPort.empty())
                continue;
            podsPassed = podsPassed == excepts.size() ? i : excepts.size() + 1;
        }
    }
    auto passedAlike = [&](std::size_t i) { // excludes pods but the same passes: leaves them be
        return podsPassed < excepts.size() && excepts[i].reach == Pods
               && excepts[i].unless == excepts[podsPassed].unless;
    };
    if (podsPassed < excepts.size())
        e.description = "every address outside the cluster and " + excepts[podsPassed].unless;
    for (std::size_t i = 0; i < excepts.size(); ++i) {
        if (i != podsPassed && !passedAlike(i) && (excepts[i].reach & left) && said(i))
            e.description += excepts[i].text; // none of pods once none is left
    }
    if (!decidedBy.empty())
        e.description += " [" + decidedBy + ']';
    return e;
}

std::vector<const Piece *> active(const std::vector<Piece> &pieces, int port, Protocol protocol)
{
    std::vector<const Piece *> out;
    for (const Piece &p : pieces) {
        if (p.coverage.contains(port, protocol))
            out.push_back(&p);
    }
    return out;
}

// The entries of one side on the port interval starting at `port`, in the order of the tiers.
std::vector<ExposureEntry> intervalEntries(const std::vector<TierRule> &admin,
                                           const std::vector<Piece> *networkPolicy,
                                           const std::vector<TierRule> &baseline, int port,
                                           Protocol protocol, bool egress)
{
    std::vector<ExposureEntry> out;
    auto add = [&](const Piece &piece, const std::vector<Exclusion> &except,
                   const std::string &decidedBy, bool byDefault = false) {
        if (auto e = entryOf(piece, except, decidedBy, egress)) {
            e->byDefault = byDefault;
            out.push_back(std::move(*e));
        }
    };
    // One tier: an Accept holds but for the rules before it that did not accept (`earlier`); a
    // Deny takes its peers from everything after it (`denies`), unless a Pass of the tier
    // before it matched first.
    auto tier = [&](const std::vector<TierRule> &rules, std::vector<Exclusion> earlier,
                    std::vector<Exclusion> &denies) {
        std::vector<Piece> passes;
        for (const TierRule &rule : rules) {
            for (const Piece *p : active(rule.pieces, port, protocol)) {
                if (rule.action == ClusterAction::Accept) {
                    add(*p, earlier, rule.decidedBy);
                    continue;
                }
                if (rule.action == ClusterAction::Deny)
                    denies.push_back({*p, passes});
                else
                    passes.push_back(*p);
                earlier.push_back({*p, {}});
            }
        }
    };
    std::vector<Exclusion> adminDenies;
    tier(admin, {}, adminDenies);
    if (networkPolicy) {
        for (const Piece *p : active(*networkPolicy, port, protocol))
            add(*p, adminDenies, {});
        return out;
    }
    std::vector<Exclusion> denies = adminDenies;
    tier(baseline, adminDenies, denies);
    add(everything(PortSet::all()), denies, {}, true);
    return out;
}

} // namespace

bool ExposureClause::matches(const PolicyEvaluator &evaluator, const NetworkPeer &remote,
                             int port, Protocol protocol) const
{
    if (!namedPort.empty()) {
        const auto resolved = remote.isPod ? remote.resolveNamedPort(namedPort, protocol)
                                           : std::nullopt;
        if (!resolved || *resolved != port)
            return false;
    }
    if (peer)
        return PolicyEvaluator::peerMatches(*peer, policyNamespace, remote);
    if (rule)
        return evaluator.clusterTiers().peerMatchesAt(rule->policy, egress, rule->rule,
                                                      peerIndex, remote);
    return true;
}

bool ExposureEntry::admits(const PolicyEvaluator &evaluator, const NetworkPeer &remote, int port,
                           Protocol protocol) const
{
    bool onPort = ports.contains(port, protocol);
    for (const auto &[name, nameProtocol] : ports.names()) {
        const auto resolved = remote.isPod && nameProtocol == protocol
                                  ? remote.resolveNamedPort(name, protocol)
                                  : std::nullopt;
        onPort = onPort || (resolved && *resolved == port);
    }
    if (!onPort)
        return false;
    if (!clause)
        return covers(remote);
    if (!clause->matches(evaluator, remote, port, protocol))
        return false;
    for (const ExposureExclusion &x : except) {
        if (!x.clause.matches(evaluator, remote, port, protocol))
            continue;
        const bool passed = std::any_of(x.unless.begin(), x.unless.end(),
                                        [&](const ExposureClause &u) {
                                            return u.matches(evaluator, remote, port, protocol);
                                        });
        if (!passed)
            return false;
    }
    return true;
}

std::vector<ExposureEntry> tieredSideExposure(const PolicyEvaluator &evaluator,
                                              const NetworkPeer &pod, bool egress)
{
    const std::vector<TierRule> admin = tierRules(evaluator, ClusterTier::Admin, pod, egress);
    const std::vector<TierRule> baseline = tierRules(evaluator, ClusterTier::Baseline, pod,
                                                     egress);
    const bool isolated = evaluator.isolated(pod, egress);
    const std::vector<Piece> networkPolicy = networkPolicyPieces(evaluator, pod, egress);
    std::map<std::string, ExposureEntry> byDescription;
    for (Protocol protocol : kAllProtocols) {
        // Ingress ports resolve on the workload; egress named ports on each remote.
        for (const auto &[first, last] :
             tierPortIntervals(evaluator, egress ? nullptr : &pod, protocol)) {
            for (ExposureEntry &e : intervalEntries(admin, isolated ? &networkPolicy : nullptr,
                                                    baseline, first, protocol, egress)) {
                e.ports = PortSet::range(protocol, first, last);
                const auto [it, added] = byDescription.emplace(e.description, e);
                if (!added)
                    it->second.ports.unite(e.ports);
            }
        }
    }
    std::vector<ExposureEntry> out;
    for (auto &[description, entry] : byDescription)
        out.push_back(std::move(entry));
    return out;
}

std::vector<WorkloadExposure> computeTieredExposure(const Cluster &cluster,
                                                   const PolicyEvaluator &evaluator)
{
    // Pods with the same namespace, labels and container ports have the same exposure (their
    // own address plays no part on their own side).
    using Key = std::tuple<std::string, Labels, std::vector<std::tuple<std::string, int, int>>>;
    std::map<Key, std::vector<ExposureEntry>> seen;
    std::vector<WorkloadExposure> out;
    for (std::size_t index : exposureOrder(cluster)) {
        const ManifestWorkload &workload = cluster.workloads[index];
        Key key{workload.ns, workload.labels, {}};
        for (const ContainerPort &p : workload.ports)
            std::get<2>(key).emplace_back(p.name, p.port, int(p.protocol));
        auto found = seen.find(key);
        if (found == seen.end()) {
            const NetworkPeer pod = cluster.peerOf(workload);
            std::vector<ExposureEntry> entries;
            for (bool egress : {false, true}) {
                for (ExposureEntry &e : tieredSideExposure(evaluator, pod, egress))
                    entries.push_back(std::move(e));
            }
            found = seen.emplace(std::move(key), std::move(entries)).first;
        }
        out.push_back({index, found->second});
    }
    return out;
}

} // namespace Netpol
