#pragma once

// Private helpers around cgraph (included only from .cpp files in model/). cgraph is not
// thread safe: these are only ever used to build or read graphs, never to lay them out in the
// caller's process.

#include <graphviz/cgraph.h>

#include <string>

namespace Netpol::Gv {

// Owns a cgraph root graph.
class Graph
{
public:
    explicit Graph(Agraph_t *graph) : m_graph(graph) {}
    Graph(const Graph &) = delete;
    Graph &operator=(const Graph &) = delete;
    ~Graph()
    {
        if (m_graph)
            agclose(m_graph);
    }
    Agraph_t *get() const { return m_graph; }
    explicit operator bool() const { return m_graph != nullptr; }

private:
    Agraph_t *m_graph;
};

inline char *cs(const std::string &s)
{
    return const_cast<char *>(s.c_str());
}

// A new directed root graph whose subgraphs are written (and laid out) in the order they were
// made, whatever the heap looks like.
Agraph_t *open(const std::string &name);

inline void set(void *object, const char *name, const std::string &value)
{
    agsafeset(object, const_cast<char *>(name), cs(value), const_cast<char *>(""));
}

// Sets an HTML-like label (`<...>` in DOT).
void setHtml(Agraph_t *root, void *object, const char *name, const std::string &html);

// The attribute's value, or "" when unset.
std::string get(void *object, const char *name);

// The graph in DOT syntax.
std::string write(Agraph_t *graph);

// Parses DOT text; null on a syntax error, with cgraph's message in `error`.
Agraph_t *read(const std::string &dot, std::string *error);

// Escapes text for an HTML-like label.
std::string escapeHtml(const std::string &text);

} // namespace Netpol::Gv
