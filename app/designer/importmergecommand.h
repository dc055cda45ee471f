#pragma once

#include "document.h"

#include <QUndoCommand>

namespace Netpol {

// Paste Manifests: the merged elements and the import's findings in one undo step. Redo adds
// the elements and shows the import's findings in Diagnostics; undo removes them and brings
// back the findings shown before.
class ImportMergeCommand : public QUndoCommand
{
public:
    ImportMergeCommand(Document *document, DesignEdit edit, Diagnostics findings,
                       std::vector<HalfOpenConnection> halfOpen, const QString &text);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    DesignEdit m_edit;
    DesignEdit m_inverse;
    Diagnostics m_findings;
    std::vector<HalfOpenConnection> m_halfOpen;
    Diagnostics m_previousFindings;
    std::vector<HalfOpenConnection> m_previousHalfOpen;
};

} // namespace Netpol
