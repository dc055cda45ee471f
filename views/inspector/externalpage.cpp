#include "views/inspector/externalpage.h"

#include "views/inspector/fieldedit.h"

#include "model/k8s/cidr.h"
#include "model/k8s/k8snames.h"

#include <QFormLayout>
#include <QRegularExpression>

namespace Netpol {

namespace {

QString cidrError(const QString &text)
{
    const CidrParse parsed = parseCidr(text.trimmed().toStdString());
    if (!parsed.cidr)
        return QStringLiteral("\"%1\" %2")
            .arg(text.trimmed(), QString::fromStdString(parsed.error));
    if (parsed.cidr->hasHostBits())
        return QObject::tr("\"%1\" has host bits set: Kubernetes reads it as %2")
            .arg(text.trimmed(), QString::fromStdString(parsed.cidr->canonical()));
    return {};
}

} // namespace

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

ExternalPage::ExternalPage(QWidget *parent)
    : InspectorPage(tr("External"), parent),
      m_name(new FieldEdit([this](const QString &text) -> QString {
          if (text.isEmpty())
              return tr("An external needs a name");
          if (m_otherNames.contains(text))
              return tr("The design has an external \"%1\" already").arg(text);
          return QString::fromStdString(joinMessages(dns1123SubdomainErrors(text.toStdString())));
      })),
      m_cidr(new FieldEdit([](const QString &text) { return cidrError(text); })),
      m_except(new FieldEdit([](const QString &text) -> QString {
          for (const QString &part : splitList(text)) {
              if (const QString error = cidrError(part); !error.isEmpty())
                  return error;
          }
          return {};
      }))
{
    m_cidr->setPlaceholderText(QStringLiteral("203.0.113.0/24"));
    m_except->setPlaceholderText(tr("none (CIDRs inside the block, comma separated)"));
    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("CIDR"), m_cidr);
    form()->addRow(tr("Except"), m_except);

    connect(m_name, &FieldEdit::committed, this, [this](const QString &name) {
        edit([&](External &e) { e.name = name.toStdString(); });
    });
    connect(m_cidr, &FieldEdit::committed, this, [this](const QString &cidr) {
        edit([&](External &e) { e.cidr = cidr.trimmed().toStdString(); });
    });
    connect(m_except, &FieldEdit::committed, this, [this](const QString &text) {
        edit([&](External &e) {
            e.except.clear();
            for (const QString &part : splitList(text))
                e.except.push_back(part.toStdString());
        });
    });
}

void ExternalPage::load(const Design &design, const ElementRef &element)
{
    setElement(element);
    m_external = design.externals.at(std::size_t(element.index));
    m_otherNames.clear();
    for (const External &e : design.externals) {
        if (e.name != m_external.name)
            m_otherNames.insert(QString::fromStdString(e.name));
    }
    m_name->setText(QString::fromStdString(m_external.name));
    m_cidr->setText(QString::fromStdString(m_external.cidr));
    QStringList except;
    for (const std::string &e : m_external.except)
        except << QString::fromStdString(e);
    m_except->setText(except.join(QStringLiteral(", ")));
    setSubtitle(tr("A peer outside the cluster: policies reach it as an ipBlock."));
}

void ExternalPage::edit(const std::function<void(External &)> &change)
{
    External e = m_external;
    change(e);
    emit elementEdited(element(), e);
}

} // namespace Netpol
