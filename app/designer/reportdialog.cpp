#include "reportdialog.h"

#include "views/canvas/canvasstyle.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace Netpol {

namespace {

QString severityHtml(Severity severity)
{
    const QColor colour = severity == Severity::Error ? CanvasStyle::errorColor()
        : severity == Severity::Warning               ? QColor(0xb4, 0x6a, 0x00)
                                                      : CanvasStyle::selectionColor();
    const QString name = severity == Severity::Error ? ReportDialog::tr("error", "severity")
        : severity == Severity::Warning               ? ReportDialog::tr("warning", "severity")
                                                      : ReportDialog::tr("info", "severity");
    return QStringLiteral("<b style=\"color:%1\">%2</b>").arg(colour.name(), name);
}

// The file's name and position; the full path is in the copied text.
QString where(const Location &location)
{
    if (location.file.empty())
        return {};
    QString text = QFileInfo(QString::fromStdString(location.file)).fileName();
    if (location.line > 0)
        text += QStringLiteral(":%1").arg(location.line);
    if (location.column > 0)
        text += QStringLiteral(":%1").arg(location.column);
    return text;
}

QString escaped(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

} // namespace

ReportDialog::ReportDialog(const QString &title, const QString &summary,
                           const Diagnostics &diagnostics, const QStringList &otherLines,
                           QWidget *parent)
    : QDialog(parent), m_summary(new QLabel), m_browser(new QTextBrowser)
{
    // Errors, then warnings, then notes; each group in the order the helper gave them.
    Diagnostics ordered = diagnostics;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return int(a.severity) > int(b.severity);
    });
    QStringList counts;
    if (const int n = countSeverity(ordered, Severity::Error))
        counts << tr("%n error(s)", nullptr, n);
    if (const int n = countSeverity(ordered, Severity::Warning))
        counts << tr("%n warning(s)", nullptr, n);
    if (const int n = countSeverity(ordered, Severity::Info))
        counts << tr("%n note(s)", nullptr, n);
    m_summary->setText(counts.isEmpty() ? summary
                                        : summary + QLatin1Char('\n') + counts.join(QStringLiteral(", ")));
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(title);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QString muted = CanvasStyle::mutedText().name();
    QString html;
    for (const Diagnostic &d : ordered) {
        QStringList details;
        if (const QString at = where(d.location); !at.isEmpty())
            details << at.toHtmlEscaped();
        if (!d.code.empty())
            details << escaped(d.code);
        html += QStringLiteral("<p style=\"margin-bottom:8px\">%1: %2")
                    .arg(severityHtml(d.severity), escaped(d.message));
        if (!details.isEmpty())
            html += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                        .arg(muted, details.join(QStringLiteral(" · ")));
        if (!d.hint.empty())
            html += QStringLiteral("<br><i>%1</i>").arg(tr("Hint: %1").arg(escaped(d.hint)));
        html += QStringLiteral("</p>");
        m_lines << QString::fromStdString(d.format());
        if (!d.hint.empty())
            m_lines << QStringLiteral("    hint: ") + QString::fromStdString(d.hint);
        ++m_findings;
    }
    for (const QString &line : otherLines) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(muted, line.toHtmlEscaped());
        m_lines << line;
    }
    m_browser->setHtml(html);
    m_browser->setOpenLinks(false);
    const bool listed = !m_lines.isEmpty();
    m_browser->setVisible(listed);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setEnabled(listed);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(listed ? QSize(760, 380) : QSize(520, 120));
}

QString ReportDialog::summary() const
{
    return m_summary->text();
}

QString ReportDialog::text() const
{
    return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Netpol
