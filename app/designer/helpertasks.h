#pragma once

#include "model/core/diagnostic.h"
#include "model/import/importer.h"
#include "model/design/design.h"
#include "model/graphviz/diagram.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace Netpol {

class Document;
class EditController;
class HelperProcess;
struct HelperResult;

// How a task of the helper ended, for the window to show.
struct TaskReport
{
    QString task;            // "Arrange", "Export Diagram", "Import Manifests"
    bool ok = false;
    QString summary;         // one line for the status bar
    Diagnostics diagnostics; // the helper's findings: Graphviz's errors, import's warnings, ...
    QStringList otherLines;  // the rest of what it said
    int moved = 0;           // Arrange: how many elements it moved
    std::optional<Design> imported; // Import: the new design, not opened yet
    // Import: what `netpol import --findings` wrote: its findings (the same as `diagnostics`)
    // and the half-open connections it found, for the Diagnostics dock and the canvas.
    Diagnostics importFindings;
    std::vector<HalfOpenConnection> halfOpen;
};

// The designer's jobs that the `netpol` command line does for it, in a helper process, so
// Graphviz never runs in the window: Arrange (`netpol arrange`, applied as one undo step),
// Export Diagram (`netpol dot`) and Import Manifests (`netpol import`). One at a time.
class HelperTasks : public QObject
{
    Q_OBJECT

public:
    HelperTasks(Document *document, EditController *controller, QObject *parent = nullptr);

    HelperProcess *process() const { return m_process; }
    bool isBusy() const;

    // Each returns whether it started; if not, refused() says why (another task runs, or the
    // design has errors). A started task always ends in finished().
    // `aspect` is the width/height ratio the arrangement comes close to (the view's).
    bool arrange(RankDirection direction, double aspect = 1.6);
    bool exportDiagram(const QString &path, const DiagramOptions &options);
    bool importManifests(const QStringList &paths);

    // What the last task ran `netpol` with (for tests and troubleshooting).
    QStringList lastArguments() const { return m_lastArguments; }

    // The arguments of `netpol dot` for the design on standard input.
    static QStringList diagramArguments(const QString &path, const DiagramOptions &options);

public slots:
    void cancel();

signals:
    void busyChanged(bool busy, const QString &task);
    void refused(const QString &reason);
    void finished(const Netpol::TaskReport &report);

private:
    enum class Task { None, Arrange, ExportDiagram, Import };

    bool canStart(bool needsValidDesign);
    bool start(Task task, const QString &name, const QStringList &arguments,
               const QByteArray &input = {});
    void onFinished(const HelperResult &result);
    void finishArrange(TaskReport &report, const QByteArray &output);
    void finishImport(TaskReport &report, const QByteArray &output);
    void readFindings(TaskReport &report);
    QStringList timeoutArguments() const;

    QStringList m_lastArguments;
    Document *m_document;
    EditController *m_controller;
    HelperProcess *m_process;
    Task m_task = Task::None;
    Design m_snapshot;           // Arrange: the design it was given
    RankDirection m_direction = RankDirection::LeftRight;
    QString m_target;            // Export Diagram: the file; Import: the first input
    QString m_findingsFile;      // Import: where netpol import writes its findings
};

} // namespace Netpol
