#include "model/graphviz_p.h"

#include <cstdio>
#include <cstdlib>

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

} // namespace

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
