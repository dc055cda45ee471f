#include "editcontroller.h"

#include "document.h"

#include "model/design/guardrailorder.h"

#include <algorithm>

namespace Netpol {

void EditController::pushGuardrails(const std::vector<Guardrail> &guardrails, const QString &text)
{
    if (guardrails == m_document->design().guardrails)
        return;
    DesignEdit edit;
    edit.guardrails = guardrails;
    m_document->push(edit, text);
}

int EditController::addGuardrail(ClusterTier tier)
{
    std::vector<Guardrail> guardrails = m_document->design().guardrails;
    const std::string base = tier == ClusterTier::Admin ? "admin-guardrail" : "baseline-guardrail";
    std::string name = base;
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(guardrails.begin(), guardrails.end(),
                                       [&name](const Guardrail &g) { return g.name == name; });
        if (!taken)
            break;
        name = base + "-" + std::to_string(n);
    }
    Guardrail added;
    added.name = name;
    added.tier = tier;
    int last = -1;
    for (const Guardrail &g : guardrails) {
        if (g.tier == tier)
            last = std::max(last, g.priority);
    }
    added.priority = std::min(1000, last < 0 ? 10 : last + 10);
    GuardrailRule rule;
    rule.action = ClusterAction::Deny;
    rule.peers.push_back(GuardrailPeer{});
    added.ingress.push_back(rule);
    guardrails.push_back(added);
    pushGuardrails(guardrails, tr("Add guardrail %1").arg(QString::fromStdString(name)));
    const int index = int(guardrails.size()) - 1;
    emit guardrailCreated(index);
    return index;
}

void EditController::removeGuardrail(int index)
{
    std::vector<Guardrail> guardrails = m_document->design().guardrails;
    if (index < 0 || index >= int(guardrails.size()))
        return;
    const QString name = QString::fromStdString(guardrails[index].name);
    guardrails.erase(guardrails.begin() + index);
    pushGuardrails(guardrails, tr("Remove guardrail %1").arg(name));
}

void EditController::moveGuardrail(int index, int position)
{
    const std::vector<Guardrail> &current = m_document->design().guardrails;
    if (index < 0 || index >= int(current.size()))
        return;
    pushGuardrails(Netpol::moveGuardrail(current, index, position),
                   tr("Reorder guardrail %1").arg(QString::fromStdString(current[index].name)));
}

void EditController::editGuardrail(int index, const Guardrail &guardrail, const QString &text)
{
    std::vector<Guardrail> guardrails = m_document->design().guardrails;
    if (index < 0 || index >= int(guardrails.size()))
        return;
    guardrails[index] = guardrail;
    pushGuardrails(guardrails, text);
}

} // namespace Netpol
