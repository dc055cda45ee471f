#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Netpol {

PreferencesDialog::PreferencesDialog(const Preferences &p, QWidget *parent)
    : QDialog(parent), m_dns(new QCheckBox(tr("Allow DNS where egress is denied"), this)),
      m_dnsNamespace(new QLineEdit(p.dnsNamespace, this)), m_granularity(new QComboBox(this)),
      m_grid(new QSpinBox(this)), m_theme(new QComboBox(this)), m_autosave(new QSpinBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_dns->setObjectName(QStringLiteral("prefDns"));
    m_dns->setChecked(p.dnsEnabled);
    m_dnsNamespace->setObjectName(QStringLiteral("prefDnsNamespace"));
    m_granularity->setObjectName(QStringLiteral("prefGranularity"));
    m_granularity->addItem(tr("per flow"), int(Granularity::PerFlow));
    m_granularity->addItem(tr("per workload"), int(Granularity::PerWorkload));
    m_granularity->setCurrentIndex(m_granularity->findData(int(p.granularity)));
    m_grid->setObjectName(QStringLiteral("prefGrid"));
    m_grid->setRange(5, 200);
    m_grid->setSuffix(tr(" px"));
    m_grid->setValue(p.gridSize);
    m_theme->setObjectName(QStringLiteral("prefTheme"));
    m_theme->addItem(tr("System"), int(Themes::Choice::System));
    m_theme->addItem(tr("Light"), int(Themes::Choice::Light));
    m_theme->addItem(tr("Dark"), int(Themes::Choice::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(p.theme)));
    m_autosave->setObjectName(QStringLiteral("prefAutosave"));
    m_autosave->setRange(1, 600);
    m_autosave->setSuffix(tr(" s after the last change"));
    m_autosave->setValue(p.autosaveSeconds);

    auto *newDesigns = new QGroupBox(tr("New designs"), this);
    auto *designForm = new QFormLayout(newDesigns);
    designForm->addRow(QString(), m_dns);
    designForm->addRow(tr("DNS namespace"), m_dnsNamespace);
    designForm->addRow(tr("Policies"), m_granularity);
    auto *window = new QGroupBox(tr("Window"), this);
    auto *windowForm = new QFormLayout(window);
    windowForm->addRow(tr("Grid size"), m_grid);
    windowForm->addRow(tr("Theme"), m_theme);
    windowForm->addRow(tr("Autosave"), m_autosave);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(newDesigns);
    layout->addWidget(window);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.dnsEnabled = m_dns->isChecked();
    const QString ns = m_dnsNamespace->text().trimmed();
    p.dnsNamespace = ns.isEmpty() ? Preferences().dnsNamespace : ns;
    p.granularity = Granularity(m_granularity->currentData().toInt());
    p.gridSize = m_grid->value();
    p.theme = Themes::Choice(m_theme->currentData().toInt());
    p.autosaveSeconds = m_autosave->value();
    return p;
}

} // namespace Netpol
