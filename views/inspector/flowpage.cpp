#include "views/inspector/flowpage.h"

#include "views/inspector/externalpage.h"
#include "views/inspector/fieldedit.h"

#include "model/design/designoperations.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Netpol {

std::vector<FlowPort> parsePortList(const QString &text, QString *error)
{
    std::vector<FlowPort> ports;
    for (const QString &part : splitList(text)) {
        std::string message;
        const auto port = parseFlowPort(part.toStdString(), &message);
        if (!port) {
            if (error)
                *error = QStringLiteral("\"%1\": %2").arg(part, QString::fromStdString(message));
            return {};
        }
        ports.push_back(*port);
    }
    return ports;
}

FlowPage::FlowPage(QWidget *parent)
    : InspectorPage(tr("Flow"), parent),
      m_from(new FieldEdit([this](const QString &text) { return endpointError(text); })),
      m_to(new FieldEdit([this](const QString &text) { return endpointError(text); })),
      m_ports(new FieldEdit([](const QString &text) {
          QString error;
          parsePortList(text, &error);
          return error;
      })),
      m_portsNote(new QLabel)
{
    m_from->setPlaceholderText(
        QStringLiteral("namespace/workload, namespace/*, */*, external/name"));
    m_to->setPlaceholderText(QStringLiteral("namespace/workload, namespace/*, */*, external/name"));
    m_ports->setPlaceholderText(QStringLiteral("8080/TCP, http/TCP, 30000-32767/TCP, */UDP"));
    m_portsNote->setWordWrap(true);
    m_portsNote->setStyleSheet(QStringLiteral("color: #b35200;"));
    m_portsNote->setText(tr("No ports: every port of every protocol is allowed."));

    auto *reverse = new QToolButton;
    reverse->setText(tr("Reverse direction"));
    connect(reverse, &QToolButton::clicked, this,
            [this] { edit([](Flow &f) { std::swap(f.from, f.to); }); });

    form()->addRow(tr("From"), m_from);
    form()->addRow(tr("To"), m_to);
    form()->addRow(tr("Ports"), m_ports);
    form()->addRow(QString(), m_portsNote);
    form()->addRow(QString(), reverse);

    auto endpointSetter = [this](bool from) {
        return [this, from](const QString &text) {
            std::string error;
            const auto endpoint = parseEndpoint(text.trimmed().toStdString(), &error);
            if (endpoint)
                edit([&](Flow &f) { (from ? f.from : f.to) = *endpoint; });
        };
    };
    connect(m_from, &FieldEdit::committed, this, endpointSetter(true));
    connect(m_to, &FieldEdit::committed, this, endpointSetter(false));
    connect(m_ports, &FieldEdit::committed, this, [this](const QString &text) {
        QString error;
        const std::vector<FlowPort> ports = parsePortList(text, &error);
        if (error.isEmpty())
            edit([&](Flow &f) { f.ports = ports; });
    });
}

QString FlowPage::endpointError(const QString &text) const
{
    std::string error;
    const auto endpoint = parseEndpoint(text.trimmed().toStdString(), &error);
    if (!endpoint)
        return QString::fromStdString(error);
    const bool declared = endpoint->kind == Endpoint::Kind::AllNamespaces
        || (m_design && !elementOfEndpoint(*m_design, *endpoint).isNull());
    if (!declared)
        return tr("\"%1\" is not in the design").arg(text.trimmed());
    return {};
}

void FlowPage::load(const Design &design, const ElementRef &element)
{
    setElement(element);
    m_design = &design;
    m_flow = design.flows.at(std::size_t(element.index));
    m_from->setText(QString::fromStdString(m_flow.from.toString()));
    m_to->setText(QString::fromStdString(m_flow.to.toString()));
    QStringList ports;
    for (const FlowPort &p : m_flow.ports)
        ports << QString::fromStdString(p.toString());
    m_ports->setText(ports.join(QStringLiteral(", ")));
    m_portsNote->setVisible(m_flow.ports.empty());
    setSubtitle(
        tr("Flow #%1: both its policy sides are generated where the namespaces deny traffic.")
            .arg(element.index + 1));
}

void FlowPage::focusPorts()
{
    m_ports->lineEdit()->setFocus(Qt::OtherFocusReason);
    m_ports->lineEdit()->selectAll();
}

void FlowPage::edit(const std::function<void(Flow &)> &change)
{
    Flow f = m_flow;
    change(f);
    emit elementEdited(element(), f);
}

} // namespace Netpol
