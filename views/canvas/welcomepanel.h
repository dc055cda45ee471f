#pragma once

#include <QFrame>
#include <QList>
#include <QPair>

class QVBoxLayout;

namespace Netpol {

class DesignSource;

// What the empty canvas offers in place of a hint: New from Template, Open…, the recent files
// and the bundled examples. It floats in the middle of the canvas (its parent, the view's
// viewport) while the design has no namespace and no external, and only emits requests; the
// window decides what they do.
class WelcomePanel : public QFrame
{
    Q_OBJECT

public:
    // Entries are (id, title) pairs; ids are handed back as they are.
    using Entries = QList<QPair<QString, QString>>;

    WelcomePanel(DesignSource *source, QWidget *viewport);

    void setTemplates(const Entries &templates);
    void setExamples(const Entries &examples);
    void setRecentFiles(const QStringList &paths);
    // Shown when the design is empty (and not hidden for a drag in progress).
    void updateVisibility();
    // Takes the canvas theme's colours (after a theme change).
    void restyle();

signals:
    void templateChosen(const QString &id);
    void exampleChosen(const QString &id);
    void openRequested();
    void recentChosen(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fill(QVBoxLayout *column, const Entries &entries, const QString &objectPrefix,
              void (WelcomePanel::*signal)(const QString &));
    void place();

    DesignSource *m_source;
    QVBoxLayout *m_templates;
    QVBoxLayout *m_recent;
    QVBoxLayout *m_examples;
};

} // namespace Netpol
