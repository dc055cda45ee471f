#pragma once

#include "views/common/guardrailfocus.h"
#include "views/inspector/inspectorpage.h"

#include <functional>

class QComboBox;
class QListWidget;
class QGroupBox;
class QToolButton;

namespace Netpol {

class FieldEdit;

// A cluster guardrail in the inspector: its name, tier, priority and subject, and its rules
// (direction, name, action, peers, ports), checked as they are typed the way the API's CRD
// validation would (names, priority 0-1000, CIDRs, domain names, ports, at most 25 rules and
// peers, peer kinds per direction and tier). Every change leaves as one new guardrail
// (guardrailEdited), which the document applies as one undo step.
class GuardrailPage : public InspectorPage
{
    Q_OBJECT

public:
    explicit GuardrailPage(QWidget *parent = nullptr);

    void load(const Design &design, const ElementRef &element) override;
    void loadGuardrail(const Design &design, const GuardrailFocus &focus);
    const GuardrailFocus &guardrailFocus() const { return m_focus; }

    FieldEdit *nameField() const { return m_name; }
    QComboBox *tierBox() const { return m_tier; }
    FieldEdit *priorityField() const { return m_priority; }
    FieldEdit *subjectField() const { return m_subject; }
    QListWidget *ruleList() const { return m_rules; }
    FieldEdit *ruleNameField() const { return m_ruleName; }
    QComboBox *actionBox() const { return m_action; }
    FieldEdit *peersField() const { return m_peers; }
    FieldEdit *portsField() const { return m_ports; }
    QToolButton *addIngressButton() const { return m_addIngress; }
    QToolButton *addEgressButton() const { return m_addEgress; }
    QToolButton *removeRuleButton() const { return m_removeRule; }

signals:
    void guardrailEdited(int index, const Netpol::Guardrail &guardrail, const QString &text);
    // A rule (or the guardrail) picked in the page's list, for the band and canvas to follow.
    void focusRequested(const Netpol::GuardrailFocus &focus);

private:
    void edit(const QString &text, const std::function<void(Guardrail &)> &change);
    void editRule(const QString &text, const std::function<void(GuardrailRule &)> &change);
    void showRule();
    GuardrailRule *currentRule();
    QString peersError(const QString &text) const;
    QString portsError(const QString &text) const;

    Guardrail m_guardrail;
    GuardrailFocus m_focus;
    QStringList m_otherNames;
    FieldEdit *m_name;
    QComboBox *m_tier;
    FieldEdit *m_priority;
    FieldEdit *m_subject;
    QListWidget *m_rules;
    QToolButton *m_addIngress;
    QToolButton *m_addEgress;
    QToolButton *m_removeRule;
    QGroupBox *m_ruleBox;
    FieldEdit *m_ruleName;
    QComboBox *m_action;
    FieldEdit *m_peers;
    FieldEdit *m_ports;
    bool m_loading = false;
};

} // namespace Netpol
