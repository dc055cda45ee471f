#include "exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Netpol {

ExportDialog::ExportDialog(const QString &designFile, QWidget *parent)
    : QDialog(parent), m_layout(new QComboBox), m_target(new QLineEdit), m_help(new QLabel),
      m_designFile(designFile)
{
    setWindowTitle(tr("Export YAML"));
    m_layout->addItem(tr("One file (single)"), int(ExportLayout::Single));
    m_layout->addItem(tr("A file per namespace (per-namespace)"), int(ExportLayout::PerNamespace));
    m_layout->addItem(tr("Per-namespace files + kustomization.yaml (kustomize)"),
                      int(ExportLayout::Kustomize));
    m_help->setWordWrap(true);
    m_help->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Layout"), m_layout);
    form->addRow(tr("Write to"), targetRow);
    form->addRow(QString(), m_help);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_target->text().trimmed().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    QSettings settings;
    m_layout->setCurrentIndex(settings.value(QStringLiteral("export/layout"), 0).toInt());
    connect(m_layout, &QComboBox::currentIndexChanged, this, &ExportDialog::layoutChanged);
    connect(this, &QDialog::accepted, this, [this] {
        QSettings().setValue(QStringLiteral("export/layout"), m_layout->currentIndex());
    });
    layoutChanged();
}

ExportLayout ExportDialog::layout() const
{
    return ExportLayout(m_layout->currentData().toInt());
}

QString ExportDialog::target() const
{
    return m_target->text().trimmed();
}

void ExportDialog::layoutChanged()
{
    const QFileInfo design(m_designFile);
    const QString dir = m_designFile.isEmpty() ? QDir::homePath() : design.absolutePath();
    QString base = design.fileName();
    base.remove(QStringLiteral(".netpol.yaml"));
    if (base.isEmpty())
        base = QStringLiteral("networkpolicies");
    if (layout() == ExportLayout::Single) {
        m_target->setText(QDir(dir).filePath(base + QStringLiteral("-networkpolicies.yaml")));
        m_help->setText(tr("The same file as: netpol generate DESIGN -o FILE"));
    } else {
        m_target->setText(QDir(dir).filePath(base + QStringLiteral("-networkpolicies")));
        m_help->setText(
            tr("The same files as: netpol generate DESIGN --layout %1 -o DIR (the folder is "
               "created when missing)")
                .arg(QString::fromStdString(std::string(exportLayoutName(layout())))));
    }
}

void ExportDialog::browse()
{
    const QString path = layout() == ExportLayout::Single
        ? QFileDialog::getSaveFileName(this, tr("Export to file"), target(),
                                       tr("YAML files (*.yaml *.yml)"))
        : QFileDialog::getExistingDirectory(this, tr("Export to folder"), target());
    if (!path.isEmpty())
        m_target->setText(path);
}

} // namespace Netpol
