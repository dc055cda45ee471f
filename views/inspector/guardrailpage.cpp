#include "views/inspector/guardrailpage.h"

#include "views/canvas/guardrailoverlay.h"
#include "views/inspector/fieldedit.h"

#include "model/design/guardrailtext.h"
#include "model/k8s/k8snames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QToolButton>

namespace Netpol {

namespace {

constexpr int kEgressRole = Qt::UserRole;
constexpr int kRuleRole = Qt::UserRole + 1;
constexpr int kMaxRuleName = 100;

QStringList peerTexts(const QString &text)
{
    QStringList parts;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts;
}

QString peersToText(const std::vector<GuardrailPeer> &peers)
{
    QStringList parts;
    for (const GuardrailPeer &peer : peers)
        parts.append(QString::fromStdString(formatGuardrailPeer(peer)));
    return parts.join(QStringLiteral("; "));
}

bool takesNoNamedPorts(const GuardrailPeer &peer)
{
    return peer.kind == GuardrailPeer::Kind::Networks || peer.kind == GuardrailPeer::Kind::Nodes
           || peer.kind == GuardrailPeer::Kind::DomainNames;
}

} // namespace

GuardrailPage::GuardrailPage(QWidget *parent)
    : InspectorPage(tr("Guardrail"), parent),
      m_name(new FieldEdit([this](const QString &text) -> QString {
          if (text.isEmpty())
              return tr("A guardrail needs a name");
          if (m_otherNames.contains(text))
              return tr("The design has a guardrail \"%1\" already").arg(text);
          return QString::fromStdString(joinMessages(dns1123SubdomainErrors(text.toStdString())));
      })),
      m_tier(new QComboBox), m_priority(new FieldEdit([](const QString &text) -> QString {
          bool ok = false;
          const int value = text.trimmed().toInt(&ok);
          if (!ok || value < 0 || value > 1000)
              return tr("The priority is a whole number from 0 to 1000");
          return {};
      })),
      m_subject(new FieldEdit([](const QString &text) -> QString {
          std::string error;
          const auto peer = parseGuardrailPeer(text.toStdString(), &error);
          if (!peer)
              return QString::fromStdString(error);
          if (peer->kind != GuardrailPeer::Kind::Namespaces
              && peer->kind != GuardrailPeer::Kind::Pods)
              return tr("A subject selects namespaces or pods");
          return {};
      })),
      m_rules(new QListWidget), m_addIngress(new QToolButton), m_addEgress(new QToolButton),
      m_removeRule(new QToolButton), m_ruleBox(new QGroupBox(tr("Rule"))),
      m_ruleName(new FieldEdit([](const QString &text) -> QString {
          if (text.size() > kMaxRuleName)
              return tr("A rule name has at most 100 characters");
          return {};
      })),
      m_action(new QComboBox),
      m_peers(new FieldEdit([this](const QString &text) { return peersError(text); })),
      m_ports(new FieldEdit([this](const QString &text) { return portsError(text); }))
{
    m_tier->addItem(tr("Admin (before NetworkPolicies)"));
    m_tier->addItem(tr("Baseline (after NetworkPolicies)"));
    for (ClusterAction action : {ClusterAction::Accept, ClusterAction::Deny, ClusterAction::Pass})
        m_action->addItem(GuardrailOverlay::signOf(action) + QLatin1Char(' ')
                              + GuardrailOverlay::actionName(action),
                          int(action));
    m_subject->setPlaceholderText(QStringLiteral("namespaces: team=a"));
    m_peers->setPlaceholderText(tr("namespaces: {}; pods: team=a / app=web; networks: 10.0.0.0/8"));
    m_ports->setPlaceholderText(tr("all ports (53/UDP, 443, 8000-8100/TCP, http)"));
    m_rules->setMaximumHeight(96);
    m_addIngress->setText(tr("Add Ingress Rule"));
    m_addEgress->setText(tr("Add Egress Rule"));
    m_removeRule->setText(tr("Remove Rule"));

    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Tier"), m_tier);
    form()->addRow(tr("Priority"), m_priority);
    form()->addRow(tr("Subject"), m_subject);
    form()->addRow(tr("Rules"), m_rules);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addIngress);
    buttons->addWidget(m_addEgress);
    buttons->addWidget(m_removeRule);
    buttons->addStretch(1);
    form()->addRow(QString(), buttons);
    auto *ruleForm = new QFormLayout(m_ruleBox);
    ruleForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    ruleForm->addRow(tr("Name"), m_ruleName);
    ruleForm->addRow(tr("Action"), m_action);
    ruleForm->addRow(tr("Peers"), m_peers);
    ruleForm->addRow(tr("Ports"), m_ports);
    form()->addRow(m_ruleBox);
    setSubtitle(tr("Peers: KIND: VALUE separated by \";\" (namespaces, pods with "
                   "NAMESPACES / PODS, nodes, networks, domainNames)."));

    connect(m_name, &FieldEdit::committed, this, [this](const QString &text) {
        edit(tr("Rename guardrail to %1").arg(text),
             [&](Guardrail &g) { g.name = text.toStdString(); });
    });
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this](int row) {
        edit(tr("Change guardrail tier"), [&](Guardrail &g) {
            g.tier = row == 0 ? ClusterTier::Admin : ClusterTier::Baseline;
        });
    });
    connect(m_priority, &FieldEdit::committed, this, [this](const QString &text) {
        edit(tr("Change guardrail priority"),
             [&](Guardrail &g) { g.priority = text.trimmed().toInt(); });
    });
    connect(m_subject, &FieldEdit::committed, this, [this](const QString &text) {
        std::string error;
        if (const auto peer = parseGuardrailPeer(text.toStdString(), &error))
            edit(tr("Change guardrail subject"), [&](Guardrail &g) { g.subject = *peer; });
    });
    connect(m_rules, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading || row < 0)
            return;
        const QListWidgetItem *item = m_rules->item(row);
        m_focus.egress = item->data(kEgressRole).toBool();
        m_focus.rule = item->data(kRuleRole).toInt();
        showRule();
        emit focusRequested(m_focus);
    });
    auto addRule = [this](bool egress) {
        std::vector<GuardrailRule> &list = egress ? m_guardrail.egress : m_guardrail.ingress;
        if (list.size() >= kMaxGuardrailItems)
            return;
        GuardrailRule rule;
        rule.peers.push_back(GuardrailPeer{});
        const int index = int(list.size());
        edit(egress ? tr("Add egress rule") : tr("Add ingress rule"),
             [&](Guardrail &g) { (egress ? g.egress : g.ingress).push_back(rule); });
        emit focusRequested({m_focus.guardrail, egress, index});
    };
    connect(m_addIngress, &QToolButton::clicked, this, [addRule] { addRule(false); });
    connect(m_addEgress, &QToolButton::clicked, this, [addRule] { addRule(true); });
    connect(m_removeRule, &QToolButton::clicked, this, [this] {
        if (!currentRule())
            return;
        const GuardrailFocus focus = m_focus;
        edit(tr("Remove guardrail rule"), [&](Guardrail &g) {
            std::vector<GuardrailRule> &list = focus.egress ? g.egress : g.ingress;
            list.erase(list.begin() + focus.rule);
        });
        emit focusRequested({focus.guardrail, false, -1});
    });
    connect(m_ruleName, &FieldEdit::committed, this, [this](const QString &text) {
        editRule(tr("Rename guardrail rule"),
                 [&](GuardrailRule &r) { r.name = text.trimmed().toStdString(); });
    });
    connect(m_action, &QComboBox::currentIndexChanged, this, [this](int row) {
        const auto action = ClusterAction(m_action->itemData(row).toInt());
        editRule(tr("Change guardrail rule action"), [&](GuardrailRule &r) { r.action = action; });
    });
    connect(m_peers, &FieldEdit::committed, this, [this](const QString &text) {
        std::vector<GuardrailPeer> peers;
        for (const QString &part : peerTexts(text)) {
            std::string error;
            if (const auto peer = parseGuardrailPeer(part.toStdString(), &error))
                peers.push_back(*peer);
        }
        editRule(tr("Change guardrail rule peers"), [&](GuardrailRule &r) { r.peers = peers; });
    });
    connect(m_ports, &FieldEdit::committed, this, [this](const QString &text) {
        std::string error;
        if (const auto ports = parseGuardrailPorts(text.toStdString(), &error))
            editRule(tr("Change guardrail rule ports"), [&](GuardrailRule &r) { r.ports = *ports; });
    });
}

void GuardrailPage::load(const Design &design, const ElementRef &)
{
    loadGuardrail(design, m_focus);
}

void GuardrailPage::loadGuardrail(const Design &design, const GuardrailFocus &focus)
{
    if (focus.guardrail < 0 || focus.guardrail >= int(design.guardrails.size()))
        return;
    m_loading = true;
    m_focus = focus;
    m_guardrail = design.guardrails[focus.guardrail];
    m_otherNames.clear();
    for (const Guardrail &g : design.guardrails) {
        if (g.name != m_guardrail.name)
            m_otherNames.append(QString::fromStdString(g.name));
    }
    m_name->setText(QString::fromStdString(m_guardrail.name));
    m_tier->setCurrentIndex(m_guardrail.tier == ClusterTier::Admin ? 0 : 1);
    m_priority->setText(QString::number(m_guardrail.priority));
    m_subject->setText(QString::fromStdString(formatGuardrailPeer(m_guardrail.subject)));
    m_rules->clear();
    int current = -1;
    for (bool egress : {false, true}) {
        const std::vector<GuardrailRule> &list = egress ? m_guardrail.egress : m_guardrail.ingress;
        for (int i = 0; i < int(list.size()); ++i) {
            QString text = (egress ? tr("egress %1") : tr("ingress %1")).arg(i + 1);
            text += QStringLiteral(" · ") + GuardrailOverlay::signOf(list[i].action)
                    + QLatin1Char(' ') + GuardrailOverlay::actionName(list[i].action);
            if (!list[i].name.empty())
                text += QStringLiteral(" · ") + QString::fromStdString(list[i].name);
            auto *item = new QListWidgetItem(text, m_rules);
            item->setData(kEgressRole, egress);
            item->setData(kRuleRole, i);
            if (focus.isRule() && focus.egress == egress && focus.rule == i)
                current = m_rules->count() - 1;
        }
    }
    if (current < 0 && m_rules->count() > 0) {
        current = 0;
        m_focus.egress = m_rules->item(0)->data(kEgressRole).toBool();
        m_focus.rule = m_rules->item(0)->data(kRuleRole).toInt();
    }
    m_rules->setCurrentRow(current);
    m_addIngress->setEnabled(m_guardrail.ingress.size() < kMaxGuardrailItems);
    m_addEgress->setEnabled(m_guardrail.egress.size() < kMaxGuardrailItems);
    showRule();
    m_loading = false;
}

GuardrailRule *GuardrailPage::currentRule()
{
    std::vector<GuardrailRule> &list = m_focus.egress ? m_guardrail.egress : m_guardrail.ingress;
    if (m_focus.rule < 0 || m_focus.rule >= int(list.size()))
        return nullptr;
    return &list[m_focus.rule];
}

void GuardrailPage::showRule()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const GuardrailRule *rule = currentRule();
    m_ruleBox->setEnabled(rule != nullptr);
    m_removeRule->setEnabled(rule != nullptr);
    if (rule) {
        m_ruleBox->setTitle((m_focus.egress ? tr("Egress rule %1") : tr("Ingress rule %1"))
                                .arg(m_focus.rule + 1));
        m_ruleName->setText(QString::fromStdString(rule->name));
        m_action->setCurrentIndex(m_action->findData(int(rule->action)));
        m_peers->setText(peersToText(rule->peers));
        m_ports->setText(QString::fromStdString(formatGuardrailPorts(rule->ports)));
    }
    m_loading = wasLoading;
}

QString GuardrailPage::peersError(const QString &text) const
{
    const QStringList parts = peerTexts(text);
    if (parts.isEmpty())
        return tr("A rule needs at least one peer");
    if (parts.size() > int(kMaxGuardrailItems))
        return tr("A rule has at most 25 peers");
    const GuardrailRule *rule = const_cast<GuardrailPage *>(this)->currentRule();
    bool namedPorts = false;
    for (const FlowPort &port : rule ? rule->ports : std::vector<FlowPort>{})
        namedPorts = namedPorts || port.kind == FlowPort::Kind::Named;
    for (const QString &part : parts) {
        std::string error;
        const auto peer = parseGuardrailPeer(part.toStdString(), &error);
        if (!peer)
            return QString::fromStdString(error);
        const bool podsOrNamespaces = peer->kind == GuardrailPeer::Kind::Namespaces
                                      || peer->kind == GuardrailPeer::Kind::Pods;
        if (!m_focus.egress && !podsOrNamespaces)
            return tr("Ingress peers are namespaces or pods");
        if (peer->kind == GuardrailPeer::Kind::DomainNames
            && (m_guardrail.tier != ClusterTier::Admin || !rule
                || rule->action != ClusterAction::Accept))
            return tr("domainNames are allowed only in Admin-tier Accept rules");
        if (namedPorts && takesNoNamedPorts(*peer))
            return tr("Named ports cannot be used with networks, nodes or domainNames peers");
    }
    return {};
}

QString GuardrailPage::portsError(const QString &text) const
{
    std::string error;
    const auto ports = parseGuardrailPorts(text.toStdString(), &error);
    if (!ports)
        return QString::fromStdString(error);
    const GuardrailRule *rule = const_cast<GuardrailPage *>(this)->currentRule();
    bool named = false;
    for (const FlowPort &port : *ports)
        named = named || port.kind == FlowPort::Kind::Named;
    for (const GuardrailPeer &peer : rule ? rule->peers : std::vector<GuardrailPeer>{}) {
        if (named && takesNoNamedPorts(peer))
            return tr("Named ports cannot be used with networks, nodes or domainNames peers");
    }
    return {};
}

void GuardrailPage::edit(const QString &text, const std::function<void(Guardrail &)> &change)
{
    if (m_loading || m_focus.isNull())
        return;
    Guardrail changed = m_guardrail;
    change(changed);
    if (changed == m_guardrail)
        return;
    emit guardrailEdited(m_focus.guardrail, changed, text);
}

void GuardrailPage::editRule(const QString &text,
                             const std::function<void(GuardrailRule &)> &change)
{
    if (!currentRule())
        return;
    const GuardrailFocus focus = m_focus;
    edit(text, [&](Guardrail &g) {
        change((focus.egress ? g.egress : g.ingress)[focus.rule]);
    });
}

} // namespace Netpol
