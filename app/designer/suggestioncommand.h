#pragma once

#include "document.h"

#include <QUndoCommand>

namespace Netpol {

// Adds a suggested flow (a half-open connection the import found) to the design as a real
// flow, whose policies allow both sides, or dismisses it. Either way the suggestion and its
// finding leave the Diagnostics dock, and undo brings them back.
class SuggestionCommand : public QUndoCommand
{
public:
    SuggestionCommand(Document *document, int index, bool add, const QString &text);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    int m_index;
    bool m_add;
    Document::TakenSuggestion m_taken;
    DesignEdit m_inverse;
};

} // namespace Netpol
