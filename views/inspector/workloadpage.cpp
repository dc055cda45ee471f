#include "views/inspector/workloadpage.h"

#include <QLabel>

#include "views/canvas/canvasstyle.h"
#include "views/inspector/fieldedit.h"
#include "views/inspector/labelseditor.h"
#include "views/inspector/portseditor.h"

#include "model/design/designoperations.h"
#include "model/k8s/k8snames.h"

#include <QComboBox>
#include <QFormLayout>

namespace Netpol {

WorkloadPage::WorkloadPage(QWidget *parent)
    : InspectorPage(tr("Workload"), parent),
      m_name(new FieldEdit([this](const QString &text) -> QString {
          if (text.isEmpty())
              return tr("A workload needs a name");
          if (m_otherNames.contains(text))
              return tr("Namespace %1 has a workload \"%2\" already")
                  .arg(QString::fromStdString(m_workload.ns), text);
          return QString::fromStdString(joinMessages(dns1123SubdomainErrors(text.toStdString())));
      })),
      m_namespace(new QComboBox), m_kind(new QComboBox), m_labels(new LabelsEditor),
      m_ports(new PortsEditor)
{
    for (WorkloadKind kind : kAllWorkloadKinds)
        m_kind->addItem(QString::fromStdString(std::string(workloadKindName(kind))));
    m_labels->setToolTip(tr("The pod labels: the generated podSelector is exactly this map."));
    m_ports->setToolTip(tr("Container ports: a flow's named port (http/TCP) resolves here."));

    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Namespace"), m_namespace);
    form()->addRow(tr("Kind"), m_kind);
    form()->addRow(tr("Pod labels"), m_labels);
    form()->addRow(tr("Ports"), m_ports);
    m_exposure = new QLabel(this);
    m_exposure->setObjectName(QStringLiteral("exposure"));
    m_exposure->setWordWrap(true);
    m_exposure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Exposure"), m_exposure);

    connect(m_name, &FieldEdit::committed, this, [this](const QString &name) {
        edit([&](Workload &w) { w = renamedWorkload(w, name.toStdString()); });
    });
    connect(m_kind, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (const auto kind = parseWorkloadKind(text.toStdString()); kind && !m_loading)
            edit([&](Workload &w) { w.kind = *kind; });
    });
    connect(m_namespace, &QComboBox::currentTextChanged, this, &WorkloadPage::moveToNamespace);
    connect(m_labels, &LabelsEditor::labelsEdited, this,
            [this](const Labels &labels) { edit([&](Workload &w) { w.labels = labels; }); });
    connect(m_ports, &PortsEditor::portsEdited, this,
            [this](const std::vector<ContainerPort> &ports) {
                edit([&](Workload &w) { w.ports = ports; });
            });
}

void WorkloadPage::load(const Design &design, const ElementRef &element)
{
    m_loading = true;
    setElement(element);
    m_workload = design.workloads.at(std::size_t(element.index));
    m_otherNames.clear();
    for (const Workload &w : design.workloads) {
        if (w.ns == m_workload.ns && w.name != m_workload.name)
            m_otherNames.insert(QString::fromStdString(w.name));
    }
    m_namespaces = design.namespaces;
    m_name->setText(QString::fromStdString(m_workload.name));
    m_namespace->clear();
    for (const Namespace &ns : design.namespaces)
        m_namespace->addItem(QString::fromStdString(ns.name));
    m_namespace->setCurrentText(QString::fromStdString(m_workload.ns));
    m_kind->setCurrentText(QString::fromStdString(std::string(workloadKindName(m_workload.kind))));
    m_labels->setLabels(m_workload.labels);
    m_ports->setPorts(m_workload.ports);
    setSubtitle(QString::fromStdString(m_workload.ns + '/' + m_workload.name));
    m_loading = false;
}

void WorkloadPage::edit(const std::function<void(Workload &)> &change)
{
    if (m_loading)
        return;
    Workload w = m_workload;
    change(w);
    emit elementEdited(element(), w);
}

void WorkloadPage::moveToNamespace(const QString &ns)
{
    if (m_loading || ns.toStdString() == m_workload.ns)
        return;
    // Into the other frame, below its header.
    for (const Namespace &target : m_namespaces) {
        if (target.name != ns.toStdString())
            continue;
        edit([&](Workload &w) {
            w.ns = target.name;
            w.position = {CanvasStyle::snap(target.geometry.x + 20),
                          CanvasStyle::snap(target.geometry.y + CanvasStyle::kHeaderHeight + 20)};
        });
    }
}

void WorkloadPage::setExposure(const ExposureBadge &badge)
{
    if (badge.details.isEmpty()) {
        m_exposure->setText(tr("computing…"));
        return;
    }
    const QString lines = badge.details.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    m_exposure->setText(badge.any() ? QStringLiteral("<b>%1</b><br>%2").arg(badge.text().toHtmlEscaped(), lines)
                                    : lines);
}

QString WorkloadPage::exposureText() const
{
    return m_exposure->text();
}

} // namespace Netpol
