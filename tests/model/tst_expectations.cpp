// The design's expect: list: reading (strict, located), writing (canonical), and the checks
// evaluated on the generated policies, as the design lint reports them.

#include "support/testsupport.h"

#include "model/analysis/analysis.h"
#include "model/analysis/cluster.h"
#include "model/design/designedit.h"
#include "model/design/designreader.h"
#include "model/design/designwriter.h"
#include "model/generate/designmanifests.h"
#include "model/lint/designlint.h"
#include "model/lint/expectations.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

const char *const kHeader = R"(apiVersion: netpol-designer/v1
kind: Design
metadata: {name: t}
namespaces:
  - {name: shop}
  - {name: data}
workloads:
  - {name: web, namespace: shop, labels: {app: web}}
  - {name: db, namespace: data, labels: {app: db}, ports: [{name: pg, port: 5432}]}
externals:
  - {name: partner, cidr: 203.0.113.0/24}
flows:
  - {from: shop/web, to: data/db, ports: [5432/TCP]}
)";

Design readOk(const std::string &text)
{
    const DesignReadResult r = readDesign(text, "t.netpol.yaml");
    for (const Diagnostic &d : r.diagnostics)
        ADD_FAILURE() << d.format();
    return r.design.value_or(Design{});
}

std::vector<std::string> errorsOf(const std::string &expect)
{
    const DesignReadResult r = readDesign(std::string(kHeader) + "expect:\n" + expect, "t.netpol.yaml");
    EXPECT_FALSE(r.design);
    std::vector<std::string> out;
    for (const Diagnostic &d : r.diagnostics)
        out.push_back(d.format());
    return out;
}

Diagnostics failuresOf(const Design &design)
{
    Diagnostics out;
    for (const Diagnostic &d : lintDesign(design)) {
        if (d.code == "expectation-failed")
            out.push_back(d);
    }
    return out;
}

} // namespace

TEST(Expectations, ReadWrittenCanonicallyAndRoundTrip)
{
    const Design d = readOk(std::string(kHeader) + R"(expect:
  - {from: shop/web, to: data/db, port: 5432, allowed: true}
  - {port: pg/TCP, allowed: false, to: data/db, from: "10.1.2.3"}
  - {from: "*/*", to: external/partner, port: 443/TCP, allowed: false}
  - {from: shop/*, to: "2001:db8::1", port: 53/UDP, allowed: true}
)");
    ASSERT_EQ(d.expectations.size(), 4u);
    EXPECT_EQ(d.expectations[0].from.endpoint, Endpoint::workload("shop", "web"));
    EXPECT_EQ(d.expectations[0].port, FlowPort::number(5432, Protocol::TCP));
    EXPECT_TRUE(d.expectations[0].allowed);
    EXPECT_EQ(d.expectations[1].from.address, "10.1.2.3");
    EXPECT_EQ(d.expectations[1].port, FlowPort::named("pg", Protocol::TCP));
    EXPECT_FALSE(d.expectations[1].allowed);
    EXPECT_EQ(d.expectations[2].to.endpoint, Endpoint::external("partner"));
    EXPECT_EQ(d.expectations[3].port, FlowPort::number(53, Protocol::UDP));

    const std::string written = writeDesign(d);
    EXPECT_NE(written.find("expect:\n"
                           "  - {from: shop/web, to: data/db, port: 5432/TCP, allowed: true}\n"
                           "  - {from: 10.1.2.3, to: data/db, port: pg/TCP, allowed: false}\n"),
              std::string::npos)
        << written;
    const Design again = readOk(written);
    EXPECT_EQ(again, d);
    EXPECT_EQ(writeDesign(again), written) << "the canonical form is a fixed point";
    EXPECT_EQ(writeDesign(Design{}).find("expect"), std::string::npos)
        << "no expect: section when there are no checks";
}

TEST(Expectations, ReadingErrorsAreLocated)
{
    const int line = 15; // the first entry under expect:
    auto at = [](int l, int c) { return "t.netpol.yaml:" + std::to_string(l) + ':' + std::to_string(c) + ": error: "; };
    auto has = [](const std::vector<std::string> &all, const std::string &prefix, const std::string &code) {
        return std::any_of(all.begin(), all.end(), [&](const std::string &s) {
            return s.rfind(prefix + code + ':', 0) == 0;
        });
    };
    auto e = errorsOf("  - {from: shop/web, to: data/db, port: 80/TCP, allowed: true, why: x}\n");
    EXPECT_TRUE(has(e, at(line, 64), "unknown-field")) << ::testing::PrintToString(e);
    e = errorsOf("  - {from: shop/web, port: 80/TCP}\n");
    EXPECT_TRUE(has(e, at(line, 5), "missing-field")) << ::testing::PrintToString(e);
    EXPECT_EQ(e.size(), 2u) << "to and allowed are missing: " << ::testing::PrintToString(e);
    e = errorsOf("  - {from: shop/web/x, to: data/db, port: 80/TCP, allowed: true}\n");
    EXPECT_TRUE(has(e, at(line, 12), "invalid-endpoint")) << ::testing::PrintToString(e);
    e = errorsOf("  - {from: 10.0.0.300, to: data/db, port: 80/TCP, allowed: true}\n");
    EXPECT_TRUE(has(e, at(line, 12), "invalid-endpoint")) << ::testing::PrintToString(e);
    e = errorsOf("  - {from: shop/web, to: data/db, port: 80-90/TCP, allowed: true}\n");
    EXPECT_TRUE(has(e, at(line, 41), "invalid-port")) << ::testing::PrintToString(e);
    e = errorsOf("  - {from: shop/web, to: data/db, port: 80/HTTP, allowed: true}\n");
    EXPECT_TRUE(has(e, at(line, 41), "invalid-port")) << ::testing::PrintToString(e);
    e = errorsOf("  - {from: shop/web, to: data/db, port: 80/TCP, allowed: maybe}\n");
    EXPECT_TRUE(has(e, at(line, 58), "wrong-type")) << ::testing::PrintToString(e);
    e = errorsOf("  - {from: external/partner, to: 10.0.0.1, port: 80/TCP, allowed: true}\n");
    EXPECT_TRUE(has(e, at(line, 5), "invalid-expectation")) << ::testing::PrintToString(e);
    e = errorsOf("  - shop/web\n");
    EXPECT_TRUE(has(e, at(line, 5), "wrong-type")) << ::testing::PrintToString(e);
}

TEST(Expectations, TheExampleChecksPass)
{
    const DesignReadResult read = readDesignFile(examplePath("online-shop.netpol.yaml"));
    ASSERT_TRUE(read.design);
    const auto results = evaluateExpectations(*read.design);
    ASSERT_GE(results.size(), 2u);
    for (const ExpectationResult &r : results)
        EXPECT_TRUE(r.passed()) << r.label << ": " << r.outcome();
    EXPECT_TRUE(failuresOf(*read.design).empty());
}

TEST(Expectations, AgreeWithTheAnalysisProbesOnTheExamples)
{
    for (const std::string &file : listFiles(NETPOL_EXAMPLES_DIR, ".netpol.yaml")) {
        SCOPED_TRACE(file);
        Design design = *readDesignFile(file).design;
        const Cluster cluster = buildCluster(designManifests(design, file));
        const Analyzer analyzer(cluster);
        // Every ordered pair of workloads on every declared port of the destination, by number
        // and by name, expected allowed: the verdict must be the probe's.
        design.expectations.clear();
        std::vector<bool> probed;
        for (const Workload &from : design.workloads) {
            for (const Workload &to : design.workloads) {
                for (const ContainerPort &p : to.ports) {
                    for (const FlowPort &port : {FlowPort::number(p.port, p.protocol),
                                                 FlowPort::named(p.name, p.protocol)}) {
                        if (port.kind == FlowPort::Kind::Named && p.name.empty())
                            continue;
                        Expectation e{{Endpoint::workload(from.ns, from.name), {}},
                                      {Endpoint::workload(to.ns, to.name), {}}, port, true};
                        design.expectations.push_back(e);
                        ProbeSpec spec;
                        spec.from = from.ns + '/' + from.name;
                        spec.to = to.ns + '/' + to.name;
                        spec.port = port.kind == FlowPort::Kind::Named ? p.name : std::to_string(p.port);
                        spec.protocol = p.protocol;
                        Diagnostics problems;
                        const auto r = analyzer.probe(spec, problems);
                        ASSERT_TRUE(r) << spec.from << ' ' << spec.to << ' ' << spec.port;
                        probed.push_back(r->allowed);
                    }
                }
            }
        }
        const auto results = evaluateExpectations(design);
        ASSERT_EQ(results.size(), probed.size());
        int allowed = 0;
        for (std::size_t i = 0; i < results.size(); ++i) {
            ASSERT_TRUE(results[i].actual) << results[i].label << ": " << results[i].reason;
            EXPECT_EQ(*results[i].actual, bool(probed[i])) << results[i].label;
            allowed += probed[i] ? 1 : 0;
        }
        EXPECT_GT(allowed, 0);
        EXPECT_LT(allowed, int(results.size())) << "some pairs are denied";
    }
}

TEST(Expectations, ACheckFailsOnceItsFlowIsDeleted)
{
    const std::string text = std::string(kHeader)
                             + "expect:\n  - {from: shop/web, to: data/db, port: pg/TCP, allowed: true}\n"
                               "  - {from: shop/*, to: data/*, port: 5432/TCP, allowed: true}\n";
    const DesignReadResult read = readDesign(text, "t.netpol.yaml");
    ASSERT_TRUE(read.design);
    Design design = *read.design;
    EXPECT_TRUE(failuresOf(design).empty());
    const auto passing = evaluateExpectations(design);
    ASSERT_EQ(passing.size(), 2u);
    EXPECT_NE(passing[0].reason.find("allowed by policies shop/"), std::string::npos) << passing[0].reason;

    design.flows.clear(); // the edit: the flow is deleted, the lint runs again
    Diagnostics failures = failuresOf(design);
    ASSERT_EQ(failures.size(), 2u);
    EXPECT_EQ(failures[0].severity, Severity::Error);
    read.sourceMap.locate(failures);
    const std::string first = failures[0].format();
    EXPECT_EQ(first.rfind("t.netpol.yaml:15:5: error: expectation-failed: shop/web -> data/db pg/TCP: "
                          "expected allowed, nothing allows it: the egress of shop/web is isolated by "
                          "shop/default-deny-all",
                          0),
              0u)
        << first;
    EXPECT_NE(first.find("; the ingress of data/db is isolated by data/default-deny-all"),
              std::string::npos)
        << first;
    EXPECT_EQ(failures[1].location.line, 16);
    EXPECT_NE(failures[1].message.find("shop/web -> data/db denied"), std::string::npos)
        << failures[1].message;
}

TEST(Expectations, ADeniedCheckNamesThePolicyThatAllows)
{
    Design design = readOk(std::string(kHeader)
                           + "expect:\n  - {from: shop/web, to: data/db, port: 5432/TCP, allowed: false}\n"
                             "  - {from: 10.1.2.3, to: data/db, port: 5432/TCP, allowed: false}\n"
                             "  - {from: shop/web, to: external/partner, port: 443/TCP, allowed: false}\n");
    const auto results = evaluateExpectations(design);
    ASSERT_EQ(results.size(), 3u);
    EXPECT_FALSE(results[0].passed());
    EXPECT_EQ(results[0].outcome().rfind("expected denied, allowed by policies ", 0), 0u)
        << results[0].outcome();
    EXPECT_TRUE(results[1].passed()) << results[1].outcome();
    EXPECT_TRUE(results[2].passed()) << results[2].outcome();
    EXPECT_EQ(results[2].outcome(), "denied");
}

TEST(Expectations, AnEmptyNamespaceCannotBeChecked)
{
    Design design = readOk(std::string(kHeader)
                           + "expect:\n  - {from: shop/web, to: data/db, port: 1/TCP, allowed: true}\n");
    design.workloads.pop_back(); // data/db is gone: data/* and data/db name nothing
    design.expectations.push_back({{Endpoint::namespaceAll("data"), {}},
                                   {Endpoint::workload("shop", "web"), {}}, FlowPort::number(80), false});
    const auto results = evaluateExpectations(design);
    ASSERT_EQ(results.size(), 2u);
    EXPECT_FALSE(results[0].actual);
    EXPECT_EQ(results[0].outcome(), "cannot be evaluated: the design has no workload data/db");
    EXPECT_EQ(results[1].outcome(), "cannot be evaluated: data/* holds no workload to check");
}

TEST(Expectations, RenamesCarryOverAndUndoPutsThemBack)
{
    const Design original = readOk(std::string(kHeader)
                                   + "expect:\n  - {from: shop/web, to: data/db, port: pg/TCP, allowed: true}\n"
                                     "  - {from: shop/*, to: external/partner, port: 443/TCP, allowed: false}\n");
    Design design = original;
    Workload db = design.workloads[1];
    db.name = "postgres";
    Namespace shop = design.namespaces[0];
    shop.name = "store";
    External partner = design.externals[0];
    partner.name = "bank";
    DesignEdit edit;
    edit.changes = {ElementChange::replace(1, db), ElementChange::replace(0, shop),
                    ElementChange::replace(0, partner)};
    const DesignEdit undo = applyEdit(design, edit);
    ASSERT_EQ(design.expectations.size(), 2u);
    EXPECT_EQ(design.expectations[0].label(), "store/web -> data/postgres pg/TCP");
    EXPECT_EQ(design.expectations[1].label(), "store/* -> external/bank 443/TCP");
    applyEdit(design, undo);
    EXPECT_EQ(design, original);
}

TEST(Expectations, ACheckNamingAMissingElementIsKeptAndFails)
{
    // A workload deleted in the window, or renamed by hand, leaves its checks behind: the file
    // still opens, the check stays (nothing is lost), and it fails until the end exists again.
    const std::string text = std::string(kHeader)
        + "expect:\n  - {from: shop/web, to: data/nope, port: 80/TCP, allowed: false}\n";
    const DesignReadResult r = readDesign(text, "t.netpol.yaml");
    ASSERT_TRUE(r.design);
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].format().rfind("t.netpol.yaml:15:26: warning: expectation-unknown-endpoint:", 0), 0u)
        << r.diagnostics[0].format();
    ASSERT_EQ(r.design->expectations.size(), 1u);
    EXPECT_NE(writeDesign(*r.design).find("expect:\n  - {from: shop/web, to: data/nope, port: 80/TCP, allowed: false}\n"),
              std::string::npos)
        << "written back";
    const Diagnostics failures = failuresOf(*r.design);
    ASSERT_EQ(failures.size(), 1u);
    EXPECT_NE(failures[0].message.find("cannot be evaluated"), std::string::npos) << failures[0].message;

    Design deleted = readOk(std::string(kHeader) + "expect:\n  - {from: shop/web, to: data/db, port: 5432/TCP, allowed: true}\n");
    deleted.workloads.erase(deleted.workloads.begin() + 1); // db, as a delete in the window does
    deleted.flows.clear();
    const DesignReadResult reopened = readDesign(writeDesign(deleted), "t.netpol.yaml");
    ASSERT_TRUE(reopened.design) << "a saved design always opens again";
    EXPECT_EQ(reopened.design->expectations.size(), 1u);
}
