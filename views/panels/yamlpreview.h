#pragma once

#include "model/core/diagnostic.h"
#include "model/design/design.h"
#include "model/generate/manifestcache.h"

#include <QList>
#include <QPair>
#include <QFutureWatcher>
#include <QWidget>

#include <memory>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace Netpol {

class DesignSource;
class DocumentPatcher;
class YamlHighlighter;

// The live YAML: what File > Export YAML would write as one file, regenerated shortly after
// each change (one timer, restarted by every change), highlighted and read-only. Generation
// and rendering run on a snapshot of the design in a worker thread, one at a time; a newer
// edit supersedes a result still being computed, and the summary says "updating…" while the
// text is older than the design. Only the text that changed is replaced, so the scroll
// position and the selection stay where the reader left them.
class YamlPreview : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 200;

    explicit YamlPreview(DesignSource *source, QWidget *parent = nullptr);

    QString text() const { return m_text; }
    int policyCount() const { return m_policyCount; }
    QPlainTextEdit *editor() const { return m_editor; }
    // A regeneration is waiting for its timer or running.
    bool isPending() const;

    // The text ranges of the policies now highlighted (those generated for the shown element).
    QList<QPair<int, int>> highlightedRanges() const;
    YamlHighlighter *highlighter() const { return m_highlighter; }
    // The editor's colours and the highlighting from the current canvas theme.
    void applyTheme();
    // The design elements the policy at a text position came from: its flows, or (a default
    // deny, an allow-dns) its namespace; nothing outside a policy or while the text is older
    // than the design.
    QList<Netpol::ElementRef> elementsAt(int position) const;
    // A click in the text: emits elementsClicked for the policy there.
    void clickAt(int position);

public slots:
    // Regenerates at once, in this thread (the first fill, tests); refreshLater() is the
    // timer's way, in the worker.
    void refreshNow();
    void refreshLater();
    void copyAll();
    // Highlights the policies generated for an element (a flow: both its sides; a workload or an
    // external: those of its flows; a namespace: all of its policies) and scrolls to the first.
    // A null element clears the highlight.
    void showElement(const Netpol::ElementRef &element);

signals:
    void refreshed();
    // The user clicked inside a policy: select what it was generated from.
    void elementsClicked(const QList<Netpol::ElementRef> &elements);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct PolicyEntry
    {
        std::string ns;
        std::vector<int> flows;
        int start = 0; // the document's range in the text
        int end = 0;
    };

    // What one regeneration gives, computed off the UI thread.
    struct Rendered
    {
        quint64 generation = 0;
        QString text;
        std::vector<PolicyEntry> policies;
        int namespaces = 0;
    };
    static Rendered render(const Design &design, const QString &fileName, ManifestCache &cache);

    void schedule();
    bool unchangedSinceLast();
    void apply(Rendered rendered, bool inSlices);
    void patched();
    void updateSummary();
    void indexDocuments();
    void applyHighlight(bool scroll);

    DesignSource *m_source;
    QPlainTextEdit *m_editor;
    YamlHighlighter *m_highlighter = nullptr;
    QLabel *m_summary;
    QTimer *m_timer;
    std::shared_ptr<ManifestCache> m_cache; // shared with a running worker
    QFutureWatcher<Rendered> *m_watcher;
    quint64 m_generation = 0; // of the newest request
    bool m_again = false;     // a change came while the worker ran
    bool m_running = false;   // a worker's result has not been taken in yet
    DocumentPatcher *m_patcher;       // puts new text in, in slices for the worker's results
    std::optional<Rendered> m_waiting; // a result that came while the text was being filled
    QString m_text;
    int m_policyCount = 0;
    int m_namespaceCount = 0;
    std::vector<PolicyEntry> m_policies;
    std::optional<Design> m_generatedFrom; // layout-free, to skip regenerating after moves
    QString m_generatedFile;
    ElementRef m_shown;
    bool m_scrollAfterRefresh = false;
};

} // namespace Netpol
