// netpol diff OLD NEW through the binary: every change kind, endpoints on one side only,
// designs and git:REV:PATH sources, the formats and diff(1)'s exit codes; the changes are
// checked against probes of both sides (the pair-by-pair evaluator).

#include "support/scenario.h"
#include "clitest.h"
#include "support/testsupport.h"

#include "model/core/fileio.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

const char kWorkloads[] = R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{ports: [{containerPort: 8080}]}]}}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec: {template: {metadata: {labels: {app: db}}, spec: {containers: [{ports: [{containerPort: 5432}]}]}}}
)";

// Zero trust in shop: web may reach db on 5432, web's own ingress from anywhere on 8080.
const char kOldPolicies[] = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-db, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 5432}]}]
  egress: [{to: [{podSelector: {matchLabels: {app: db}}}], ports: [{port: 5432}]}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Egress]
  egress: [{to: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 8080}]}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: [{from: [{podSelector: {matchLabels: {app: db}}}], ports: [{port: 8080}]}]
)";

// Changed: web -> db also on 5433 (changed); db -> web no more (removed); a new cache that web
// reaches on 6379 (added, and a new endpoint).
const char kNewPolicies[] = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-db, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 5432}, {port: 5433}, {port: 6379}]}]
  egress: [{to: [{podSelector: {matchLabels: {app: db}}}], ports: [{port: 5432}, {port: 5433}]},
           {to: [{podSelector: {matchLabels: {app: cache}}}], ports: [{port: 6379}]}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: cache, namespace: shop}
spec: {template: {metadata: {labels: {app: cache}}, spec: {containers: [{ports: [{containerPort: 6379}]}]}}}
)";

bool probeAllowed(const std::string &input, const std::string &probe)
{
    const ProcessResult r = netpol({"analyze", input, "--probe", probe, "--format", "csv"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.out.find(",true\n") != std::string::npos;
}

} // namespace

TEST(CliDiff, EveryChangeKindWithOneSidedEndpoints)
{
    const std::string dir = makeTempDir();
    const std::string oldFile
        = writeTemp(dir, "old.yaml", std::string(kWorkloads) + "---\n" + kOldPolicies);
    const std::string newFile
        = writeTemp(dir, "new.yaml", std::string(kWorkloads) + "---\n" + kNewPolicies);
    const ProcessResult r = netpol({"diff", oldFile, newFile});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_EQ(
        r.out,
        "removed shop/db[StatefulSet] => shop/web[Deployment] : TCP 8080 -> No Connections\n"
        "added shop/web[Deployment] => shop/cache[Deployment] (new) : No Connections -> TCP 6379\n"
        "changed shop/web[Deployment] => shop/db[StatefulSet] : TCP 5432 -> TCP 5432-5433\n"
        "\n1 added, 1 removed, 1 changed\n");
    // The same verdicts pair by pair, through --probe on each side.
    EXPECT_TRUE(probeAllowed(oldFile, "shop/db:shop/web:8080"));
    EXPECT_FALSE(probeAllowed(newFile, "shop/db:shop/web:8080"));
    EXPECT_TRUE(probeAllowed(newFile, "shop/web:shop/cache:6379"));
    EXPECT_FALSE(probeAllowed(oldFile, "shop/web:shop/db:5433"));
    EXPECT_TRUE(probeAllowed(newFile, "shop/web:shop/db:5433"));
    EXPECT_TRUE(probeAllowed(newFile, "shop/web:shop/db:5432"));

    const ProcessResult back = netpol({"diff", newFile, oldFile, "--format", "csv"});
    EXPECT_EQ(back.exitCode, 1);
    EXPECT_EQ(back.out,
              "change,from,fromKind,fromStatus,to,toKind,toStatus,before,after\n"
              "added,shop/db,StatefulSet,,shop/web,Deployment,,,TCP 8080\n"
              "removed,shop/web,Deployment,,shop/cache,Deployment,gone,TCP 6379,\n"
              "changed,shop/web,Deployment,,shop/db,StatefulSet,,TCP 5432-5433,TCP 5432\n");
    const ProcessResult md = netpol({"diff", oldFile, newFile, "--format", "md"});
    EXPECT_NE(md.out.find("| added | shop/web[Deployment] | shop/cache[Deployment] (new) | No "
                          "Connections | TCP 6379 |"),
              std::string::npos)
        << md.out;
    const ProcessResult json = netpol({"diff", oldFile, newFile, "--format", "json"});
    EXPECT_NE(
        json.out.find(
            "\"change\": \"removed\", \"before\": {\"from\": \"shop/db\", \"fromKind\": "
            "\"StatefulSet\", \"to\": \"shop/web\", \"toKind\": \"Deployment\", \"all\": false, "
            "\"ports\": {\"TCP\": \"8080\"}}, \"after\": null}"),
        std::string::npos)
        << json.out;
}

TEST(CliDiff, ExitCodes)
{
    const std::string dir = makeTempDir();
    const std::string oldFile
        = writeTemp(dir, "old.yaml", std::string(kWorkloads) + "---\n" + kOldPolicies);
    const ProcessResult same = netpol({"diff", oldFile, oldFile});
    EXPECT_EQ(same.exitCode, 0) << same.err;
    EXPECT_EQ(same.out, "No differences in the allowed connections.\n");
    EXPECT_EQ(netpol({"diff", oldFile, oldFile, "--format", "json"}).out, "{\"changes\": []}\n");
    EXPECT_EQ(netpol({"diff", oldFile}).exitCode, 2);
    EXPECT_EQ(netpol({"diff", oldFile, oldFile, "--format", "xml"}).exitCode, 2);
    const ProcessResult missing = netpol({"diff", oldFile, dir + "/none.yaml"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("none.yaml"), std::string::npos) << missing.err;
    const std::string broken
        = writeTemp(dir, "broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {namespace: x}\n");
    const ProcessResult errors = netpol({"diff", oldFile, broken});
    EXPECT_EQ(errors.exitCode, 2);
    EXPECT_NE(errors.err.find("missing-field"), std::string::npos) << errors.err;
    EXPECT_EQ(errors.out, "");
}

TEST(CliDiff, DesignsDirectoriesAndGit)
{
    const std::string dir = makeTempDir();
    // Designs: their generated policies with their workloads. One more port on a flow.
    const std::string design = examplePath("production.netpol.yaml");
    std::string text = readFile(design);
    const std::string flow
        = "{from: production/frontend, to: production/api-server, ports: [8080/TCP]}";
    const auto at = text.find(flow);
    ASSERT_NE(at, std::string::npos);
    text.replace(
        at, flow.size(),
        "{from: production/frontend, to: production/api-server, ports: [8080/TCP, 9090/TCP]}");
    const std::string wider = writeTemp(dir, "wider.netpol.yaml", text);
    EXPECT_EQ(netpol({"diff", design, design}).exitCode, 0);
    const ProcessResult designs = netpol({"diff", design, wider});
    EXPECT_EQ(designs.exitCode, 1) << designs.err;
    EXPECT_EQ(designs.out,
              "changed production/frontend[Deployment] => production/api-server[Deployment] : "
              "TCP 8080 -> TCP 8080,9090\n\n0 added, 0 removed, 1 changed\n");

    // A git repository with two commits: the old policies, then the new ones.
    const std::string repo = dir + "/repo";
    const std::string script
        = "set -e; mkdir -p " + repo + "/deploy/.hidden && cd " + repo
          + " && git init -q && git config user.email t@example.com && git config user.name t"
          + " && cp " + dir + "/old.yaml deploy/policies.yaml && cp " + dir
          + "/work.yaml deploy/workloads.yml"
          + " && echo 'not: [valid' > deploy/.hidden/x.yaml && echo note > deploy/README"
          + " && git add -A && git commit -qm old && cp " + dir + "/new.yaml deploy/policies.yaml"
          + " && git commit -qam new";
    writeTemp(dir, "old.yaml", kOldPolicies);
    writeTemp(dir, "new.yaml", kNewPolicies);
    writeTemp(dir, "work.yaml", kWorkloads);
    const ProcessResult made = runProcess("/bin/sh", {"-c", script});
    ASSERT_EQ(made.exitCode, 0) << made.err;
    const ProcessResult r
        = runProcess("/bin/sh", {"-c", "cd " + repo + "/deploy && " + NETPOL_BIN
                                           + " diff git:HEAD~1:deploy git:HEAD:deploy"});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(
        r.out.find(
            "changed shop/web[Deployment] => shop/db[StatefulSet] : TCP 5432 -> TCP 5432-5433\n"),
        std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("1 added, 1 removed, 1 changed"), std::string::npos) << r.out;
    // A file at a revision against the working tree's directory.
    const ProcessResult mixed
        = runProcess("/bin/sh", {"-c", "cd " + repo + " && " + NETPOL_BIN
                                           + " diff git:HEAD:deploy/policies.yaml deploy"});
    EXPECT_EQ(mixed.exitCode, 1) << mixed.err;
    EXPECT_NE(mixed.out.find("shop/web[Deployment] (new)"), std::string::npos)
        << "the file alone has no workloads: " << mixed.out;
    const ProcessResult same = runProcess(
        "/bin/sh", {"-c", "cd " + repo + " && " + NETPOL_BIN + " diff git:HEAD:deploy deploy"});
    EXPECT_EQ(same.exitCode, 0) << same.err << same.out;
    const ProcessResult badRev = runProcess(
        "/bin/sh", {"-c", "cd " + repo + " && " + NETPOL_BIN + " diff git:nope:deploy deploy"});
    EXPECT_EQ(badRev.exitCode, 2);
    EXPECT_NE(badRev.err.find("git cat-file failed"), std::string::npos) << badRev.err;
}

TEST(CliDiff, ExplainNamesTheRulesOnBothSides)
{
    const std::string dir = makeTempDir();
    const std::string oldFile
        = writeTemp(dir, "old.yaml", std::string(kWorkloads) + "---\n" + kOldPolicies);
    const std::string newFile
        = writeTemp(dir, "new.yaml", std::string(kWorkloads) + "---\n" + kNewPolicies);
    const ProcessResult r = netpol({"diff", oldFile, newFile, "--explain"});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(
        r.out.find(
            "changed shop/web[Deployment] => shop/db[StatefulSet] : TCP 5432 -> TCP 5432-5433\n"
            "    because: egress of shop/web: shop/web-db spec.egress[0] ("
            + newFile
            + ":23) allows TCP 5432-5433 (was TCP 5432)\n"
              "    because: ingress of shop/db: shop/web-db spec.ingress[0] ("
            + newFile
            + ":22) allows TCP 5432-5433,6379 (was TCP 5432)\n"
              "    before: egress of shop/web: shop/web-db spec.egress[0] ("
            + oldFile
            + ":23): TCP 5432\n"
              "    before: ingress of shop/db: shop/web-db spec.ingress[0] ("
            + oldFile
            + ":22): TCP 5432\n"
              "    before: egress of shop/web: isolated by shop/deny ("
            + oldFile + ":11), shop/web-db (" + oldFile
            + ":16); its rules allow TCP 5432 toward shop/db, the rest is denied\n"),
        std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("    after: egress of shop/web: shop/web-db spec.egress[0] (" + newFile
                         + ":23): TCP 5432-5433\n"
                           "    after: ingress of shop/db: shop/web-db spec.ingress[0] ("
                         + newFile + ":22): TCP 5432-5433\n"),
              std::string::npos)
        << r.out;
    EXPECT_NE(
        r.out.find(
            "removed shop/db[StatefulSet] => shop/web[Deployment] : TCP 8080 -> No Connections\n"
            "    because: egress of shop/db: shop/db-web spec.egress[0] ("
            + oldFile
            + ":31) no longer allows TCP 8080 (the policy is not in NEW)\n"
              "    because: ingress of shop/web: shop/web-in spec.ingress[0] ("
            + oldFile
            + ":38) no longer allows TCP 8080 (the policy is not in NEW)\n"
              "    before: egress of shop/db: shop/db-web spec.egress[0] ("
            + oldFile + ":31): TCP 8080\n"),
        std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("    after: nothing allowed\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("    because: shop/cache[Deployment] is only in NEW\n"), std::string::npos)
        << r.out;
    const ProcessResult json = netpol({"diff", oldFile, newFile, "--explain", "--format", "json"});
    EXPECT_NE(
        json.out.find("\"reasons\": [\"because: egress of shop/web: shop/web-db spec.egress[1] ("
                      + newFile + ":24) now allows TCP 6379\", "),
        std::string::npos)
        << json.out;
    // The other way round, the rules of db-web come with their policy.
    const ProcessResult back = netpol({"diff", newFile, oldFile, "--explain"});
    EXPECT_NE(back.out.find("    because: egress of shop/db: shop/db-web spec.egress[0] (" + oldFile
                            + ":31) now allows TCP 8080 (the policy is not in OLD)\n"),
              std::string::npos)
        << back.out;
}
