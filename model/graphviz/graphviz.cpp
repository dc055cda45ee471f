#include "model/graphviz/graphviz_p.h"

#include <cstdio>
#include <cstdlib>
#include <unordered_map>
#include <vector>

namespace Netpol::Gv {

namespace {

std::string &lastError()
{
    static std::string error;
    return error;
}

int collectError(char *message)
{
    lastError() += message;
    return 0;
}

// Object IDs in creation order. cgraph's default uses the address of the interned name as a
// named object's ID, and keeps subgraphs ordered by ID: the DOT's cluster order (and so
// Graphviz's layout) then depended on the heap, and a design read from standard input came out
// different from the same design read from a file.
struct SequentialIds
{
    Agraph_t *graph = nullptr;
    std::vector<char *> names; // interned; names[i] has the ID 2 * (i + 1); anonymous IDs are odd
    std::unordered_map<std::string, IDTYPE> ids;
    IDTYPE nextAnonymous = 1;
};

void *openIds(Agraph_t *graph, Agdisc_t *)
{
    auto *ids = new SequentialIds;
    ids->graph = graph;
    return ids;
}

long mapId(void *state, int, char *name, IDTYPE *id, int create)
{
    auto *ids = static_cast<SequentialIds *>(state);
    if (!name) {
        *id = ids->nextAnonymous;
        ids->nextAnonymous += 2;
        return 1;
    }
    const auto it = ids->ids.find(name);
    if (it != ids->ids.end()) {
        *id = it->second;
        return 1;
    }
    if (!create)
        return 0;
    // Interned like cgraph's own names, which the writer inspects (HTML-like or not).
    ids->names.push_back(agstrdup(ids->graph, name));
    *id = IDTYPE(ids->names.size()) * 2;
    ids->ids.emplace(name, *id);
    return 1;
}

long allocId(void *, int, IDTYPE)
{
    return 1;
}

void freeId(void *, int, IDTYPE) { }

char *printId(void *state, int, IDTYPE id)
{
    const auto *ids = static_cast<SequentialIds *>(state);
    if (id % 2 != 0 || id == 0 || id / 2 > ids->names.size())
        return nullptr;
    return ids->names[std::size_t(id / 2 - 1)];
}

void closeIds(void *state)
{
    auto *ids = static_cast<SequentialIds *>(state);
    for (char *name : ids->names) // agclose calls this before it closes the string pool
        agstrfree(ids->graph, name);
    delete ids;
}

void registerId(void *, int, void *) { }

Agiddisc_t sequentialIdDisc = {openIds, mapId, allocId, freeId, printId, closeIds, registerId};
Agdisc_t sequentialDisc = {&AgMemDisc, &sequentialIdDisc, &AgIoDisc};

} // namespace

Agraph_t *open(const std::string &name)
{
    return agopen(cs(name), Agdirected, &sequentialDisc);
}

void setHtml(Agraph_t *root, void *object, const char *name, const std::string &html)
{
    char *label = agstrdup_html(root, cs(html));
    agsafeset(object, const_cast<char *>(name), label, const_cast<char *>(""));
    agstrfree(root, label);
}

std::string get(void *object, const char *name)
{
    const char *value = agget(object, const_cast<char *>(name));
    return value ? std::string(value) : std::string();
}

std::string write(Agraph_t *graph)
{
    char *buffer = nullptr;
    std::size_t size = 0;
    FILE *stream = open_memstream(&buffer, &size);
    if (!stream)
        return {};
    agwrite(graph, stream);
    std::fclose(stream);
    std::string text(buffer, size);
    std::free(buffer);
    return text;
}

Agraph_t *read(const std::string &dot, std::string *error)
{
    lastError().clear();
    const agusererrf previous = agseterrf(collectError);
    Agraph_t *graph = agmemread(dot.c_str());
    agseterrf(previous);
    if (!graph && error)
        *error = lastError().empty() ? std::string("not a valid DOT graph") : lastError();
    return graph;
}

std::string escapeHtml(const std::string &text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace Netpol::Gv
