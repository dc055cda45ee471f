// EditController's requests from the canvas's context menus, F2 and Tools > Align: rename in
// place, reverse a flow, a namespace's managed flag and default deny, align and distribute.
// Each is one undo step through the document, like every other request.

#include "editcontroller.h"

#include "document.h"

#include "views/canvas/canvasstyle.h"

#include "model/design/designoperations.h"

namespace Netpol {

namespace {

QString directionText(bool ingress, bool egress)
{
    if (ingress && egress)
        return QObject::tr("Ingress and Egress");
    if (ingress)
        return QObject::tr("Ingress");
    if (egress)
        return QObject::tr("Egress");
    return QObject::tr("nothing");
}

} // namespace

void EditController::renameElement(const ElementRef &element, const QString &name)
{
    const Design &d = m_document->design();
    if (!isValidIndex(d, element.kind, element.index))
        return;
    const std::string newName = name.trimmed().toStdString();
    ElementValue value = elementAt(d, element.kind, element.index);
    if (auto *ns = std::get_if<Namespace>(&value)) {
        if (ns->name == newName)
            return;
        ns->name = newName;
    } else if (auto *w = std::get_if<Workload>(&value)) {
        if (w->name == newName)
            return;
        value = renamedWorkload(*w, newName);
    } else if (auto *e = std::get_if<External>(&value)) {
        if (e->name == newName)
            return;
        e->name = newName;
    } else {
        return;
    }
    editElement(refTo(d, element.kind, element.index), value);
}

void EditController::reverseFlow(int index)
{
    const Design &d = m_document->design();
    if (!isValidIndex(d, ElementRef::Kind::Flow, index))
        return;
    Flow flow = d.flows[std::size_t(index)];
    std::swap(flow.from, flow.to);
    push(replaceElement(d, ElementRef::flow(index), flow),
         tr("Reverse flow %1 → %2")
             .arg(QString::fromStdString(flow.to.toString()),
                  QString::fromStdString(flow.from.toString())));
}

void EditController::setNamespaceManaged(int index, bool managed)
{
    const Design &d = m_document->design();
    if (!isValidIndex(d, ElementRef::Kind::Namespace, index))
        return;
    Namespace ns = d.namespaces[std::size_t(index)];
    if (ns.managed == managed)
        return;
    ns.managed = managed;
    push(replaceElement(d, refTo(d, ElementRef::Kind::Namespace, index), ns),
         (managed ? tr("Manage namespace %1") : tr("Stop managing namespace %1"))
             .arg(QString::fromStdString(ns.name)));
}

void EditController::setNamespaceDefaultDeny(int index, bool ingress, bool egress)
{
    const Design &d = m_document->design();
    if (!isValidIndex(d, ElementRef::Kind::Namespace, index))
        return;
    Namespace ns = d.namespaces[std::size_t(index)];
    if (ns.defaultDeny.ingress == ingress && ns.defaultDeny.egress == egress)
        return;
    ns.defaultDeny.ingress = ingress;
    ns.defaultDeny.egress = egress;
    push(replaceElement(d, refTo(d, ElementRef::Kind::Namespace, index), ns),
         tr("Namespace %1 denies %2 by default")
             .arg(QString::fromStdString(ns.name), directionText(ingress, egress)));
}

void EditController::align(const QList<ElementRef> &elements, Alignment alignment)
{
    static const char *const names[] = {QT_TR_NOOP("Align left"),   QT_TR_NOOP("Align centre"),
                                        QT_TR_NOOP("Align right"),  QT_TR_NOOP("Align top"),
                                        QT_TR_NOOP("Align middle"), QT_TR_NOOP("Align bottom")};
    const EditResult result = alignElements(m_document->design(),
                                            {elements.begin(), elements.end()}, alignment,
                                            CanvasStyle::workloadAnchor());
    push(result, tr(names[int(alignment)]));
}

void EditController::distribute(const QList<ElementRef> &elements, Distribution distribution)
{
    const EditResult result = distributeElements(m_document->design(),
                                                 {elements.begin(), elements.end()},
                                                 distribution, CanvasStyle::workloadAnchor());
    push(result, distribution == Distribution::Horizontal ? tr("Distribute horizontally")
                                                          : tr("Distribute vertically"));
}

} // namespace Netpol
