// The layering check on small planted trees: each rule fires, names the file and the line, and
// stays quiet on what is allowed. The real tree is checked by the ctest `layering`.

#include "layering.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

using namespace Netpol::Layering;

namespace {

const std::vector<std::string> kLayers = {
    "model/core=",
    "model/k8s=model/core",
    "model/design=model/k8s",
    "model/graphviz=model/design",
    "views/canvas=model/graphviz",
    "views/panels=views/canvas",
    "app/designer=views/panels",
};

class LayeringTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_root = Netpol::Test::makeTempDir();
        std::string error;
        const auto layers = parseLayers(kLayers, &error);
        ASSERT_TRUE(layers) << error;
        m_layers = *layers;
        write("model/core/diagnostic.h", "#pragma once\n#include <string>\n");
        write("model/k8s/labels.h", "#pragma once\n#include \"model/core/diagnostic.h\"\n");
        write("model/k8s/labels.cpp", "#include \"model/k8s/labels.h\"\n#include \"labels.h\"\n");
        write("model/design/design.h",
              "#pragma once\n\n#include \"model/k8s/labels.h\"\n#include \"model/core/diagnostic.h\"\n");
        write("model/graphviz/graph_p.h", "#pragma once\n#include <graphviz/cgraph.h>\n");
        write("views/canvas/scene.h", "#pragma once\n#include <QGraphicsScene>\n"
                                      "#include \"model/design/design.h\"\n");
        write("views/panels/palette.cpp", "#include \"views/canvas/scene.h\"\n");
        write("app/designer/window.cpp", "#include \"window.h\"\n#include \"views/panels/palette.h\"\n");
        write("app/designer/window.h", "#pragma once\n");
        write("tests/tst_all.cpp", "#include \"views/panels/palette.h\"\n#include \"app/designer/window.h\"\n");
    }

    void write(const std::string &relative, const std::string &text)
    {
        const fs::path path = fs::path(m_root) / relative;
        fs::create_directories(path.parent_path());
        std::ofstream(path) << text;
    }

    std::vector<std::string> violations()
    {
        std::vector<std::string> out;
        for (const Violation &v : checkTree(m_root, m_layers).violations)
            out.push_back(v.toString());
        return out;
    }

    std::string m_root;
    std::vector<Layer> m_layers;
};

} // namespace

TEST_F(LayeringTest, CleanTreePasses)
{
    const Report report = checkTree(m_root, m_layers);
    EXPECT_TRUE(report.violations.empty()) << report.violations.front().toString();
    EXPECT_EQ(report.files, 10);
    EXPECT_EQ(report.includes, 14);
}

TEST_F(LayeringTest, UpwardIncludeNamesFileAndLine)
{
    write("model/k8s/selector.cpp",
          "#include \"model/k8s/labels.h\"\n\n#include \"model/design/design.h\"\n");
    const auto found = violations();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0], "model/k8s/selector.cpp:3: model/k8s includes \"model/design/design.h\" of "
                        "model/design, which is not below it; model/k8s may use model/core");
}

TEST_F(LayeringTest, SiblingLayerIsNotBelow)
{
    // A layer may use what the layers it uses may use (graphviz reaches k8s through design),
    // but not a layer beside or above it (canvas and panels).
    write("model/graphviz/layout.cpp", "#include \"model/k8s/labels.h\"\n");
    EXPECT_TRUE(violations().empty());
    write("views/canvas/badge.cpp", "#include \"views/panels/palette.h\"\n");
    const auto found = violations();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].find("views/canvas/badge.cpp:1: views/canvas includes"), std::string::npos);
}

TEST_F(LayeringTest, ModelIncludingQtFails)
{
    write("model/design/names.h", "#pragma once\n#include <string>\n#include <QString>\n");
    write("model/core/files.cpp", "#include <QtCore/QFile>\n");
    const auto found = violations();
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0], "model/core/files.cpp:1: the model includes Qt (<QtCore/QFile>); model "
                        "code is plain C++20");
    EXPECT_EQ(found[1].substr(0, 24), "model/design/names.h:3: ");
}

TEST_F(LayeringTest, ThirdPartyTypesStayPrivate)
{
    write("model/graphviz/diagram.h", "#pragma once\n#include <graphviz/gvc.h>\n");
    write("model/graphviz/diagram.cpp", "#include <graphviz/gvc.h>\n");
    const auto found = violations();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].substr(0, 28), "model/graphviz/diagram.h:2: ");
}

TEST_F(LayeringTest, ViewIncludingAppFails)
{
    write("views/panels/dock.cpp", "#include \"views/canvas/scene.h\"\n#include \"app/designer/window.h\"\n");
    const auto found = violations();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].find("views/panels/dock.cpp:2: a view includes \"app/designer/window.h\""),
              std::string::npos);
}

TEST_F(LayeringTest, ModelIncludingViewsFails)
{
    write("model/design/edit.cpp", "#include \"views/canvas/scene.h\"\n");
    const auto found = violations();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].find("model/design/edit.cpp:1: model/design includes"), std::string::npos);
}

TEST_F(LayeringTest, FileOutsideTheLayersFails)
{
    write("model/loose.cpp", "#include \"model/core/diagnostic.h\"\n");
    write("views/misc/thing.h", "#pragma once\n");
    const auto found = violations();
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0], "model/loose.cpp:0: stands outside the layer folders of model/; move it "
                        "into the layer it belongs to");
    EXPECT_EQ(found[1].substr(0, 21), "views/misc/thing.h:0:");
}

TEST_F(LayeringTest, RelativeIncludeAcrossFoldersFails)
{
    // A bare name is allowed only for a file beside the includer.
    write("model/design/check.cpp", "#include \"design.h\"\n#include \"labels.h\"\n"
                                    "#include \"../k8s/labels.h\"\n");
    const auto found = violations();
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].substr(0, 26), "model/design/check.cpp:2: ");
    EXPECT_EQ(found[1].substr(0, 26), "model/design/check.cpp:3: ");
}

TEST(LayeringParse, RejectsCyclesAndUnknownUses)
{
    std::string error;
    EXPECT_FALSE(parseLayers({"model/a=model/b", "model/b=model/c", "model/c=model/a"}, &error));
    EXPECT_EQ(error, "the layers form a cycle: model/a -> model/b -> model/c -> model/a");
    EXPECT_FALSE(parseLayers({"model/a=model/x"}, &error));
    EXPECT_EQ(error, "model/a uses model/x, which is not a layer");
    EXPECT_FALSE(parseLayers({"model/a=", "model/a="}, &error));
    EXPECT_EQ(error, "layer model/a is given twice");
    EXPECT_FALSE(parseLayers({"model/a"}, &error));
    const auto layers = parseLayers({"model/a=", "model/b=model/a"}, &error);
    ASSERT_TRUE(layers);
    EXPECT_EQ((*layers)[1].uses, std::vector<std::string>{"model/a"});
}
