#pragma once

#include "model/analysis/connectiondiff.h"
#include "model/manifests/manifestreader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

namespace Netpol {

class Document;

// What View > Compare With compares the design with: its saved file, another design or
// manifests (a file or a folder), or a git revision of the design's file.
struct CompareBaseline
{
    enum class Kind { SavedFile, Path, GitRevision };

    Kind kind = Kind::SavedFile;
    QString path;     // the file or folder; for SavedFile and GitRevision the design's file
    QString revision; // GitRevision: what `git show REV:PATH` takes

    QString description() const; // "the saved file", "git HEAD", "old.yaml"
};

// What a comparison found: the changes from the baseline to the design, or why there are none.
struct ComparisonResult
{
    std::shared_ptr<const ManifestSet> baseline; // read once, kept for the next edits
    std::vector<ConnectionChange> changes;
    QString error;
};

// Reads the baseline when it is not read yet (git runs as a child process), then lists what the
// design changes in the allowed connections, as `netpol diff --explain BASELINE DESIGN` does
// (the reasons of each change filled in). From any
// thread: it reads only its arguments.
ComparisonResult compareDesign(const CompareBaseline &baseline,
                               std::shared_ptr<const ManifestSet> read, const Design &design);

// Compare mode's engine: reads the baseline and recomputes the changes off the UI thread a
// moment after each edit (a newer design supersedes a comparison still running).
class Comparison : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 300;

    explicit Comparison(Document *document, QObject *parent = nullptr);

    void start(const CompareBaseline &baseline);
    void stop();
    bool isActive() const { return m_active; }
    bool isPending() const { return m_timer.isActive() || m_watcher.isRunning() || m_again; }
    const CompareBaseline &baseline() const { return m_baseline; }
    const std::vector<ConnectionChange> &changes() const { return m_changes; }

signals:
    void changed(); // changes() holds a new result
    void failed(const QString &message);

private:
    void run();

    Document *m_document;
    CompareBaseline m_baseline;
    std::shared_ptr<const ManifestSet> m_read;
    std::vector<ConnectionChange> m_changes;
    QTimer m_timer;
    QFutureWatcher<ComparisonResult> m_watcher;
    quint64 m_generation = 0; // of the comparison started last; older results are dropped
    quint64 m_running = 0;
    bool m_again = false;
    bool m_active = false;
};

} // namespace Netpol
