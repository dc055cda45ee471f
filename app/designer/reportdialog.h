#pragma once

#include "model/core/diagnostic.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QTextBrowser;

namespace Netpol {

// What a helper task reported, for people: a summary line, then each finding (severity, message,
// where, code, hint), wrapped to the window's width, and any other lines it printed. Text can be
// selected; Copy puts the report on the clipboard in the command's own form.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(const QString &title, const QString &summary, const Diagnostics &diagnostics,
                 const QStringList &otherLines, QWidget *parent = nullptr);

    QString summary() const;
    int findingCount() const { return m_findings; }
    QTextBrowser *browser() const { return m_browser; }
    // The report as `netpol` printed it.
    QString text() const;

private:
    QLabel *m_summary;
    QTextBrowser *m_browser;
    QStringList m_lines;
    int m_findings = 0;
};

} // namespace Netpol
