#include "model/analysis/portset.h"

#include <algorithm>

namespace Netpol {

namespace {

constexpr int kFirstPort = 1;
constexpr int kLastPort = 65535;

} // namespace

PortSet PortSet::all()
{
    PortSet s;
    for (Protocol p : kAllProtocols)
        s.m_ranges[index(p)] = {{kFirstPort, kLastPort}};
    return s;
}

PortSet PortSet::protocol(Protocol protocol)
{
    return range(protocol, kFirstPort, kLastPort);
}

PortSet PortSet::range(Protocol protocol, int first, int last)
{
    PortSet s;
    first = std::max(first, kFirstPort);
    last = std::min(last, kLastPort);
    if (first <= last)
        s.m_ranges[index(protocol)] = {{first, last}};
    return s;
}

PortSet PortSet::named(std::string name, Protocol protocol)
{
    PortSet s;
    s.m_names.emplace(std::move(name), protocol);
    return s;
}

PortSet PortSet::ofRule(const NetworkPolicyRule &rule, const NetworkPeer &destination, bool portsKnown)
{
    if (rule.ports.empty())
        return all();
    PortSet s;
    for (const NetworkPolicyPort &entry : rule.ports) {
        const auto protocol = parseProtocol(entry.effectiveProtocol());
        if (!protocol)
            continue; // an invalid protocol matches no traffic
        if (!entry.port) {
            s.unite(PortSet::protocol(*protocol));
        } else if (entry.port->isName) {
            if (!destination.isPod)
                continue;
            if (!portsKnown) {
                s.unite(named(entry.port->name, *protocol));
            } else if (const auto number = destination.resolveNamedPort(entry.port->name, *protocol)) {
                s.unite(range(*protocol, *number, *number));
            }
        } else {
            const long long first = entry.port->number;
            const long long last = entry.endPort.value_or(first);
            if (first >= kFirstPort && first <= kLastPort && last >= first)
                s.unite(range(*protocol, int(first), int(std::min<long long>(last, kLastPort))));
        }
    }
    return s;
}

void PortSet::normalize(std::vector<Range> &ranges)
{
    std::sort(ranges.begin(), ranges.end());
    std::vector<Range> merged;
    for (const Range &r : ranges) {
        if (!merged.empty() && r.first <= merged.back().second + 1)
            merged.back().second = std::max(merged.back().second, r.second);
        else
            merged.push_back(r);
    }
    ranges = std::move(merged);
}

PortSet &PortSet::unite(const PortSet &other)
{
    for (std::size_t p = 0; p < m_ranges.size(); ++p) {
        if (other.m_ranges[p].empty())
            continue;
        m_ranges[p].insert(m_ranges[p].end(), other.m_ranges[p].begin(), other.m_ranges[p].end());
        normalize(m_ranges[p]);
    }
    m_names.insert(other.m_names.begin(), other.m_names.end());
    return *this;
}

PortSet PortSet::intersect(const PortSet &other) const
{
    PortSet out;
    for (std::size_t p = 0; p < m_ranges.size(); ++p) {
        const auto &a = m_ranges[p];
        const auto &b = other.m_ranges[p];
        std::size_t i = 0, j = 0;
        while (i < a.size() && j < b.size()) {
            const int first = std::max(a[i].first, b[j].first);
            const int last = std::min(a[i].second, b[j].second);
            if (first <= last)
                out.m_ranges[p].emplace_back(first, last);
            (a[i].second < b[j].second) ? ++i : ++j;
        }
    }
    // A name survives where the other side has it too or admits its whole protocol.
    for (const Name &n : m_names) {
        if (other.m_names.count(n) || other.coversProtocol(n.second))
            out.m_names.insert(n);
    }
    for (const Name &n : other.m_names) {
        if (coversProtocol(n.second))
            out.m_names.insert(n);
    }
    return out;
}

PortSet PortSet::subtract(const PortSet &other) const
{
    PortSet out;
    for (std::size_t p = 0; p < m_ranges.size(); ++p) {
        for (Range r : m_ranges[p]) {
            for (const Range &cut : other.m_ranges[p]) {
                if (cut.second < r.first || cut.first > r.second)
                    continue;
                if (cut.first > r.first)
                    out.m_ranges[p].emplace_back(r.first, cut.first - 1);
                r.first = cut.second + 1;
                if (r.first > r.second)
                    break;
            }
            if (r.first <= r.second)
                out.m_ranges[p].push_back(r);
        }
    }
    for (const Name &n : m_names) {
        if (!other.m_names.count(n) && !other.coversProtocol(n.second))
            out.m_names.insert(n);
    }
    return out;
}

bool PortSet::empty() const
{
    return m_names.empty()
           && std::all_of(m_ranges.begin(), m_ranges.end(), [](const auto &r) { return r.empty(); });
}

bool PortSet::coversProtocol(Protocol protocol) const
{
    const auto &r = m_ranges[index(protocol)];
    return r.size() == 1 && r.front() == Range{kFirstPort, kLastPort};
}

bool PortSet::contains(int port, Protocol protocol) const
{
    return std::any_of(ranges(protocol).begin(), ranges(protocol).end(),
                       [port](const Range &r) { return port >= r.first && port <= r.second; });
}

bool PortSet::isAll() const
{
    return std::all_of(std::begin(kAllProtocols), std::end(kAllProtocols),
                       [this](Protocol p) { return coversProtocol(p); });
}

std::string PortSet::toString() const
{
    if (isAll())
        return "all ports";
    if (empty())
        return "no port";
    std::string out;
    for (const FlowPort &port : toFlowPorts())
        out += (out.empty() ? "" : ", ") + port.toString();
    return out;
}

std::vector<FlowPort> PortSet::toFlowPorts(const Workload *destination,
                                           const std::set<Name> &referenced) const
{
    std::vector<FlowPort> out;
    if (isAll())
        return out;
    for (Protocol protocol : kAllProtocols) {
        if (coversProtocol(protocol)) {
            out.push_back(FlowPort::allPorts(protocol));
            continue;
        }
        for (const Range &r : ranges(protocol)) {
            if (r.first != r.second) {
                out.push_back(FlowPort::range(r.first, r.second, protocol));
                continue;
            }
            std::string name;
            if (destination) {
                for (const ContainerPort &c : destination->ports) {
                    if (c.port == r.first && c.protocol == protocol && !c.name.empty()
                        && referenced.count({c.name, protocol}))
                        name = c.name;
                }
            }
            out.push_back(name.empty() ? FlowPort::number(r.first, protocol) : FlowPort::named(name, protocol));
        }
    }
    for (const Name &n : m_names) {
        if (!coversProtocol(n.second))
            out.push_back(FlowPort::named(n.first, n.second));
    }
    return out;
}

std::size_t PortSet::hash() const
{
    std::size_t h = 0;
    auto mix = [&h](std::size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
    for (const auto &ranges : m_ranges) {
        mix(ranges.size());
        for (const auto &[first, last] : ranges)
            mix(std::size_t(first) << 16 ^ std::size_t(last));
    }
    for (const auto &[name, protocol] : m_names)
        mix(std::hash<std::string>{}(name) ^ std::size_t(protocol));
    return h;
}

} // namespace Netpol
