#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>

class QPlainTextEdit;

namespace Netpol {

// Brings a text editor holding multi-document YAML to a new text by replacing only the
// documents that differ (an edit of one workload changes policies all over the text; one span
// from the first to the last would be inserted and highlighted again whole). The common
// documents at the start and the end are kept; when as many remain on both sides, each changed
// one is replaced on its own, else the middle as one span. The scroll position and the
// selection stay where they were.
//
// In slices, at most kSliceChars of new text go in per turn of the event loop, so filling a
// preview of megabytes never stalls the window; finishNow() completes a sliced patch at once.
class DocumentPatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kSliceChars = 64 * 1024;

    explicit DocumentPatcher(QPlainTextEdit *editor, QObject *parent = nullptr);

    // `current` must be the editor's text now. Call only when not busy.
    void patch(const QString &current, const QString &text, bool inSlices);
    bool isBusy() const { return !m_queue.empty(); }
    void finishNow();

signals:
    void finished();

private:
    struct Replacement
    {
        qsizetype from = 0; // the range of the current text it replaces
        qsizetype to = 0;
        QString with;
    };

    bool step(qsizetype budget); // true when the queue is done
    void keepView();

    QPlainTextEdit *m_editor;
    std::deque<Replacement> m_queue; // applied front first: from the end of the text back
    qsizetype m_inserted = -1;        // of the front replacement; -1 until its range is gone
    QTimer m_timer;
    int m_vertical = 0;
    int m_horizontal = 0;
};

} // namespace Netpol
