// netpol analyze without probes: the connection list in every format, --focus, --explain and
// --matrix, checked against the pair-by-pair evaluation of `--probes` on the same input.

#include "support/scenario.h"
#include "clitest.h"
#include "support/testsupport.h"

#include "model/core/fileio.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

const char kShop[] = R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{ports: [{containerPort: 8080}]}]}}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec: {template: {metadata: {labels: {app: db}}, spec: {containers: [{ports: [{containerPort: 5432}, {containerPort: 53, protocol: UDP}]}]}}}
---
apiVersion: v1
kind: Pod
metadata: {name: tool, namespace: ops, labels: {app: tool}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress, Egress]
  ingress:
  - from: [{podSelector: {matchLabels: {app: web}}}]
    ports: [{port: 5432}, {port: 9000, endPort: 9010}, {port: 53, protocol: UDP}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-out, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to: [{podSelector: {matchLabels: {app: db}}}]
  - to: [{ipBlock: {cidr: 203.0.113.0/24}}]
    ports: [{port: 443}]
)";

std::vector<std::string> csvFields(const std::string &line)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted)
            fields.emplace_back();
        else
            fields.back() += c;
    }
    return fields;
}

bool inList(const std::string &list, int port)
{
    std::istringstream in(list);
    for (std::string item; std::getline(in, item, ',');) {
        const auto dash = item.find('-');
        const int first = std::stoi(item.substr(0, dash));
        const int last = dash == std::string::npos ? first : std::stoi(item.substr(dash + 1));
        if (port >= first && port <= last)
            return true;
    }
    return false;
}

} // namespace

TEST(CliConnections, TextListsTheAllowedPairsAggregated)
{
    const std::string dir = makeTempDir();
    const std::string input = writeTemp(dir, "shop.yaml", kShop);
    const ProcessResult r = netpol({"analyze", input});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(
        r.out,
        "0.0.0.0-203.0.112.255,203.0.114.0-255.255.255.255 => ops/tool[Pod] : All Connections\n"
        "0.0.0.0-203.0.112.255,203.0.114.0-255.255.255.255 => shop/web[Deployment] : All "
        "Connections\n"
        "203.0.113.0/24 => ops/tool[Pod] : All Connections\n"
        "203.0.113.0/24 => shop/web[Deployment] : All Connections\n"
        "::/0 => ops/tool[Pod] : All Connections\n"
        "::/0 => shop/web[Deployment] : All Connections\n"
        "ops/tool[Pod] => 0.0.0.0-203.0.112.255,203.0.114.0-255.255.255.255 : All Connections\n"
        "ops/tool[Pod] => 203.0.113.0/24 : All Connections\n"
        "ops/tool[Pod] => ::/0 : All Connections\n"
        "ops/tool[Pod] => shop/web[Deployment] : All Connections\n"
        "shop/web[Deployment] => 203.0.113.0/24 : TCP 443\n"
        "shop/web[Deployment] => shop/db[StatefulSet] : TCP 5432,9000-9010; UDP 53\n");

    const ProcessResult md = netpol({"analyze", input, "--format", "md", "--focus", "shop/db"});
    ASSERT_EQ(md.exitCode, 0) << md.err;
    EXPECT_EQ(md.out,
              "| from | to | connections |\n| --- | --- | --- |\n"
              "| shop/web[Deployment] | shop/db[StatefulSet] | TCP 5432,9000-9010; UDP 53 |\n");
}

TEST(CliConnections, CsvAgreesWithProbesPairByPair)
{
    const std::string dir = makeTempDir();
    const std::string input = writeTemp(dir, "shop.yaml", kShop);
    const ProcessResult csv = netpol({"analyze", input, "--format", "csv"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    std::istringstream lines(csv.out);
    std::string line;
    std::getline(lines, line);
    ASSERT_EQ(line, "from,fromKind,to,toKind,all,TCP,UDP,SCTP");
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> rows;
    while (std::getline(lines, line)) {
        const auto f = csvFields(line);
        ASSERT_EQ(f.size(), 8u) << line;
        rows[{f[0], f[2]}] = f;
    }
    ASSERT_TRUE(rows.count({"shop/web", "shop/db"})) << csv.out;
    EXPECT_EQ(rows.at({"shop/web", "shop/db"})[1], "Deployment");
    EXPECT_EQ(rows.at({"shop/web", "shop/db"})[3], "StatefulSet");
    EXPECT_EQ(rows.at({"shop/web", "shop/db"})[4], "false");
    // The same question pair by pair, through the evaluator behind --probes.
    const std::vector<std::pair<std::string, std::string>> endpoints
        = {{"shop/web", "shop/web"},
           {"shop/db", "shop/db"},
           {"ops/tool", "ops/tool"},
           {"203.0.113.7", "203.0.113.0/24"},
           {"198.51.100.1", "0.0.0.0-203.0.112.255,203.0.114.0-255.255.255.255"}};
    const std::vector<std::pair<int, std::string>> ports
        = {{443, "TCP"},  {5432, "TCP"}, {5433, "TCP"}, {8999, "TCP"}, {9000, "TCP"}, {9010, "TCP"},
           {9011, "TCP"}, {53, "UDP"},   {53, "TCP"},   {8080, "TCP"}, {80, "SCTP"}};
    std::string probes;
    std::vector<std::tuple<std::string, std::string, int, std::string>> asked;
    for (const auto &[fromProbe, fromName] : endpoints) {
        for (const auto &[toProbe, toName] : endpoints) {
            if (fromProbe == toProbe
                || (fromProbe.find('/') == std::string::npos
                    && toProbe.find('/') == std::string::npos))
                continue;
            for (const auto &[port, protocol] : ports) {
                probes += fromProbe + ' ' + toProbe + ' ' + std::to_string(port) + '/' + protocol
                          + '\n';
                asked.emplace_back(fromName, toName, port, protocol);
            }
        }
    }
    const ProcessResult verdicts = netpol(
        {"analyze", input, "--probes", writeTemp(dir, "p.txt", probes), "--format", "csv"});
    ASSERT_EQ(verdicts.exitCode, 0) << verdicts.err;
    std::istringstream verdictLines(verdicts.out);
    std::getline(verdictLines, line);
    int allowed = 0;
    for (const auto &[from, to, port, protocol] : asked) {
        ASSERT_TRUE(std::getline(verdictLines, line));
        const bool expected = line.ends_with(",true");
        allowed += expected;
        const auto row = rows.find({from, to});
        const std::size_t column = protocol == "TCP" ? 5 : protocol == "UDP" ? 6 : 7;
        const bool listed = row != rows.end() && inList(row->second[column], port);
        EXPECT_EQ(listed, expected) << from << " -> " << to << ' ' << port << '/' << protocol;
    }
    EXPECT_GT(allowed, 10);
    EXPECT_LT(allowed, int(asked.size()) - 10);
}

TEST(CliConnections, JsonFocusExplainAndMatrix)
{
    const std::string dir = makeTempDir();
    const std::string input = writeTemp(dir, "shop.yaml", kShop);
    const ProcessResult json
        = netpol({"analyze", input, "--format", "json", "--focus", "shop/web"});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const auto rows = parseJsonObjects(json.out);
    ASSERT_EQ(rows.size(), 6u) << json.out;
    for (const auto &row : rows)
        EXPECT_TRUE(row.at("from") == "shop/web" || row.at("to") == "shop/web") << json.out;
    EXPECT_NE(
        json.out.find("{\"from\": \"shop/web\", \"fromKind\": \"Deployment\", \"to\": \"shop/db\", "
                      "\"toKind\": \"StatefulSet\", \"all\": false, \"ports\": {\"TCP\": "
                      "\"5432,9000-9010\", \"UDP\": \"53\"}}"),
        std::string::npos)
        << json.out;

    const ProcessResult explained = netpol({"analyze", input, "--explain", "--focus", "shop/db"});
    ASSERT_EQ(explained.exitCode, 0) << explained.err;
    // Pairs of one namespace also say why the rest is denied, and come with nothing allowed.
    EXPECT_EQ(explained.out,
              "shop/db[StatefulSet] => shop/web[Deployment] : No Connections\n"
              "    egress of shop/db: isolated by shop/db-in ("
                  + input
                  + ":15); its rules allow nothing "
                    "toward shop/web\n"
                    "shop/web[Deployment] => shop/db[StatefulSet] : TCP 5432,9000-9010; UDP 53\n"
                    "    egress of shop/web: shop/web-out spec.egress[0] ("
                  + input
                  + ":32): TCP 5432,9000-9010; UDP 53\n"
                    "    ingress of shop/db: shop/db-in spec.ingress[0] ("
                  + input
                  + ":22): TCP 5432,9000-9010; UDP 53\n"
                    "    ingress of shop/db: isolated by shop/db-in ("
                  + input
                  + ":15); its rules allow TCP "
                    "5432,9000-9010; UDP 53 from shop/web, the rest is denied\n");
    // The same through the pair-by-pair evaluator.
    const ProcessResult probes
        = netpol({"analyze", input, "--probe", "shop/db:shop/web:8080", "--probe",
                  "shop/web:shop/db:9011", "--probe", "shop/web:shop/db:9010", "--format", "csv"});
    EXPECT_EQ(probes.out, "from,to,port,protocol,allowed\nshop/db,shop/web,8080,TCP,false\n"
                          "shop/web,shop/db,9011,TCP,false\nshop/web,shop/db,9010,TCP,true\n");

    const ProcessResult matrix
        = netpol({"analyze", input, "--matrix", "--format", "csv", "--focus", "ops/tool"});
    ASSERT_EQ(matrix.exitCode, 0) << matrix.err;
    std::istringstream lines(matrix.out);
    std::string line;
    std::getline(lines, line);
    EXPECT_EQ(line, "from,to,port,protocol,allowed");
    int count = 0;
    while (std::getline(lines, line)) {
        ++count;
        EXPECT_NE(line.find("ops/tool"), std::string::npos) << line;
    }
    EXPECT_EQ(count, 4 * 6) << "tool to and from 2 workloads on 6 ports in play";

    const ProcessResult unknown = netpol({"analyze", input, "--focus", "shop/nope"});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("error: focus-unknown-endpoint: --focus shop/nope"),
              std::string::npos)
        << unknown.err;
    EXPECT_EQ(unknown.out, "");
    EXPECT_EQ(netpol({"analyze", input, "--matrix", "--format", "md"}).exitCode, 2);
}

TEST(CliConnections, ExposureInEveryFormat)
{
    const std::string dir = makeTempDir();
    const std::string input = writeTemp(dir, "shop.yaml", kShop);
    const ProcessResult text = netpol({"analyze", input, "--exposure"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_EQ(text.out,
              "ops/tool[Pod]\n"
              "  accepts from entire cluster and every address : All Connections\n"
              "  may send to entire cluster and every address : All Connections\n"
              "\n"
              "shop/db[StatefulSet]\n"
              "  accepts from pods app=web in namespace shop : TCP 5432,9000-9010; UDP 53\n"
              "\n"
              "shop/web[Deployment]\n"
              "  accepts from entire cluster and every address : All Connections\n"
              "  may send to addresses 203.0.113.0/24 : TCP 443\n"
              "  may send to pods app=db in namespace shop : All Connections\n");
    // What the exposure says about a pod the input lacks holds for the evaluator: a new pod
    // labelled app=web in shop reaches db on 9005.
    const std::string more = writeTemp(dir, "more.yaml",
                                       "apiVersion: v1\nkind: Pod\nmetadata: {name: web2, "
                                       "namespace: shop, labels: {app: web}}\n");
    const ProcessResult probe
        = netpol({"analyze", input, more, "--probe", "shop/web2:shop/db:9005", "--format", "csv"});
    EXPECT_EQ(probe.out, "from,to,port,protocol,allowed\nshop/web2,shop/db,9005,TCP,true\n")
        << probe.err;

    const ProcessResult csv
        = netpol({"analyze", input, "--exposure", "--format", "csv", "--focus", "shop/db"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    EXPECT_EQ(csv.out, "workload,kind,direction,scope,peer,all,ports\n"
                       "shop/db,StatefulSet,ingress,namespace,pods app=web in namespace shop,false,"
                       "\"TCP 5432,9000-9010; UDP 53\"\n");
    const ProcessResult json
        = netpol({"analyze", input, "--exposure", "--format", "json", "--focus", "shop/web"});
    const auto rows = parseJsonObjects(json.out);
    ASSERT_EQ(rows.size(), 3u) << json.out;
    EXPECT_EQ(rows[1].at("scope"), "addresses");
    EXPECT_EQ(rows[1].at("direction"), "egress");
    EXPECT_EQ(rows[1].at("ports"), "TCP 443");
    EXPECT_EQ(netpol({"analyze", input, "--exposure", "--matrix"}).exitCode, 2);
    EXPECT_EQ(netpol({"analyze", input, "--exposure", "--format", "md"}).exitCode, 2);
}

TEST(CliConnections, TextMatrixWithFocusBlanksTheOtherCells)
{
    const std::string dir = makeTempDir();
    const std::string input = writeTemp(dir, "shop.yaml", kShop);
    const ProcessResult all = netpol({"analyze", input, "--matrix"});
    const ProcessResult focused = netpol({"analyze", input, "--matrix", "--focus", "ops/tool"});
    ASSERT_EQ(focused.exitCode, 0) << focused.err;
    // Rows and columns: ops/tool, shop/db, shop/web. The grid of 5432/TCP: tool's row and
    // column as in the full grid, the others blank.
    const std::string grid = "\n5432/TCP\n"
                             "            1 2 3\n"
                             "1  ops/tool - X .\n"
                             "2  shop/db  X X X\n"
                             "3  shop/web X . X\n";
    ASSERT_NE(all.out.find(grid), std::string::npos) << all.out;
    EXPECT_NE(focused.out.find("\n5432/TCP\n"
                               "            1 2 3\n"
                               "1  ops/tool - X .\n"
                               "2  shop/db  X    \n"
                               "3  shop/web X    \n"),
              std::string::npos)
        << focused.out;
}

TEST(CliConnections, ADesignIsAnalyzedAsTheClusterWouldRunIt)
{
    // A design file among the inputs stands for its generated policies with its workloads;
    // the drawn flows between workloads of managed namespaces are exactly what is allowed.
    const std::string design = examplePath("production.netpol.yaml");
    const ProcessResult r = netpol({"analyze", design});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("production/frontend[Deployment] => production/api-server[Deployment] : TCP 8080"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("production/api-server[Deployment] => production/database[StatefulSet] : TCP 5432"),
              std::string::npos)
        << r.out;
    EXPECT_EQ(r.out.find("production/frontend[Deployment] => production/database"), std::string::npos)
        << "not drawn, not allowed";
    // The same through standard input, and the same as its generated policies with its
    // workloads as manifests would be checked by `netpol diff` (no difference).
    const ProcessResult piped = netpol({"analyze", "-"}, readFile(design));
    EXPECT_EQ(piped.out, r.out);
    const ProcessResult same = netpol({"diff", design, design});
    EXPECT_EQ(same.exitCode, 0) << same.out << same.err;
}

TEST(CliConnections, ExplainTellsWhyTheRestIsDeniedForTheFlowsADesignDraws)
{
    // storefront/cart -> payments/payment-api is drawn in online-shop: a reviewer expects that
    // pair to talk, so its explanation also says what each side denies. The same policies
    // without the design draw nothing, and that pair of two namespaces is left at its rules.
    const std::string design = examplePath("online-shop.netpol.yaml");
    const std::string pair = "storefront/cart[Deployment] => payments/payment-api[Deployment] : TCP 8443\n";
    const std::string restriction
        = "    ingress of payments/payment-api: isolated by payments/default-deny-all, "
          "payments/allow-storefront-cart-to-payment-api-ingress, "
          "payments/allow-monitoring-prometheus-to-all-namespaces-ingress; its rules allow TCP 8443 "
          "from storefront/cart, the rest is denied\n";
    const ProcessResult drawn = netpol({"analyze", design, "--explain", "--focus", "storefront/cart"});
    EXPECT_EQ(drawn.exitCode, 0) << drawn.err;
    const std::size_t at = drawn.out.find(pair);
    ASSERT_NE(at, std::string::npos) << drawn.out;
    const std::size_t next = drawn.out.find("\nstorefront/", at + 1);
    EXPECT_NE(drawn.out.substr(at, next - at + 1).find(restriction), std::string::npos) << drawn.out;

    // The design's generated policies with its workloads, as plain manifests.
    const std::string dir = makeTempDir();
    const ProcessResult policies = netpol({"generate", design});
    ASSERT_EQ(policies.exitCode, 0) << policies.err;
    std::string workloads;
    for (const char *ns : {"storefront", "payments"})
        workloads += std::string("apiVersion: v1\nkind: Namespace\nmetadata: {name: ") + ns + "}\n---\n";
    workloads += "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: cart, namespace: storefront}\n"
                 "spec: {template: {metadata: {labels: {app: cart}}}}\n---\n"
                 "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: payment-api, namespace: payments}\n"
                 "spec: {template: {metadata: {labels: {app: payment-api}}, spec: {containers: "
                 "[{ports: [{containerPort: 8443}]}]}}}\n---\n";
    const std::string manifests = writeTemp(dir, "cluster.yaml", workloads + policies.out);
    const ProcessResult plain
        = netpol({"analyze", manifests, "--explain", "--focus", "storefront/cart"});
    EXPECT_EQ(plain.exitCode, 0) << plain.err;
    const std::size_t plainAt = plain.out.find(pair);
    ASSERT_NE(plainAt, std::string::npos) << plain.out;
    const std::size_t plainNext = plain.out.find("\nstorefront/", plainAt + 1);
    EXPECT_EQ(plain.out.substr(plainAt, plainNext - plainAt).find("the rest is denied"),
              std::string::npos)
        << plain.out;
}
