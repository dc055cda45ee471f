#include "views/panels/yamlpreview.h"

#include "views/canvas/canvasstyle.h"

#include "views/common/designsource.h"
#include "views/panels/documentpatcher.h"
#include "views/panels/yamlhighlighter.h"

#include "model/design/designoperations.h"
#include "model/generate/generator.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <set>
#include <utility>

namespace Netpol {

YamlPreview::YamlPreview(DesignSource *source, QWidget *parent)
    : QWidget(parent), m_source(source), m_editor(new QPlainTextEdit(this)),
      m_summary(new QLabel(this)), m_timer(new QTimer(this)),
      m_cache(std::make_shared<ManifestCache>()), m_watcher(new QFutureWatcher<Rendered>(this)),
      m_patcher(new DocumentPatcher(m_editor, this))
{
    connect(m_patcher, &DocumentPatcher::finished, this, &YamlPreview::patched);
    m_editor->setReadOnly(true);
    m_editor->setUndoRedoEnabled(false);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(9);
    m_editor->setFont(mono);
    m_editor->setFrameShape(QFrame::NoFrame);
    m_highlighter = new YamlHighlighter(m_editor->document());
    m_editor->viewport()->installEventFilter(this);
    applyTheme();

    auto *copy = new QToolButton(this);
    copy->setText(tr("Copy all"));
    copy->setToolTip(tr("Copy the whole YAML to the clipboard"));
    copy->setAutoRaise(true);
    connect(copy, &QToolButton::clicked, this, &YamlPreview::copyAll);
    m_summary->setTextInteractionFlags(Qt::NoTextInteraction);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 2, 4, 2);
    bar->addWidget(m_summary, 1);
    bar->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_editor, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &YamlPreview::refreshLater);
    connect(m_watcher, &QFutureWatcher<Rendered>::finished, this, [this] {
        m_running = false; // only now: isPending() stays true until the text is in
        apply(m_watcher->result(), true);
        if (m_again)
            refreshLater();
        else
            updateSummary();
    });
    connect(source, &DesignSource::designChanged, this, &YamlPreview::schedule);
    connect(source, &DesignSource::fileNameChanged, this, &YamlPreview::schedule);
    refreshNow();
}

bool YamlPreview::isPending() const
{
    return m_timer->isActive() || m_running || m_again || m_patcher->isBusy() || m_waiting;
}

void YamlPreview::schedule()
{
    m_timer->start(); // restarts: a burst of changes regenerates once
    m_summary->setText(tr("updating…"));
}

// Moving things changes nothing the policies depend on: no generation is needed then.
bool YamlPreview::unchangedSinceLast()
{
    Design layoutFree = withoutLayout(m_source->design());
    if (m_generatedFrom && *m_generatedFrom == layoutFree && m_generatedFile == m_source->fileName())
        return true;
    m_generatedFrom = std::move(layoutFree);
    m_generatedFile = m_source->fileName();
    return false;
}

YamlPreview::Rendered YamlPreview::render(const Design &design, const QString &fileName,
                                          ManifestCache &cache)
{
    ExportOptions options;
    options.layout = ExportLayout::Single;
    options.designName = design.metadata.name;
    options.designSource = fileName.toStdString();
    const std::string text = cache.render(design, options);
    std::set<std::string> namespaces;
    Rendered out;
    for (const GeneratedPolicy &g : cache.generated().policies) {
        namespaces.insert(g.policy.metadata.ns);
        out.policies.push_back({g.policy.metadata.ns, g.flows, 0, 0});
    }
    out.text = QString::fromStdString(text);
    out.namespaces = int(namespaces.size());
    return out;
}

void YamlPreview::refreshNow()
{
    m_timer->stop();
    ++m_generation; // a result still on its way is older than this one
    if (unchangedSinceLast()) {
        applyHighlight(std::exchange(m_scrollAfterRefresh, false));
        updateSummary();
        emit refreshed();
        return;
    }
    if (m_running)
        m_watcher->waitForFinished(); // the cache is the worker's until then; its result is
                                      // older than this one and will be dropped
    m_waiting.reset();
    m_patcher->finishNow();
    Rendered rendered = render(m_source->design(), m_source->fileName(), *m_cache);
    rendered.generation = m_generation;
    apply(std::move(rendered), false);
}

void YamlPreview::refreshLater()
{
    m_timer->stop();
    if (m_running) {
        m_again = true; // one more run once this one is done, with the design as it is then
        return;
    }
    m_again = false;
    const quint64 generation = ++m_generation;
    if (unchangedSinceLast()) {
        applyHighlight(std::exchange(m_scrollAfterRefresh, false));
        updateSummary();
        emit refreshed();
        return;
    }
    // A snapshot: the worker never reads the document, which goes on changing.
    m_running = true;
    m_watcher->setFuture(QtConcurrent::run(
        [design = m_source->design(), file = m_source->fileName(), cache = m_cache, generation] {
            Rendered rendered = render(design, file, *cache);
            rendered.generation = generation;
            return rendered;
        }));
}

void YamlPreview::apply(Rendered rendered, bool inSlices)
{
    if (rendered.generation != m_generation)
        return; // superseded by a newer edit
    if (m_patcher->isBusy()) {
        m_waiting = std::move(rendered); // goes in once the text being filled in is
        return;
    }
    m_policies = std::move(rendered.policies);
    m_policyCount = int(m_policies.size());
    m_namespaceCount = rendered.namespaces;
    const QString shown = std::exchange(m_text, std::move(rendered.text));
    m_patcher->patch(shown, m_text, inSlices); // finished() then indexes and highlights
}

void YamlPreview::patched()
{
    indexDocuments();
    applyHighlight(std::exchange(m_scrollAfterRefresh, false));
    updateSummary();
    emit refreshed();
    if (m_waiting) {
        Rendered next = std::move(*m_waiting);
        m_waiting.reset();
        apply(std::move(next), true);
    }
}

void YamlPreview::updateSummary()
{
    if (isPending()) {
        m_summary->setText(tr("updating…"));
        return;
    }
    m_summary->setText(tr("%1 in %2", "policies in namespaces")
                           .arg(tr("%n policy(s)", nullptr, m_policyCount),
                                tr("%n namespace(s)", nullptr, m_namespaceCount)));
}

void YamlPreview::indexDocuments()
{
    // The documents follow the header in policy order, each after a "---" line.
    qsizetype at = m_text.startsWith(QLatin1String("---\n"))
        ? 0
        : m_text.indexOf(QLatin1String("\n---\n"));
    for (PolicyEntry &entry : m_policies) {
        if (at < 0)
            break;
        if (m_text.at(at) == QLatin1Char('\n'))
            ++at;
        entry.start = int(at);
        const qsizetype next = m_text.indexOf(QLatin1String("\n---\n"), at);
        entry.end = int(next < 0 ? m_text.size() : next + 1);
        at = next;
    }
}

void YamlPreview::showElement(const ElementRef &element)
{
    const bool moved = !(element == m_shown); // scroll only when another element is shown
    m_shown = element;
    // Text about to be regenerated is highlighted (and scrolled to) once it is.
    m_scrollAfterRefresh = m_scrollAfterRefresh || (moved && isPending());
    applyHighlight(moved);
}

void YamlPreview::applyHighlight(bool scroll)
{
    const Design &design = m_source->design();
    std::set<int> flows;
    std::string ns;
    if (m_shown.kind == ElementRef::Kind::Flow) {
        flows.insert(m_shown.index);
    } else if (m_shown.kind == ElementRef::Kind::Namespace) {
        ns = m_shown.ns;
    } else if (m_shown.kind == ElementRef::Kind::Workload
               || m_shown.kind == ElementRef::Kind::External) {
        for (int i = 0; i < int(design.flows.size()); ++i) {
            const Flow &f = design.flows[std::size_t(i)];
            if (endpointTouches(f.from, m_shown) || endpointTouches(f.to, m_shown))
                flows.insert(i);
        }
    }
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(CanvasStyle::current().yamlHighlight);
    format.setProperty(QTextFormat::FullWidthSelection, true);
    for (const PolicyEntry &entry : m_policies) {
        bool wanted = !ns.empty() && entry.ns == ns;
        for (int f : entry.flows)
            wanted = wanted || flows.count(f) > 0;
        if (!wanted || entry.end <= entry.start)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.format = format;
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(entry.start);
        selection.cursor.setPosition(entry.end, QTextCursor::KeepAnchor);
        selections.append(selection);
    }
    m_editor->setExtraSelections(selections);
    if (scroll && !selections.isEmpty()) {
        // Bring the first one to the top of the view.
        QScrollBar *bar = m_editor->verticalScrollBar();
        const QTextBlock block = m_editor->document()->findBlock(
            selections.first().cursor.selectionStart());
        bar->setValue(std::min(bar->maximum(), block.firstLineNumber()));
    }
}

void YamlPreview::applyTheme()
{
    // The editor's own colours come from the theme too, so every format is drawn on the
    // background its contrast was chosen for, whatever the style's palette.
    QPalette p = m_editor->palette();
    p.setColor(QPalette::Base, CanvasStyle::current().yamlBase);
    p.setColor(QPalette::Text, CanvasStyle::current().yamlText);
    m_editor->setPalette(p);
    m_highlighter->applyTheme();
    applyHighlight(false);
}

QList<ElementRef> YamlPreview::elementsAt(int position) const
{
    if (isPending())
        return {};
    const Design &design = m_source->design();
    for (const PolicyEntry &entry : m_policies) {
        if (position < entry.start || position >= entry.end)
            continue;
        QList<ElementRef> out;
        for (int f : entry.flows) {
            if (isValidIndex(design, ElementRef::Kind::Flow, f))
                out.append(ElementRef::flow(f));
        }
        if (out.isEmpty()) {
            const int ns = indexOfNamespace(design, entry.ns);
            if (ns >= 0)
                out.append(refTo(design, ElementRef::Kind::Namespace, ns));
        }
        return out;
    }
    return {};
}

void YamlPreview::clickAt(int position)
{
    const QList<ElementRef> elements = elementsAt(position);
    if (!elements.isEmpty())
        emit elementsClicked(elements);
}

bool YamlPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        // A click, not the end of a text selection.
        if (mouse->button() == Qt::LeftButton && !m_editor->textCursor().hasSelection())
            clickAt(m_editor->cursorForPosition(mouse->position().toPoint()).position());
    }
    return QWidget::eventFilter(watched, event);
}

QList<QPair<int, int>> YamlPreview::highlightedRanges() const
{
    QList<QPair<int, int>> ranges;
    for (const QTextEdit::ExtraSelection &s : m_editor->extraSelections())
        ranges.append({s.cursor.selectionStart(), s.cursor.selectionEnd()});
    return ranges;
}

void YamlPreview::copyAll()
{
    QApplication::clipboard()->setText(m_text);
}

} // namespace Netpol
