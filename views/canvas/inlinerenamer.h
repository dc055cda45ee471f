#pragma once

#include "model/core/diagnostic.h"

#include <QObject>

class QLineEdit;

namespace Netpol {

class DesignView;

// F2 on the canvas: a text field over the selected element's name. Enter (or leaving the
// field) asks for the new name, Esc puts the old one back. Only a request leaves: the window
// carries it out as one undo step, or says why it was refused.
class InlineRenamer : public QObject
{
    Q_OBJECT

public:
    explicit InlineRenamer(DesignView *view);

    // Starts editing a namespace's, workload's or external's name; false for anything else.
    bool start(const Netpol::ElementRef &element);
    bool isEditing() const;
    QLineEdit *editor() const { return m_editor; }

signals:
    void renameRequested(const Netpol::ElementRef &element, const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit();
    void cancel();

    DesignView *m_view;
    QLineEdit *m_editor;
    ElementRef m_element;
};

} // namespace Netpol
