#pragma once

#include "model/design/designedit.h"

#include <QUndoCommand>

namespace Netpol {

class Document;

// The one undo command: carries a DesignEdit and the edit that undoes it (computed when it is
// applied), so undo restores the design exactly whatever the edit was.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Document *document, DesignEdit edit, const QString &text, int mergeId = -1);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    // Merges a following edit with the same id that replaces exactly the same elements (a run
    // of keyboard nudges becomes one step; nudging back to the start leaves nothing to undo).
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    DesignEdit m_edit;
    DesignEdit m_inverse;
    int m_mergeId;
};

} // namespace Netpol
