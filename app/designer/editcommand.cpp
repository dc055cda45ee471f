#include "editcommand.h"

#include "document.h"

namespace Netpol {

namespace {

bool replacesOnly(const DesignEdit &edit)
{
    if (edit.options || edit.metadata)
        return false;
    for (const ElementChange &c : edit.changes) {
        if (c.op != ElementChange::Op::Replace)
            return false;
    }
    return true;
}

bool sameTargets(const DesignEdit &a, const DesignEdit &b)
{
    if (a.changes.size() != b.changes.size())
        return false;
    for (std::size_t i = 0; i < a.changes.size(); ++i) {
        if (a.changes[i].kind != b.changes[i].kind || a.changes[i].index != b.changes[i].index)
            return false;
    }
    return true;
}

} // namespace

EditCommand::EditCommand(Document *document, DesignEdit edit, const QString &text, int mergeId)
    : m_document(document), m_edit(std::move(edit)), m_mergeId(mergeId)
{
    setText(text);
}

void EditCommand::redo()
{
    m_inverse = m_document->apply(m_edit);
}

void EditCommand::undo()
{
    m_edit = m_document->apply(m_inverse);
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditCommand *>(other);
    if (!next || next->m_mergeId != m_mergeId || !replacesOnly(m_edit)
        || !replacesOnly(next->m_edit) || !sameTargets(m_edit, next->m_edit))
        return false;
    // Both replace the same elements: the merged step goes from our "before" to their "after".
    m_edit = next->m_edit;
    bool unchanged = true;
    for (const ElementChange &before : m_inverse.changes) {
        for (const ElementChange &after : m_edit.changes) {
            if (after.kind == before.kind && after.index == before.index
                && !(after.value == before.value))
                unchanged = false;
        }
    }
    setObsolete(unchanged);
    return true;
}

} // namespace Netpol
