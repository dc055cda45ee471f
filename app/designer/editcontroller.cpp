#include "editcontroller.h"

#include "document.h"
#include "suggestioncommand.h"

#include "views/canvas/canvasstyle.h"

#include "model/design/designfragment.h"
#include "model/design/designreader.h"
#include "model/design/designwriter.h"
#include "model/design/elementtemplate.h"
#include "model/lint/validator.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QUndoStack>

#include <variant>

namespace Netpol {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::vector<ElementRef> toVector(const QList<ElementRef> &list)
{
    return {list.begin(), list.end()};
}

QString countText(int n)
{
    return EditController::tr("%n element(s)", nullptr, n);
}

} // namespace

EditController::EditController(Document *document, QObject *parent)
    : QObject(parent), m_document(document)
{ }

QString EditController::describe(const ElementRef &element) const
{
    const Design &d = m_document->design();
    switch (element.kind) {
    case ElementRef::Kind::Namespace:
        return tr("namespace %1").arg(qs(element.ns));
    case ElementRef::Kind::Workload:
        return tr("workload %1").arg(qs(element.name));
    case ElementRef::Kind::External:
        return tr("external %1").arg(qs(element.name));
    case ElementRef::Kind::Flow:
        if (isValidIndex(d, element.kind, element.index)) {
            const Flow &f = d.flows[std::size_t(element.index)];
            return tr("flow %1 → %2").arg(qs(f.from.toString()), qs(f.to.toString()));
        }
        return tr("flow");
    default:
        return tr("design");
    }
}

bool EditController::push(const EditResult &result, const QString &text, int mergeId)
{
    if (!result.ok()) {
        emit refused(qs(result.error));
        return false;
    }
    m_document->push(result.edit, text, mergeId);
    return true;
}

void EditController::createFromTemplate(const QString &templateId, QPointF hit, QPointF position)
{
    const auto t = parseTemplateId(templateId.toStdString());
    if (!t) {
        emit refused(tr("Unknown palette entry \"%1\"").arg(templateId));
        return;
    }
    const EditResult result = Netpol::createFromTemplate(
        m_document->design(), *t, {hit.x(), hit.y()}, {position.x(), position.y()});
    if (push(result, tr("Add %1").arg(qs(t->title()))))
        emit created({result.created.begin(), result.created.end()});
}

void EditController::connectElements(const ElementRef &from, const ElementRef &to)
{
    const Design &d = m_document->design();
    const auto a = endpointOfElement(d, from);
    const auto b = endpointOfElement(d, to);
    if (!a || !b) {
        emit refused(tr("A flow connects workloads, namespaces and externals"));
        return;
    }
    const EditResult result = connectEndpoints(d, *a, *b);
    if (push(result, tr("Connect %1 → %2").arg(qs(a->toString()), qs(b->toString())))) {
        emit created({result.created.begin(), result.created.end()});
        emit flowCreated(result.created.front());
    }
}

void EditController::moveElements(const QList<ElementRef> &elements, QPointF delta, bool nudge)
{
    const EditResult result = Netpol::moveElements(m_document->design(), toVector(elements),
                                                   {delta.x(), delta.y()},
                                                   CanvasStyle::workloadAnchor());
    const QString text = elements.size() == 1 ? tr("Move %1").arg(describe(elements.front()))
                                              : tr("Move %1").arg(countText(int(elements.size())));
    push(result, text, nudge ? kNudgeMergeId : -1);
}

void EditController::resizeNamespace(int index, const QRectF &geometry)
{
    const EditResult result = setNamespaceGeometry(
        m_document->design(), index,
        {geometry.x(), geometry.y(), geometry.width(), geometry.height()});
    push(result,
         tr("Resize %1")
             .arg(describe(refTo(m_document->design(), ElementRef::Kind::Namespace, index))));
}

int EditController::applyLayout(const Design &arranged, const QString &text)
{
    const EditResult result = adoptLayout(m_document->design(), arranged);
    if (!push(result, text))
        return -1;
    return int(result.edit.changes.size());
}

void EditController::editElement(const ElementRef &element, const ElementValue &value)
{
    const Design &d = m_document->design();
    if (!isValidIndex(d, element.kind, element.index))
        return;
    const ElementRef current = refTo(d, element.kind, element.index);
    const EditResult result = replaceElement(d, current, value);
    const ElementRef renamed = refOfValue(value, element.index);
    QString text = tr("Edit %1").arg(describe(current));
    if (element.kind != ElementRef::Kind::Flow
        && (renamed.name != current.name || renamed.ns != current.ns))
        text = tr("Rename %1 to %2")
                   .arg(
                       describe(current),
                       qs(element.kind == ElementRef::Kind::Namespace ? renamed.ns : renamed.name));
    push(result, text);
}

void EditController::setOptions(const Options &options)
{
    push(Netpol::setOptions(m_document->design(), options), tr("Change design options"));
}

void EditController::setMetadata(const DesignMetadata &metadata)
{
    push(Netpol::setMetadata(m_document->design(), metadata), tr("Change design name"));
}

void EditController::removeElements(const QList<ElementRef> &elements)
{
    if (elements.isEmpty())
        return;
    const QString text = elements.size() == 1
        ? tr("Delete %1").arg(describe(elements.front()))
        : tr("Delete %1").arg(countText(int(elements.size())));
    push(Netpol::removeElements(m_document->design(), toVector(elements)), text);
}

void EditController::copy(const QList<ElementRef> &elements)
{
    if (elements.isEmpty())
        return;
    m_clipboard = copyElements(m_document->design(), toVector(elements));
    m_clipboardText = qs(writeDesign(*m_clipboard));
    m_pasteCount = 0;
    QGuiApplication::clipboard()->setText(m_clipboardText);
}

void EditController::cut(const QList<ElementRef> &elements)
{
    copy(elements);
    m_pasteCount = -1; // pasting a cut puts it back where it was
    const QString text = tr("Cut %1").arg(countText(int(elements.size())));
    push(Netpol::removeElements(m_document->design(), toVector(elements)), text);
}

void EditController::paste()
{
    const QString text = QGuiApplication::clipboard()->text();
    std::optional<Design> fragment;
    if (m_clipboard && text == m_clipboardText) {
        fragment = m_clipboard;
    } else if (!text.trimmed().isEmpty()) {
        // NetworkPolicy YAML pasted onto the canvas is imported into the design.
        if (!isDesignText(text.toStdString())
            && text.contains(QLatin1String("kind: NetworkPolicy"))) {
            pasteManifests(text, tr("<clipboard>"));
            return;
        }
        const DesignReadResult read = readDesign(text.toStdString(), "<clipboard>");
        fragment = read.design;
    }
    if (!fragment) {
        emit refused(tr("The clipboard holds no design elements"));
        return;
    }
    ++m_pasteCount;
    pasteFragment(*fragment, 20.0 * m_pasteCount);
}

void EditController::duplicate(const QList<ElementRef> &elements)
{
    if (elements.isEmpty())
        return;
    pasteFragment(copyElements(m_document->design(), toVector(elements)), 20);
}

void EditController::pasteFragment(const Design &fragment, double offset)
{
    const EditResult result = pasteElements(m_document->design(), fragment, {offset, offset});
    if (push(result, tr("Paste %1").arg(countText(int(result.created.size())))))
        emit created({result.created.begin(), result.created.end()});
}

void EditController::addSuggestedFlow(int index)
{
    if (index < 0 || index >= int(m_document->halfOpen().size()))
        return;
    const Flow &flow = m_document->halfOpen()[std::size_t(index)].flow;
    const EditResult check = addElement(m_document->design(), flow);
    if (!check.ok()) {
        emit refused(qs(check.error));
        return;
    }
    m_document->undoStack()->push(new SuggestionCommand(
        m_document, index, true,
        tr("Add flow %1 -> %2").arg(qs(flow.from.toString()), qs(flow.to.toString()))));
    emit flowCreated(ElementRef::flow(int(m_document->design().flows.size()) - 1));
}

void EditController::dismissSuggestedFlow(int index)
{
    if (index < 0 || index >= int(m_document->halfOpen().size()))
        return;
    const Flow &flow = m_document->halfOpen()[std::size_t(index)].flow;
    m_document->undoStack()->push(new SuggestionCommand(
        m_document, index, false,
        tr("Dismiss half-open %1 -> %2").arg(qs(flow.from.toString()), qs(flow.to.toString()))));
}

} // namespace Netpol
