#include "importmergecommand.h"

namespace Netpol {

ImportMergeCommand::ImportMergeCommand(Document *document, DesignEdit edit, Diagnostics findings,
                                       std::vector<HalfOpenConnection> halfOpen,
                                       const QString &text)
    : QUndoCommand(text), m_document(document), m_edit(std::move(edit)),
      m_findings(std::move(findings)), m_halfOpen(std::move(halfOpen)),
      m_previousFindings(document->importFindings()), m_previousHalfOpen(document->halfOpen())
{ }

void ImportMergeCommand::redo()
{
    m_inverse = m_document->apply(m_edit);
    m_document->setImportFindings(m_findings, m_halfOpen);
}

void ImportMergeCommand::undo()
{
    m_document->apply(m_inverse);
    m_document->setImportFindings(m_previousFindings, m_previousHalfOpen);
}

} // namespace Netpol
