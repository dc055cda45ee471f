#include "checkconnectiondialog.h"

#include "document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Netpol {

namespace {

QComboBox *endpointBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setMinimumContentsLength(28);
    box->setToolTip(QObject::tr("A workload (NS/NAME), every workload of a namespace (NS/*) or "
                                "of the design (*/*), an external (external/NAME) or an IP "
                                "address"));
    return box;
}

} // namespace

CheckConnectionDialog::CheckConnectionDialog(Document *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("checkConnectionDialog"));
    setWindowTitle(tr("Check Connection"));
    setMinimumWidth(560);
    m_from = endpointBox(this);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = endpointBox(this);
    m_to->setObjectName(QStringLiteral("to"));
    m_port = new QLineEdit(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setPlaceholderText(tr("a number, or a port name of the destination"));
    m_protocol = new QComboBox(this);
    for (Protocol p : {Protocol::TCP, Protocol::UDP, Protocol::SCTP})
        m_protocol->addItem(QString::fromStdString(std::string(protocolName(p))), int(p));
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port, 1);
    portRow->addWidget(m_protocol);

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, portRow);

    m_verdict = new QLabel(tr("Ask whether the source may open a connection to the destination."), this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_explanation = new QPlainTextEdit(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setReadOnly(true);
    m_explanation->setMinimumHeight(110);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentChecks"));
    m_recent->setToolTip(tr("Double-click to ask again on the design as it is now"));
    m_recent->setMaximumHeight(120);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_checkButton = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_checkButton->setDefault(true);
    m_saveButton = buttons->addButton(tr("Save as &Assertion"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveAssertion"));
    m_saveButton->setToolTip(tr("Add the selected recent check (else the newest) to the "
                                "design's expect: list, with the verdict found"));
    m_saveButton->setEnabled(false);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        QString error;
        const int row = std::max(0, m_recent->currentRow());
        if (saveAsAssertion(row, &error))
            m_verdict->setText(tr("Saved in the design: %1").arg(m_history.at(row).question()));
        else
            m_verdict->setText(tr("Not saved: %1").arg(error));
    });
    connect(m_checkButton, &QPushButton::clicked, this, &CheckConnectionDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_port, &QLineEdit::returnPressed, this, &CheckConnectionDialog::check);
    connect(m_recent, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const ConnectionCheck &c = m_history.at(m_recent->row(item));
        setQuestion(c.from, c.to, c.port, c.protocol);
        check();
    });
    connect(&m_watcher, &QFutureWatcher<ConnectionCheck>::finished, this,
            [this] { showAnswer(m_watcher.result()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_explanation, 1);
    layout->addWidget(new QLabel(tr("Recent checks:"), this));
    layout->addWidget(m_recent);
    layout->addWidget(buttons);
    fillEndpoints();
}

void CheckConnectionDialog::fillEndpoints()
{
    QStringList names;
    const Design &d = m_document->design();
    for (const Workload &w : d.workloads)
        names << QString::fromStdString(w.ns + '/' + w.name);
    for (const External &e : d.externals)
        names << QString::fromStdString("external/" + e.name);
    for (const Namespace &ns : d.namespaces)
        names << QString::fromStdString(ns.name + "/*");
    names << QStringLiteral("*/*");
    for (QComboBox *box : {m_from, m_to}) {
        const QString text = box->currentText();
        box->clear();
        box->addItems(names);
        box->setEditText(text);
    }
}

void CheckConnectionDialog::setQuestion(const QString &from, const QString &to, const QString &port,
                                        Protocol protocol)
{
    fillEndpoints();
    m_from->setEditText(from);
    m_to->setEditText(to);
    m_port->setText(port);
    m_protocol->setCurrentIndex(m_protocol->findData(int(protocol)));
}

void CheckConnectionDialog::check()
{
    if (m_watcher.isRunning())
        return;
    ConnectionCheck question;
    question.from = m_from->currentText().trimmed();
    question.to = m_to->currentText().trimmed();
    question.port = m_port->text().trimmed();
    question.protocol = Protocol(m_protocol->currentData().toInt());
    if (question.from.isEmpty() || question.to.isEmpty() || question.port.isEmpty()) {
        m_verdict->setText(tr("Fill in a source, a destination and a port."));
        return;
    }
    m_verdict->setText(tr("Checking %1 …").arg(question.question()));
    m_checkButton->setEnabled(false);
    // On a copy of the design: edits made meanwhile do not reach the worker.
    m_watcher.setFuture(QtConcurrent::run(answer, m_document->design(), question));
}

void CheckConnectionDialog::showAnswer(const ConnectionCheck &check)
{
    m_checkButton->setEnabled(true);
    if (!check.answered) {
        m_verdict->setText(tr("Cannot check %1: %2").arg(check.question(), check.error));
        m_explanation->clear();
        emit answered(check);
        return;
    }
    // The word says it, not only the colour.
    const QString question = check.question().toHtmlEscaped();
    m_verdict->setText(check.mixed     ? tr("<b>± Partly allowed</b>: %1").arg(question)
                       : check.allowed ? tr("<b>✓ Allowed</b>: %1").arg(question)
                                       : tr("<b>✗ Denied</b>: %1").arg(question));
    QStringList lines;
    if (!check.decidedBy.isEmpty())
        lines << tr("Decided by: %1").arg(check.decidedBy.join(QStringLiteral("; "))) << QString();
    lines << check.explanation;
    m_explanation->setPlainText(lines.join(QLatin1Char('\n')));
    m_history.prepend(check);
    if (m_history.size() > kHistory)
        m_history.removeLast();
    m_recent->clear();
    for (const ConnectionCheck &c : std::as_const(m_history))
        m_recent->addItem((c.mixed ? tr("partly") : c.allowed ? tr("allowed") : tr("denied"))
                          + QStringLiteral("  ") + c.question());
    m_saveButton->setEnabled(true);
    emit answered(check);
}

bool CheckConnectionDialog::saveAsAssertion(int historyIndex, QString *error)
{
    QString why;
    if (historyIndex < 0 || historyIndex >= m_history.size()) {
        why = tr("no check to save");
    } else if (const std::optional<Expectation> e
               = toExpectation(m_history.at(historyIndex), &why)) {
        std::vector<Expectation> all = m_document->design().expectations;
        if (std::find(all.begin(), all.end(), *e) != all.end()) {
            why = tr("the design already asserts %1").arg(QString::fromStdString(e->label()));
        } else {
            all.push_back(*e);
            DesignEdit edit;
            edit.expectations = std::move(all);
            m_document->push(edit, tr("Add Assertion %1").arg(QString::fromStdString(e->label())));
            return true;
        }
    }
    if (error)
        *error = why;
    return false;
}

} // namespace Netpol
