// Hostile inputs with bounds the test states itself (setrlimit in the child): what used to take
// quadratic time must finish well within them.

#include "support/sanitizers.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace Netpol::Test;

TEST(CliHostile, AHundredThousandLabelKeysAreCheckedInLinearTime)
{
    // 1.5 MB: a podSelector with 100,000 distinct keys and one repeated at the end. The
    // duplicate-key check was a linear search per key (18 CPU seconds here); the whole
    // validation now takes half a second, and 5 CPU seconds and 2 GB are its bound.
    const std::string path = makeTempDir() + "/labels.yaml";
    {
        std::ofstream out(path);
        out << "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
               "metadata: {name: wide, namespace: shop}\nspec:\n  podSelector:\n    matchLabels:\n";
        for (int i = 0; i < 100000; ++i)
            out << "      k" << i << ": v\n";
        out << "      k7: again\n  policyTypes: [Ingress]\n";
    }
    const ProcessResult r = runLimited(NETPOL_BIN, {"validate", path}, 5, 2LL << 30);
    EXPECT_NE(r.exitCode, 128 + 24) << "ran out of CPU time (SIGXCPU)";
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.out.find(":100007:7: error: duplicate-key: duplicate key \"k7\""), std::string::npos)
        << r.out.substr(0, 2000);
}

TEST(CliHostile, TooManyIpBlocksAreRefusedQuicklyInLittleMemory)
{
    // One 1.9 MB policy with 50,000 ipBlocks: once the import's dense flow matrices ran out of
    // memory on it. Now the import refuses it (more externals than a design holds), quickly,
    // in bounded memory, and exits 1 like other input it cannot take.
    const std::string path = makeTempDir() + "/ipblocks.yaml";
    {
        std::ofstream out(path);
        out << "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
               "metadata: {name: many, namespace: shop}\nspec:\n  podSelector: {}\n"
               "  policyTypes: [Egress]\n  egress:\n  - to:\n";
        for (int i = 0; i < 50000; ++i)
            out << "    - ipBlock: {cidr: 10." << i / 65536 << '.' << (i / 256) % 256 << '.' << i % 256
                << "/32}\n";
    }
    const ProcessResult r =
        runLimited(NETPOL_BIN, {"import", path, "-o", path + ".netpol.yaml"}, 60, 512LL << 20);
    EXPECT_EQ(r.exitCode, 1) << r.err.substr(0, 2000);
    EXPECT_NE(r.err.find("error: import-too-many-externals: the policies have 50000 distinct ipBlocks"),
              std::string::npos)
        << r.err.substr(0, 2000);
    EXPECT_FALSE(std::filesystem::exists(path + ".netpol.yaml"));
}

// Only where operator new throws: AddressSanitizer's reports an exhausted heap and aborts, and
// its shadow memory leaves RLIMIT_AS no meaning, so a sanitizer build has nothing to check here.
#if !defined(NETPOL_TEST_ASAN)
TEST(CliHostile, RunningOutOfMemoryIsAnErrorNamingTheInput)
{
    // 50,000 pods (9.5 MB) read and imported within 150 MB of address space: far too little.
    // The command reports it and exits 2; no abort, no std::bad_alloc escaping, no output file.
    static_assert(!builtWithAddressSanitizer());
    const std::string path = makeTempDir() + "/pods.yaml";
    {
        std::ofstream out(path);
        for (int i = 0; i < 50000; ++i)
            out << "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p" << i << "\n  namespace: ns"
                << i % 500 << "\n  labels: {app: a" << i % 37 << ", id: x" << i
                << "}\nspec: {containers: [{name: c, ports: [{containerPort: " << 8000 + i % 50
                << ", name: http}]}]}\n---\n";
    }
    const ProcessResult r =
        runLimited(NETPOL_BIN, {"import", path, "-o", path + ".netpol.yaml"}, 60, 150LL << 20);
    EXPECT_EQ(r.exitCode, 2) << r.err.substr(0, 2000);
    EXPECT_NE(r.err.find("netpol: error: out of memory while importing " + path + "\n"),
              std::string::npos)
        << r.err.substr(0, 2000);
    EXPECT_EQ(r.err.find("terminate called"), std::string::npos) << r.err.substr(0, 2000);
    EXPECT_FALSE(std::filesystem::exists(path + ".netpol.yaml"));
}
#endif
