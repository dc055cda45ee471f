#include "views/inspector/designpage.h"

#include "views/inspector/fieldedit.h"
#include "views/inspector/labelseditor.h"

#include "model/k8s/cidr.h"
#include "model/k8s/k8snames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Netpol {

DesignPage::DesignPage(QWidget *parent)
    : InspectorPage(tr("Design"), parent), m_name(new QLineEdit), m_description(new QLineEdit),
      m_dnsEnabled(new QCheckBox(tr("Allow DNS where egress is denied"))),
      m_dnsNamespace(new FieldEdit([](const QString &text) {
          return QString::fromStdString(joinMessages(dns1123LabelErrors(text.toStdString())));
      })),
      m_dnsSelector(new LabelsEditor), m_granularity(new QComboBox),
      m_nodeCidr(new FieldEdit([](const QString &text) -> QString {
          if (text.trimmed().isEmpty())
              return {};
          const CidrParse parsed = parseCidr(text.trimmed().toStdString());
          return parsed.cidr ? QString() : QString::fromStdString(parsed.error);
      })),
      m_counts(new QLabel)
{
    m_name->setObjectName(QStringLiteral("designName"));
    m_name->setPlaceholderText(tr("shown as the window title"));
    m_granularity->addItem(tr("per flow"), QStringLiteral("per-flow"));
    m_granularity->addItem(tr("per workload"), QStringLiteral("per-workload"));
    m_granularity->setToolTip(tr("per flow: one policy per side of each flow; per workload: one "
                                 "ingress and one egress policy per workload"));
    m_nodeCidr->setPlaceholderText(tr("none (e.g. 10.0.0.0/16 for kubelet probes)"));
    m_dnsSelector->setToolTip(
        tr("The DNS pods' labels; an empty map allows every pod of the namespace."));
    m_counts->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_counts->setWordWrap(true);

    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Description"), m_description);
    form()->addRow(QString(), m_dnsEnabled);
    form()->addRow(tr("DNS namespace"), m_dnsNamespace);
    form()->addRow(tr("DNS pods"), m_dnsSelector);
    form()->addRow(tr("Policies"), m_granularity);
    form()->addRow(tr("Node CIDR"), m_nodeCidr);
    form()->addRow(QString(), m_counts);

    auto commitMetadata = [this] {
        DesignMetadata metadata{m_name->text().toStdString(), m_description->text().toStdString()};
        if (!(metadata == m_metadata))
            emit metadataEdited(metadata);
    };
    connect(m_name, &QLineEdit::editingFinished, this, commitMetadata);
    connect(m_description, &QLineEdit::editingFinished, this, commitMetadata);
    connect(m_dnsEnabled, &QCheckBox::clicked, this,
            [this](bool on) { editOptions([&](Options &o) { o.dns.enabled = on; }); });
    connect(m_dnsNamespace, &FieldEdit::committed, this, [this](const QString &ns) {
        editOptions([&](Options &o) { o.dns.ns = ns.toStdString(); });
    });
    connect(m_dnsSelector, &LabelsEditor::labelsEdited, this, [this](const Labels &labels) {
        editOptions([&](Options &o) { o.dns.podSelector = labels; });
    });
    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] {
        const auto g = parseGranularity(m_granularity->currentData().toString().toStdString());
        if (g)
            editOptions([&](Options &o) { o.granularity = *g; });
    });
    connect(m_nodeCidr, &FieldEdit::committed, this, [this](const QString &cidr) {
        editOptions([&](Options &o) { o.nodeCidr = cidr.trimmed().toStdString(); });
    });
}

void DesignPage::load(const Design &design, const ElementRef &element)
{
    m_loading = true;
    setElement(element);
    m_options = design.options;
    m_metadata = design.metadata;
    if (!m_name->hasFocus())
        m_name->setText(QString::fromStdString(design.metadata.name));
    if (!m_description->hasFocus())
        m_description->setText(QString::fromStdString(design.metadata.description));
    m_dnsEnabled->setChecked(m_options.dns.enabled);
    m_dnsNamespace->setText(QString::fromStdString(m_options.dns.ns));
    m_dnsSelector->setLabels(m_options.dns.podSelector);
    m_dnsNamespace->setEnabled(m_options.dns.enabled);
    m_dnsSelector->setEnabled(m_options.dns.enabled);
    m_granularity->setCurrentIndex(m_options.granularity == Granularity::PerWorkload ? 1 : 0);
    m_nodeCidr->setText(QString::fromStdString(m_options.nodeCidr));
    setSubtitle(tr("Nothing is selected: these settings apply to the whole design."));
    m_counts->setText(QStringList{tr("%n namespace(s)", nullptr, int(design.namespaces.size())),
                                  tr("%n workload(s)", nullptr, int(design.workloads.size())),
                                  tr("%n external(s)", nullptr, int(design.externals.size())),
                                  tr("%n flow(s)", nullptr, int(design.flows.size()))}
                          .join(QStringLiteral(", ")));
    m_loading = false;
}

void DesignPage::editOptions(const std::function<void(Options &)> &change)
{
    if (m_loading)
        return;
    Options options = m_options;
    change(options);
    if (!(options == m_options))
        emit optionsEdited(options);
}

} // namespace Netpol
