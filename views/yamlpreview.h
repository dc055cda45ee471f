#pragma once

#include "model/manifestcache.h"

#include <QWidget>

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

public slots:
    void refreshNow();
    void copyAll();

signals:
    void refreshed();

private:
    void schedule();
    void replaceText(const QString &text);

    DesignSource *m_source;
    QPlainTextEdit *m_editor;
    QLabel *m_summary;
    QTimer *m_timer;
    ManifestCache m_cache;
    QString m_text;
    int m_policyCount = 0;
};

} // namespace Netpol
