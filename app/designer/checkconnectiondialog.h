#pragma once

#include "connectioncheck.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Netpol {

class Document;

// Tools > Check Connection: asks whether one endpoint may reach another on a port, and shows
// the answer with the reasons per side, computed off the UI thread on the design's generated
// policies. Keeps the last checks; a double-click asks one again on the design as it is now.
class CheckConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kHistory = 20;

    explicit CheckConnectionDialog(Document *document, QWidget *parent = nullptr);

    // Fills the question in (from a selected pair, or a flow) without asking it yet.
    void setQuestion(const QString &from, const QString &to, const QString &port, Protocol protocol);
    // Asks the question in the fields; answered() follows.
    void check();
    bool isChecking() const { return m_watcher.isRunning(); }
    // Saves a check of the history (0: the newest) into the design as an `expect:` entry, one
    // undoable command; says why not in `error` (no single verdict, already asserted).
    bool saveAsAssertion(int historyIndex, QString *error = nullptr);
    const QList<ConnectionCheck> &history() const { return m_history; }

signals:
    void answered(const Netpol::ConnectionCheck &check);

private:
    void fillEndpoints();
    void showAnswer(const ConnectionCheck &check);

    Document *m_document;
    QComboBox *m_from;
    QComboBox *m_to;
    QLineEdit *m_port;
    QComboBox *m_protocol;
    QPushButton *m_checkButton;
    QPushButton *m_saveButton;
    QLabel *m_verdict;
    QPlainTextEdit *m_explanation;
    QListWidget *m_recent;
    QFutureWatcher<ConnectionCheck> m_watcher;
    QList<ConnectionCheck> m_history;
};

} // namespace Netpol
