#include "layering.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace Netpol::Layering {

namespace {

const char *const kTopFolders[] = {"model", "views", "app", "tests", "benchmarks"};

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> out;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        if (!item.empty())
            out.push_back(item);
    }
    return out;
}

bool startsWith(const std::string &text, const std::string &prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

bool isSource(const fs::path &path)
{
    const std::string ext = path.extension().string();
    return ext == ".h" || ext == ".cpp" || ext == ".hpp" || ext == ".cc" || ext == ".cxx";
}

std::string joined(const std::set<std::string> &items)
{
    std::string out;
    for (const std::string &item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out.empty() ? "nothing" : out;
}

class Checker
{
public:
    Checker(const fs::path &root, const std::vector<Layer> &layers)
        : m_root(root)
    {
        std::map<std::string, std::vector<std::string>> uses;
        for (const Layer &layer : layers)
            uses[layer.folder] = layer.uses;
        for (const Layer &layer : layers) {
            std::set<std::string> &reach = m_reach[layer.folder];
            std::function<void(const std::string &)> visit = [&](const std::string &folder) {
                for (const std::string &lower : uses[folder]) {
                    if (reach.insert(lower).second)
                        visit(lower);
                }
            };
            visit(layer.folder);
        }
    }

    Report run()
    {
        std::vector<std::string> files;
        for (const char *top : kTopFolders) {
            const fs::path dir = m_root / top;
            std::error_code ec;
            if (!fs::is_directory(dir, ec))
                continue;
            for (auto it = fs::recursive_directory_iterator(
                     dir, fs::directory_options::skip_permission_denied, ec);
                 it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (ec)
                    break;
                if (it->is_regular_file(ec) && isSource(it->path()))
                    files.push_back(fs::relative(it->path(), m_root).generic_string());
            }
        }
        std::sort(files.begin(), files.end());
        for (const std::string &file : files)
            checkFile(file);
        return std::move(m_report);
    }

private:
    // The layer a path lies in: the longest layer folder that holds it.
    std::string layerOf(const std::string &path) const
    {
        std::string best;
        for (const auto &[folder, reach] : m_reach) {
            if (startsWith(path, folder + '/') && folder.size() > best.size())
                best = folder;
        }
        return best;
    }

    void add(const std::string &file, int line, std::string message)
    {
        m_report.violations.push_back({file, line, std::move(message)});
    }

    void checkFile(const std::string &file)
    {
        ++m_report.files;
        const bool inModel = startsWith(file, "model/");
        const bool inViews = startsWith(file, "views/");
        const std::string layer = layerOf(file);
        if ((inModel || inViews) && layer.empty()) {
            add(file, 0, std::string("stands outside the layer folders of ")
                             + (inModel ? "model/" : "views/")
                             + "; move it into the layer it belongs to");
        }
        std::ifstream in(m_root / file);
        static const std::regex include(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])");
        std::string text;
        int lineNumber = 0;
        while (std::getline(in, text)) {
            ++lineNumber;
            std::smatch m;
            if (!std::regex_search(text, m, include))
                continue;
            ++m_report.includes;
            const std::string target = m[2];
            if (m[1] == "<") {
                if (inModel)
                    checkSystemInclude(file, lineNumber, target);
                continue;
            }
            checkQuotedInclude(file, lineNumber, layer, target, inModel || inViews);
        }
    }

    void checkSystemInclude(const std::string &file, int line, const std::string &target)
    {
        static const std::regex qt(R"(^(Q[A-Z][A-Za-z0-9]*|Qt[A-Za-z0-9]+/.*)$)");
        if (std::regex_match(target, qt)) {
            add(file, line, "the model includes Qt (<" + target + ">); model code is plain C++20");
            return;
        }
        const bool privateFile = file.size() > 4
                                 && (file.ends_with("_p.h") || !file.ends_with(".h"));
        if (privateFile)
            return;
        if (startsWith(target, "yaml-cpp/") || startsWith(target, "graphviz/")
            || target == "gvc.h" || target == "cgraph.h") {
            add(file, line, "a public model header includes <" + target
                                + ">; third-party types stay in .cpp files and _p.h headers");
        }
    }

    void checkQuotedInclude(const std::string &file, int line, const std::string &layer,
                            const std::string &target, bool fullPathsOnly)
    {
        bool rooted = false;
        for (const char *top : kTopFolders) {
            if (startsWith(target, std::string(top) + '/'))
                rooted = true;
        }
        if (!rooted) {
            std::error_code ec;
            const fs::path beside = (m_root / file).parent_path() / target;
            if (fullPathsOnly && (target.find('/') != std::string::npos || !fs::exists(beside, ec)))
                add(file, line, "includes \"" + target
                                    + "\" by a relative name; name it by its full path from the"
                                      " source root (\"model/...\", \"views/...\")");
            return;
        }
        if (layer.empty())
            return; // tests and benchmarks may include every layer
        const std::string targetLayer = layerOf(target);
        if (targetLayer == layer)
            return;
        if (startsWith(file, "views/") && startsWith(target, "app/")) {
            add(file, line, "a view includes \"" + target
                                + "\" of the app/ shells; views depend only on the model and"
                                  " other views");
            return;
        }
        if (targetLayer.empty()) {
            add(file, line, "includes \"" + target + "\", which lies in no layer folder");
            return;
        }
        const std::set<std::string> &reach = m_reach.at(layer);
        if (!reach.count(targetLayer)) {
            add(file, line, layer + " includes \"" + target + "\" of " + targetLayer
                                + ", which is not below it; " + layer + " may use " + joined(reach));
        }
    }

    fs::path m_root;
    std::map<std::string, std::set<std::string>> m_reach; // each layer: every layer below it
    Report m_report;
};

} // namespace

std::string Violation::toString() const
{
    return file + ':' + std::to_string(line) + ": " + message;
}

std::optional<std::vector<Layer>> parseLayers(const std::vector<std::string> &entries,
                                              std::string *error)
{
    std::vector<Layer> layers;
    std::map<std::string, std::size_t> index;
    for (const std::string &entry : entries) {
        const std::size_t eq = entry.find('=');
        if (eq == std::string::npos || eq == 0) {
            *error = "malformed layer \"" + entry + "\" (expected FOLDER=USES,...)";
            return std::nullopt;
        }
        Layer layer{entry.substr(0, eq), splitList(entry.substr(eq + 1))};
        if (!index.emplace(layer.folder, layers.size()).second) {
            *error = "layer " + layer.folder + " is given twice";
            return std::nullopt;
        }
        layers.push_back(std::move(layer));
    }
    for (const Layer &layer : layers) {
        for (const std::string &lower : layer.uses) {
            if (!index.count(lower)) {
                *error = layer.folder + " uses " + lower + ", which is not a layer";
                return std::nullopt;
            }
        }
    }
    // Depth-first search for a cycle: 1 on the current path, 2 finished.
    std::map<std::string, int> state;
    std::vector<std::string> path;
    std::function<bool(const std::string &)> cyclic = [&](const std::string &folder) {
        state[folder] = 1;
        path.push_back(folder);
        for (const std::string &lower : layers[index[folder]].uses) {
            if (state[lower] == 1) {
                path.push_back(lower);
                return true;
            }
            if (state[lower] == 0 && cyclic(lower))
                return true;
        }
        state[folder] = 2;
        path.pop_back();
        return false;
    };
    for (const Layer &layer : layers) {
        if (state[layer.folder] == 0 && cyclic(layer.folder)) {
            std::string cycle;
            const auto first = std::find(path.begin(), path.end(), path.back());
            for (auto it = first; it != path.end(); ++it)
                cycle += (cycle.empty() ? "" : " -> ") + *it;
            *error = "the layers form a cycle: " + cycle;
            return std::nullopt;
        }
    }
    return layers;
}

Report checkTree(const fs::path &root, const std::vector<Layer> &layers)
{
    return Checker(root, layers).run();
}

} // namespace Netpol::Layering
