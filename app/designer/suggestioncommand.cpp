#include "suggestioncommand.h"

#include "model/design/designoperations.h"

namespace Netpol {

SuggestionCommand::SuggestionCommand(Document *document, int index, bool add, const QString &text)
    : m_document(document), m_index(index), m_add(add)
{
    setText(text);
}

void SuggestionCommand::redo()
{
    m_taken = m_document->takeSuggestion(m_index);
    if (!m_add)
        return;
    const EditResult added = addElement(m_document->design(), m_taken.connection.flow);
    m_inverse = m_document->apply(added.edit);
}

void SuggestionCommand::undo()
{
    if (m_add)
        m_document->apply(m_inverse);
    m_document->restoreSuggestion(m_taken);
}

} // namespace Netpol
