#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace Netpol::Layering {

// A folder of the tree that is a layer ("model/k8s") and the layers it may include directly
// ("model/core"); it may also include what those may, and itself.
struct Layer
{
    std::string folder;
    std::vector<std::string> uses;
};

// One broken rule, placed on the line of the offending #include (line 0: the file itself).
struct Violation
{
    std::string file; // relative to the tree's root, with '/'
    int line = 0;
    std::string message;

    std::string toString() const; // "file:line: message"
};

struct Report
{
    std::vector<Violation> violations;
    int files = 0;
    int includes = 0;
};

// Parses "model/k8s=model/core,model/manifests" (as model/CMakeLists.txt records them). Fails,
// with a sentence in `error`, on a malformed entry, a folder given twice, a use of a folder
// that is not a layer, or a cycle among the uses.
std::optional<std::vector<Layer>> parseLayers(const std::vector<std::string> &entries,
                                              std::string *error);

// Reads every C++ file below root/{model,views,app,tests,benchmarks} and reports:
//  - a source file directly in model/ or views/, or in a folder of theirs that is no layer;
//  - a quoted include of a layer folder that the file's own layer does not use (directly or
//    through the layers it uses), which covers a view including a file of app/;
//  - in model/ and views/, a quoted include that is neither a full path ("model/...",
//    "views/...") nor a file beside the includer;
//  - a model file that includes Qt, and a public model header that includes yaml-cpp or
//    Graphviz (they stay in .cpp files and private _p.h headers).
Report checkTree(const std::filesystem::path &root, const std::vector<Layer> &layers);

} // namespace Netpol::Layering
