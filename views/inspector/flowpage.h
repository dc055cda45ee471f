#pragma once

#include "views/inspector/inspectorpage.h"

#include <functional>

class QLabel;
class QToolButton;

namespace Netpol {

class FieldEdit;

// A flow: its ends (NS/NAME, NS/*, */*, external/NAME) and its ports in the design file's
// forms (8080/TCP, 30000-32767/TCP, http/TCP, */UDP), comma separated; empty means every port.
class FlowPage : public InspectorPage
{
    Q_OBJECT

public:
    explicit FlowPage(QWidget *parent = nullptr);
    void load(const Design &design, const ElementRef &element) override;

    FieldEdit *fromEdit() const { return m_from; }
    FieldEdit *toEdit() const { return m_to; }
    FieldEdit *portsEdit() const { return m_ports; }
    void focusPorts();

private:
    void edit(const std::function<void(Flow &)> &change);
    QString endpointError(const QString &text) const;

    const Design *m_design = nullptr; // the source's design, which outlives the page
    Flow m_flow;
    FieldEdit *m_from;
    FieldEdit *m_to;
    FieldEdit *m_ports;
    QLabel *m_portsNote;
};

// Parses "8080/TCP, http/TCP" into ports; returns the first problem in `error`.
std::vector<FlowPort> parsePortList(const QString &text, QString *error);

} // namespace Netpol
