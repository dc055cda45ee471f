#pragma once

#include "model/core/diagnostic.h"
#include "model/design/design.h"
#include "model/generate/manifestcache.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace Netpol {

class DesignSource;

// The live YAML: what File > Export YAML would write as one file, regenerated shortly after
// each change (one timer, restarted by every change), highlighted and read-only. Only the text
// that changed is replaced, so the scroll position stays where the reader left it.
class YamlPreview : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 200;

    explicit YamlPreview(DesignSource *source, QWidget *parent = nullptr);

    QString text() const { return m_text; }
    int policyCount() const { return m_policyCount; }
    QPlainTextEdit *editor() const { return m_editor; }
    bool isPending() const;

    // The text ranges of the policies now highlighted (those generated for the shown element).
    QList<QPair<int, int>> highlightedRanges() const;

public slots:
    void refreshNow();
    void copyAll();
    // Highlights the policies generated for an element (a flow: both its sides; a workload or an
    // external: those of its flows; a namespace: all of its policies) and scrolls to the first.
    // A null element clears the highlight.
    void showElement(const Netpol::ElementRef &element);

signals:
    void refreshed();

private:
    struct PolicyEntry
    {
        std::string ns;
        std::vector<int> flows;
        int start = 0; // the document's range in the text
        int end = 0;
    };

    void schedule();
    void replaceText(const QString &text);
    void indexDocuments();
    void applyHighlight(bool scroll);

    DesignSource *m_source;
    QPlainTextEdit *m_editor;
    QLabel *m_summary;
    QTimer *m_timer;
    ManifestCache m_cache;
    QString m_text;
    int m_policyCount = 0;
    std::vector<PolicyEntry> m_policies;
    std::optional<Design> m_generatedFrom; // layout-free, to skip regenerating after moves
    QString m_generatedFile;
    ElementRef m_shown;
    bool m_scrollAfterRefresh = false;
};

} // namespace Netpol
