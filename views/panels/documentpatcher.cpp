#include "views/panels/documentpatcher.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>

#include <utility>

namespace Netpol {

namespace {

using Segments = std::vector<std::pair<qsizetype, qsizetype>>;

// The text's parts: the header, then each document from its "---" line on, as [start, end).
Segments segmentsOf(const QString &text)
{
    Segments out;
    qsizetype start = 0;
    qsizetype next = text.startsWith(QLatin1String("---\n")) ? 0 : text.indexOf(QLatin1String("\n---\n"));
    while (next >= 0) {
        const qsizetype boundary = next == 0 ? 0 : next + 1;
        out.emplace_back(start, boundary);
        start = boundary;
        next = text.indexOf(QLatin1String("\n---\n"), boundary);
    }
    out.emplace_back(start, text.size());
    return out;
}

QStringView piece(const QString &text, const std::pair<qsizetype, qsizetype> &range)
{
    return QStringView(text).sliced(range.first, range.second - range.first);
}

} // namespace

DocumentPatcher::DocumentPatcher(QPlainTextEdit *editor, QObject *parent)
    : QObject(parent), m_editor(editor)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (step(kSliceChars)) {
            m_timer.stop();
            emit finished();
        }
    });
}

void DocumentPatcher::patch(const QString &current, const QString &text, bool inSlices)
{
    m_queue.clear();
    m_inserted = -1;
    const Segments before = segmentsOf(current);
    const Segments after = segmentsOf(text);
    auto same = [&](std::size_t i, std::size_t j) {
        return piece(current, before[i]) == piece(text, after[j]);
    };
    const std::size_t n = before.size();
    const std::size_t m = after.size();
    std::size_t prefix = 0;
    while (prefix < std::min(n, m) && same(prefix, prefix))
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < std::min(n, m) - prefix && same(n - 1 - suffix, m - 1 - suffix))
        ++suffix;
    if (n - suffix - prefix == m - suffix - prefix) {
        for (std::size_t i = n - suffix; i-- > prefix;) { // from the end: earlier ranges stay put
            if (!same(i, i))
                m_queue.push_back({before[i].first, before[i].second, piece(text, after[i]).toString()});
        }
    } else {
        const qsizetype from = prefix < n ? before[prefix].first : current.size();
        const qsizetype to = n - suffix > prefix ? before[n - suffix - 1].second : from;
        const qsizetype newFrom = prefix < m ? after[prefix].first : text.size();
        const qsizetype newTo = m - suffix > prefix ? after[m - suffix - 1].second : newFrom;
        m_queue.push_back({from, to, text.mid(newFrom, newTo - newFrom)});
    }
    m_vertical = m_editor->verticalScrollBar()->value();
    m_horizontal = m_editor->horizontalScrollBar()->value();
    if (inSlices && !m_queue.empty()) {
        m_timer.start();
        return;
    }
    step(-1);
    emit finished();
}

void DocumentPatcher::finishNow()
{
    if (!isBusy())
        return;
    m_timer.stop();
    step(-1);
    emit finished();
}

bool DocumentPatcher::step(qsizetype budget)
{
    // No edit block: the document would report one change spanning all the replacements,
    // and the highlighter would go over everything between them again.
    QTextCursor cursor(m_editor->document());
    while (!m_queue.empty() && (budget < 0 || budget > 0)) {
        Replacement &r = m_queue.front();
        if (m_inserted < 0) {
            cursor.setPosition(int(r.from));
            cursor.setPosition(int(r.to), QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            m_inserted = 0;
        }
        qsizetype take = r.with.size() - m_inserted;
        if (budget >= 0 && take > budget) {
            // Cut after a line end, so the highlighter sees whole lines.
            const qsizetype cut = r.with.lastIndexOf(QLatin1Char('\n'), m_inserted + budget - 1);
            take = cut >= m_inserted ? cut + 1 - m_inserted : budget;
        }
        cursor.setPosition(int(r.from + m_inserted));
        cursor.insertText(r.with.mid(m_inserted, take));
        m_inserted += take;
        if (budget >= 0)
            budget = std::max<qsizetype>(0, budget - take);
        if (m_inserted == r.with.size()) {
            m_queue.pop_front();
            m_inserted = -1;
        }
    }
    keepView();
    return m_queue.empty();
}

void DocumentPatcher::keepView()
{
    m_editor->verticalScrollBar()->setValue(m_vertical);
    m_editor->horizontalScrollBar()->setValue(m_horizontal);
}

} // namespace Netpol
