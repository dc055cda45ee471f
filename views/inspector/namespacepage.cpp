#include "views/inspector/namespacepage.h"

#include "views/inspector/fieldedit.h"
#include "views/inspector/labelseditor.h"

#include "model/k8s/k8snames.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace Netpol {

NamespacePage::NamespacePage(QWidget *parent)
    : InspectorPage(tr("Namespace"), parent),
      m_name(new FieldEdit([this](const QString &text) -> QString {
          if (text.isEmpty())
              return tr("A namespace needs a name");
          if (m_otherNames.contains(text))
              return tr("The design has a namespace \"%1\" already").arg(text);
          if (text == QLatin1String("external"))
              return tr("\"external\" is reserved for external peers");
          return QString::fromStdString(joinMessages(dns1123LabelErrors(text.toStdString())));
      })),
      m_labels(new LabelsEditor), m_managed(new QCheckBox(tr("Managed: generate its policies"))),
      m_denyIngress(new QCheckBox(tr("Ingress"))), m_denyEgress(new QCheckBox(tr("Egress"))),
      m_geometry(new QLabel)
{
    m_managed->setToolTip(
        tr("Unmanaged namespaces (ingress-nginx, kube-system) are only referenced: "
           "no policy is generated in them."));
    auto *deny = new QWidget;
    auto *denyLayout = new QHBoxLayout(deny);
    denyLayout->setContentsMargins(0, 0, 0, 0);
    denyLayout->addWidget(m_denyIngress);
    denyLayout->addWidget(m_denyEgress);
    denyLayout->addStretch(1);
    m_geometry->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    form()->addRow(tr("Name"), m_name);
    form()->addRow(QString(), m_managed);
    form()->addRow(tr("Default deny"), deny);
    form()->addRow(tr("Labels"), m_labels);
    form()->addRow(tr("Frame"), m_geometry);

    connect(m_name, &FieldEdit::committed, this, [this](const QString &name) {
        edit([&](Namespace &ns) { ns.name = name.toStdString(); });
    });
    connect(m_labels, &LabelsEditor::labelsEdited, this,
            [this](const Labels &labels) { edit([&](Namespace &ns) { ns.labels = labels; }); });
    connect(m_managed, &QCheckBox::clicked, this,
            [this](bool on) { edit([&](Namespace &ns) { ns.managed = on; }); });
    connect(m_denyIngress, &QCheckBox::clicked, this,
            [this](bool on) { edit([&](Namespace &ns) { ns.defaultDeny.ingress = on; }); });
    connect(m_denyEgress, &QCheckBox::clicked, this,
            [this](bool on) { edit([&](Namespace &ns) { ns.defaultDeny.egress = on; }); });
}

void NamespacePage::load(const Design &design, const ElementRef &element)
{
    setElement(element);
    m_ns = design.namespaces.at(std::size_t(element.index));
    m_otherNames.clear();
    for (const Namespace &ns : design.namespaces) {
        if (ns.name != m_ns.name)
            m_otherNames.insert(QString::fromStdString(ns.name));
    }
    m_name->setText(QString::fromStdString(m_ns.name));
    m_labels->setLabels(m_ns.labels);
    m_managed->setChecked(m_ns.managed);
    m_denyIngress->setChecked(m_ns.defaultDeny.ingress);
    m_denyEgress->setChecked(m_ns.defaultDeny.egress);
    m_denyIngress->setEnabled(m_ns.managed);
    m_denyEgress->setEnabled(m_ns.managed);
    int workloads = 0;
    for (const Workload &w : design.workloads)
        workloads += w.ns == m_ns.name ? 1 : 0;
    setSubtitle(tr("%n workload(s)", nullptr, workloads) + QStringLiteral(" · ")
                + (m_ns.managed ? tr("policies are generated here") : tr("only referenced")));
    const Rect &g = m_ns.geometry;
    m_geometry->setText(
        QStringLiteral("%1, %2 — %3 × %4").arg(g.x).arg(g.y).arg(g.width).arg(g.height));
}

void NamespacePage::edit(const std::function<void(Namespace &)> &change)
{
    Namespace ns = m_ns;
    change(ns);
    emit elementEdited(element(), ns);
}

} // namespace Netpol
