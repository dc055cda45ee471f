// MainWindow's Tools > Check Connection (Ctrl+K): the dialog, filled in from the selection.

#include "mainwindow.h"

#include "checkconnectiondialog.h"
#include "document.h"
#include "views/canvas/designscene.h"

#include <QAction>

namespace Netpol {

namespace {

// How a selected element is named in a check: NS/NAME, NS/*, external/NAME, or nothing.
QString endpointName(const Design &design, const ElementRef &element)
{
    if (element.kind == ElementRef::Kind::Workload && element.index >= 0
        && element.index < int(design.workloads.size())) {
        const Workload &w = design.workloads[std::size_t(element.index)];
        return QString::fromStdString(w.ns + '/' + w.name);
    }
    if (element.kind == ElementRef::Kind::External && element.index >= 0
        && element.index < int(design.externals.size()))
        return QString::fromStdString("external/" + design.externals[std::size_t(element.index)].name);
    if (element.kind == ElementRef::Kind::Namespace && element.index >= 0
        && element.index < int(design.namespaces.size()))
        return QString::fromStdString(design.namespaces[std::size_t(element.index)].name + "/*");
    return {};
}

} // namespace

void MainWindow::createCheckActions()
{
    QAction *check = makeAction(QStringLiteral("actionCheckConnection"), tr("C&heck Connection…"),
                                QKeySequence(tr("Ctrl+K")));
    check->setToolTip(tr("Check Connection (Ctrl+K): may one endpoint reach another on a port, and "
                         "why; filled in from the selected pair or flow"));
    connect(check, &QAction::triggered, this, &MainWindow::checkConnection);
}

CheckConnectionDialog *MainWindow::checkConnection()
{
    if (!m_checkDialog)
        m_checkDialog = new CheckConnectionDialog(m_document, this);
    const Design &design = m_document->design();
    const QList<ElementRef> selected = m_scene->selectedElements();
    QStringList ends;
    for (const ElementRef &element : selected) {
        const QString name = endpointName(design, element);
        if (!name.isEmpty())
            ends << name;
    }
    if (selected.size() == 1 && selected.front().kind == ElementRef::Kind::Flow
        && selected.front().index >= 0 && selected.front().index < int(design.flows.size())) {
        const Flow &flow = design.flows[std::size_t(selected.front().index)];
        QString port;
        Protocol protocol = Protocol::TCP;
        if (!flow.ports.empty()) {
            const FlowPort &p = flow.ports.front();
            port = p.kind == FlowPort::Kind::Named ? QString::fromStdString(p.name) : QString::number(p.port);
            protocol = p.protocol;
        }
        m_checkDialog->setQuestion(QString::fromStdString(flow.from.toString()),
                                   QString::fromStdString(flow.to.toString()), port, protocol);
    } else if (ends.size() == 2) {
        m_checkDialog->setQuestion(ends[0], ends[1], QString(), Protocol::TCP);
    }
    m_checkDialog->show();
    m_checkDialog->raise();
    m_checkDialog->activateWindow();
    return m_checkDialog;
}

} // namespace Netpol
