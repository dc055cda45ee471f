#include "diagramdialog.h"

#include <QCheckBox>
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

namespace {

const char *const kFilter = QT_TRANSLATE_NOOP(
    "Netpol::DiagramDialog",
    "SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;All files (*)");

QString settingKey(const char *name)
{
    return QStringLiteral("diagram/") + QLatin1String(name);
}

} // namespace

DiagramDialog::DiagramDialog(const QString &designFile, QWidget *parent)
    : QDialog(parent), m_target(new QLineEdit), m_format(new QLabel), m_rankdir(new QComboBox),
      m_dns(new QCheckBox(tr("DNS edges (from namespaces that deny egress to the DNS pods)"))),
      m_labels(new QCheckBox(tr("Port labels on flows"))), m_legend(new QCheckBox(tr("Legend")))
{
    setObjectName(QStringLiteral("diagramDialog"));
    setWindowTitle(tr("Export Diagram"));
    m_rankdir->addItem(tr("Left to right"), int(RankDirection::LeftRight));
    m_rankdir->addItem(tr("Top to bottom"), int(RankDirection::TopBottom));
    m_format->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_format->setWordWrap(true);

    QSettings settings;
    const QFileInfo design(designFile);
    QString base = design.fileName();
    base.remove(QStringLiteral(".netpol.yaml"));
    if (base.isEmpty())
        base = QStringLiteral("design");
    const QString dir = designFile.isEmpty() ? QDir::homePath() : design.absolutePath();
    const QString suffix = settings.value(settingKey("format"), QStringLiteral("svg")).toString();
    m_target->setText(QDir(dir).filePath(base + QStringLiteral("-diagram.") + suffix));
    m_rankdir->setCurrentIndex(settings.value(settingKey("rankdir"), 0).toInt());
    m_dns->setChecked(settings.value(settingKey("dns"), true).toBool());
    m_labels->setChecked(settings.value(settingKey("labels"), true).toBool());
    m_legend->setChecked(settings.value(settingKey("legend"), true).toBool());

    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &DiagramDialog::browse);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Write to"), targetRow);
    form->addRow(QString(), m_format);
    form->addRow(tr("Direction"), m_rankdir);
    form->addRow(tr("Draw"), m_dns);
    form->addRow(QString(), m_labels);
    form->addRow(QString(), m_legend);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_export = buttons->button(QDialogButtonBox::Ok);
    m_export->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (formatOf(target())) {
            saveChoices();
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QLineEdit::textChanged, this, &DiagramDialog::targetChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(580);
    targetChanged();
}

std::optional<DiagramFormat> DiagramDialog::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty())
        return std::nullopt;
    return parseDiagramFormat(suffix.toStdString());
}

QString DiagramDialog::target() const
{
    return m_target->text().trimmed();
}

DiagramOptions DiagramDialog::options() const
{
    DiagramOptions options;
    options.rankdir = RankDirection(m_rankdir->currentData().toInt());
    options.dns = m_dns->isChecked();
    options.labels = m_labels->isChecked();
    options.legend = m_legend->isChecked();
    return options;
}

void DiagramDialog::targetChanged()
{
    const std::optional<DiagramFormat> format = formatOf(target());
    m_export->setEnabled(format.has_value());
    m_format->setText(
        format ? tr("Format: %1, drawn by Graphviz as: netpol dot DESIGN -o FILE")
                     .arg(QString::fromStdString(std::string(diagramFormatName(*format))).toUpper())
               : tr("Name the file .svg, .png, .pdf or .dot: the extension picks the format."));
}

void DiagramDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(settingKey("format"), QFileInfo(target()).suffix().toLower());
    settings.setValue(settingKey("rankdir"), m_rankdir->currentIndex());
    settings.setValue(settingKey("dns"), m_dns->isChecked());
    settings.setValue(settingKey("labels"), m_labels->isChecked());
    settings.setValue(settingKey("legend"), m_legend->isChecked());
}

void DiagramDialog::browse()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export diagram to"), target(), tr(kFilter));
    if (!path.isEmpty())
        m_target->setText(path);
}

} // namespace Netpol
