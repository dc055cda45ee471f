// Import step: the design's workloads and the members (pods) the import reasons about.

#include "model/import/importcontext_p.h"

#include "model/k8s/k8snames.h"

#include <algorithm>
#include <map>
#include <set>

namespace Netpol::Import {

namespace {

// Which kinds a controller of `owner` kind creates, directly or through another kind.
bool canCreate(WorkloadKind owner, WorkloadKind owned)
{
    switch (owner) {
    case WorkloadKind::Deployment:
        return owned == WorkloadKind::ReplicaSet || owned == WorkloadKind::Pod;
    case WorkloadKind::CronJob:
        return owned == WorkloadKind::Job || owned == WorkloadKind::Pod;
    case WorkloadKind::StatefulSet:
    case WorkloadKind::DaemonSet:
    case WorkloadKind::ReplicaSet:
    case WorkloadKind::Job:
        return owned == WorkloadKind::Pod;
    case WorkloadKind::Pod:
        return false;
    }
    return false;
}

// Controllers name what they create NAME-<suffix> and give it their template labels.
bool createdBy(const ManifestWorkload &object, const ManifestWorkload &owner)
{
    return canCreate(owner.kind, object.kind) && object.ns == owner.ns && !owner.labels.empty()
           && object.name.size() > owner.name.size() + 1 && object.name.rfind(owner.name + '-', 0) == 0
           && labelsContain(object.labels, owner.labels);
}

std::string sanitizeName(const std::string &text)
{
    std::string out;
    for (char c : text) {
        const char lower = char(std::tolower(static_cast<unsigned char>(c)));
        const bool ok = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9') || lower == '-';
        out += ok ? lower : '-';
    }
    while (!out.empty() && out.front() == '-')
        out.erase(out.begin());
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    if (out.size() > 63)
        out.resize(63);
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? std::string("workload") : out;
}

std::string nameFromLabels(const Labels &labels)
{
    for (const char *key : {"app.kubernetes.io/name", "app", "k8s-app", "name", "component", "run"}) {
        if (const auto it = labels.find(key); it != labels.end() && !it->second.empty())
            return sanitizeName(it->second);
    }
    std::string joined;
    for (const auto &[key, value] : labels)
        joined += (joined.empty() ? "" : "-") + (value.empty() ? key : value);
    return sanitizeName(joined);
}

// The common prefix of pod names, up to a '-', or the first name.
std::string commonName(const std::vector<const ManifestWorkload *> &pods)
{
    std::string prefix = pods.front()->name;
    for (const ManifestWorkload *p : pods) {
        std::size_t n = 0;
        while (n < prefix.size() && n < p->name.size() && prefix[n] == p->name[n])
            ++n;
        prefix.resize(n);
    }
    while (!prefix.empty() && prefix.back() != '-')
        prefix.pop_back();
    while (!prefix.empty() && prefix.back() == '-')
        prefix.pop_back();
    return isDns1123Subdomain(prefix) ? prefix : pods.front()->name;
}

std::string portsKey(const std::vector<ContainerPort> &ports)
{
    std::string key;
    for (const ContainerPort &p : ports)
        key += p.name + '/' + std::to_string(p.port) + '/' + std::string(protocolName(p.protocol)) + ';';
    return key;
}

std::vector<ContainerPort> uniquePorts(const std::vector<ContainerPort> &ports)
{
    std::vector<ContainerPort> out;
    for (const ContainerPort &p : ports) {
        const bool clash = std::any_of(out.begin(), out.end(), [&](const ContainerPort &q) {
            return (!p.name.empty() && q.name == p.name) || (q.port == p.port && q.protocol == p.protocol);
        });
        if (!clash)
            out.push_back(p);
    }
    return out;
}

class WorkloadBuilder
{
public:
    explicit WorkloadBuilder(Context &ctx) : m_ctx(ctx) {}

    void fromInput()
    {
        const auto &objects = m_ctx.cluster.workloads;
        // Fold what controllers of the input created into them (up to the top controller).
        // A controller creates only in its own namespace: owners are looked for there.
        std::map<std::string, std::vector<std::size_t>> byNamespace;
        for (std::size_t i = 0; i < objects.size(); ++i)
            byNamespace[objects[i].ns].push_back(i);
        std::vector<int> owner(objects.size(), -1);
        for (std::size_t i = 0; i < objects.size(); ++i) {
            for (std::size_t j : byNamespace[objects[i].ns]) {
                if (i != j && createdBy(objects[i], objects[j])
                    && (owner[i] < 0 || objects[j].name.size() < objects[std::size_t(owner[i])].name.size()))
                    owner[i] = int(j);
            }
        }
        auto top = [&](std::size_t i) {
            while (owner[i] >= 0)
                i = std::size_t(owner[i]);
            return i;
        };
        // Pods nobody in the input created, alike in namespace, labels and ports: one workload.
        std::map<std::tuple<std::string, Labels, std::string>, std::vector<std::size_t>> alike;
        std::vector<int> leader(objects.size(), -1);
        for (std::size_t i = 0; i < objects.size(); ++i) {
            if (owner[i] >= 0 || objects[i].kind != WorkloadKind::Pod)
                continue;
            auto &group = alike[{objects[i].ns, objects[i].labels, portsKey(objects[i].ports)}];
            if (!group.empty())
                leader[i] = int(group.front());
            group.push_back(i);
        }
        int folded = 0;
        std::vector<int> designIndex(objects.size(), -1);
        for (std::size_t i = 0; i < objects.size(); ++i) {
            if (owner[i] >= 0 || leader[i] >= 0 || objects[i].ns == kExternalPrefix)
                continue;
            std::string name = objects[i].name;
            if (objects[i].kind == WorkloadKind::Pod) {
                const auto &group = alike[{objects[i].ns, objects[i].labels, portsKey(objects[i].ports)}];
                if (group.size() > 1) {
                    std::vector<const ManifestWorkload *> pods;
                    for (std::size_t g : group)
                        pods.push_back(&objects[g]);
                    name = commonName(pods);
                }
            }
            designIndex[i] = addWorkload(objects[i], name, true);
        }
        for (std::size_t i = 0; i < objects.size(); ++i) {
            if (designIndex[i] >= 0 || objects[i].ns == kExternalPrefix)
                continue;
            const std::size_t into = leader[i] >= 0 ? std::size_t(leader[i]) : top(i);
            const Workload &w = m_ctx.design.workloads[std::size_t(designIndex[into])];
            m_ctx.members.push_back({Member::Kind::Replica, m_ctx.cluster.peerOf(objects[i]),
                                     workloadName(objects[i], true) + " (part of " + w.ns + '/' + w.name + ')',
                                     designIndex[into], true});
            ++folded;
        }
        if (folded > 0)
            m_ctx.report(Severity::Info, "import-folded",
                         std::to_string(folded) + (folded == 1 ? " object" : " objects")
                             + " (pods, ReplicaSets or Jobs) folded into the workload that created them or "
                               "into an identical pod");
    }

    void fromSelectors()
    {
        std::map<std::pair<std::string, Labels>, bool> seen;
        auto add = [&](const std::string &ns, const Labels &labels) {
            if (labels.empty() || ns == kExternalPrefix || !seen.emplace(std::make_pair(ns, labels), true).second)
                return;
            ManifestWorkload w;
            w.kind = WorkloadKind::Deployment;
            w.ns = ns;
            w.labels = labels;
            addWorkload(w, nameFromLabels(labels), false);
        };
        const auto &policies = m_ctx.cluster.policies;
        for (const NetworkPolicy &p : policies) {
            add(p.metadata.ns, p.spec.podSelector.matchLabels);
            for (const auto *rules : {&p.spec.ingress, &p.spec.egress}) {
                for (const NetworkPolicyRule &rule : *rules) {
                    for (const NetworkPolicyPeer &peer : rule.peers) {
                        if (!peer.podSelector || peer.ipBlock)
                            continue;
                        if (!peer.namespaceSelector) {
                            add(p.metadata.ns, peer.podSelector->matchLabels);
                            continue;
                        }
                        for (const ClusterNamespace &ns : m_ctx.cluster.namespaces) {
                            if (peer.namespaceSelector->matches(ns.effectiveLabels()))
                                add(ns.name, peer.podSelector->matchLabels);
                        }
                    }
                }
            }
        }
        m_ctx.synthesized = true;
        m_ctx.report(Severity::Info, "import-synthesized",
                     "the input has no pods or workloads: " + std::to_string(m_ctx.design.workloads.size())
                         + " workloads were made from the pod selectors of its policies (kind Deployment, "
                           "container ports unknown)");
    }

    void addStandIns()
    {
        for (const ClusterNamespace &ns : m_ctx.cluster.namespaces) {
            if (ns.name != kExternalPrefix)
                m_ctx.members.push_back({Member::Kind::OtherPod, NetworkPeer::pod(ns.name, {}, ns.effectiveLabels()),
                                         "other pods of namespace " + ns.name, -1, false});
        }
        m_ctx.members.push_back({Member::Kind::OtherNamespace,
                                 NetworkPeer::pod(kOtherNamespace, {}, {}), "pods of namespaces not in the input",
                                 -1, false});
    }

private:
    int addWorkload(const ManifestWorkload &object, std::string name, bool portsKnown)
    {
        std::string unique = name;
        for (int n = 2; m_taken.count({object.ns, unique}); ++n)
            unique = name + '-' + std::to_string(n);
        m_taken.insert({object.ns, unique});
        if (unique != name && portsKnown)
            m_ctx.report(Severity::Info, "import-renamed",
                         workloadName(object, true) + " is called " + unique
                             + " in the design: another workload of " + object.ns + " has its name",
                         object.location);
        Workload w;
        w.name = unique;
        w.ns = object.ns;
        w.kind = object.kind;
        w.labels = object.labels;
        w.ports = uniquePorts(object.ports);
        const int index = int(m_ctx.design.workloads.size());
        m_ctx.design.workloads.push_back(w);
        NetworkPeer peer = m_ctx.cluster.peerOf(object);
        m_ctx.members.push_back({Member::Kind::Workload, peer, w.ns + '/' + w.name, index, portsKnown});
        return index;
    }

    Context &m_ctx;
    std::set<std::pair<std::string, std::string>> m_taken; // namespace and name of each workload
};

} // namespace

void addWorkloads(Context &ctx)
{
    WorkloadBuilder builder(ctx);
    if (ctx.cluster.workloads.empty())
        builder.fromSelectors();
    else
        builder.fromInput();
    builder.addStandIns();
}

} // namespace Netpol::Import
