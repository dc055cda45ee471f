#pragma once

#include "model/design/designedit.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace Netpol {

// One page of the inspector: shows an element's fields and reports edits as whole new values
// of the element (the document turns them into undoable commands).
class InspectorPage : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPage(const QString &title, QWidget *parent = nullptr);

    // Shows the element (its index in `element`) of `design`.
    virtual void load(const Design &design, const ElementRef &element) = 0;
    const ElementRef &element() const { return m_element; }

signals:
    void elementEdited(const Netpol::ElementRef &element, const Netpol::ElementValue &value);

protected:
    void setSubtitle(const QString &text);
    QFormLayout *form() const { return m_form; }
    void setElement(const ElementRef &element) { m_element = element; }

private:
    QLabel *m_subtitle;
    QFormLayout *m_form;
    ElementRef m_element;
};

} // namespace Netpol
