#pragma once

#include "views/common/designsource.h"

#include "model/design/designedit.h"
#include "model/generate/exporter.h"
#include "model/import/importer.h"

#include <QString>

class QUndoStack;

namespace Netpol {

// One open design: the design itself, its file name, its undo stack and whether it is saved.
// Every change goes through the undo stack (EditCommand calls apply()); the modified flag is
// the stack's clean state, as in Tiled.
class Document : public DesignSource
{
    Q_OBJECT

public:
    // Files larger than this are read on a worker thread (bytes).
    static constexpr qint64 kReadInBackgroundAbove = 256 * 1024;

    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Design &design() const override { return m_design; }
    QString fileName() const override { return m_fileName; }
    // The single place the diagnostics dock is fed from: structural errors today; the
    // validator's lint joins them here.
    Diagnostics diagnostics() const override;
    std::function<Diagnostics()> diagnosticsJob() const override;

    // What the import that made this design reported (warnings and notes): listed in the
    // Diagnostics dock after the design's own findings, each on the element it concerns,
    // until another design is opened or the user dismisses it (saving keeps them). Its
    // half-open connections are offered as suggested flows.
    void setImportFindings(const Diagnostics &findings,
                           const std::vector<HalfOpenConnection> &halfOpen);
    const Diagnostics &importFindings() const { return m_importFindings; }
    bool dismissImportFinding(const Diagnostic &finding);
    std::vector<SuggestedFlow> suggestedFlows() const override;
    const std::vector<HalfOpenConnection> &halfOpen() const { return m_halfOpen; }
    // For the undo commands that add or dismiss a suggested flow: takes it and its finding
    // out, and puts them back as they were.
    struct TakenSuggestion
    {
        int index = 0;
        HalfOpenConnection connection;
        Diagnostic finding;
    };
    TakenSuggestion takeSuggestion(int index);
    void restoreSuggestion(const TakenSuggestion &taken);

    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;
    // The design's name, else the file's, else "Untitled".
    QString displayName() const;

    // Pushes an undoable edit (nothing happens for an empty one). Consecutive edits with the
    // same mergeId (not -1) that change the same elements merge into one undo step.
    void push(const DesignEdit &edit, const QString &text, int mergeId = -1);

    // Applies an edit and reports it to the views; returns the edit that undoes it. Only undo
    // commands call this.
    DesignEdit apply(const DesignEdit &edit);

    // Files. open() leaves the current design untouched when the file has errors and returns
    // them (located: file, line, column); `ok` tells whether the design was replaced.
    void newDesign();
    Diagnostics open(const QString &path, bool *ok);
    bool save(const QString &path, QString *error);
    // Replaces the design and clears the history. `modified`: a design that was never saved
    // (an import), so closing it asks first; undo cannot make it clean again.
    void reset(Design design, const QString &fileName, bool modified = false);

    // The same files `netpol generate --layout LAYOUT` writes for this design.
    std::vector<ExportFile> exportFiles(ExportLayout layout) const;
    // Single: `target` is a file; otherwise a directory. Refuses a design with errors.
    bool exportYaml(ExportLayout layout, const QString &target, QString *error) const;

signals:
    void modifiedChanged(bool modified);
    void displayNameChanged(const QString &name);

private:
    void setFileName(const QString &fileName);

    Design m_design;
    QString m_fileName;
    QUndoStack *m_undoStack;
    QString m_lastDisplayName;
    Diagnostics m_importFindings;
    std::vector<HalfOpenConnection> m_halfOpen; // `finding` indexes m_importFindings
};

// The design a new document starts with: named, DNS on, nothing drawn.
Design emptyDesign();

} // namespace Netpol
