#pragma once

#include "views/canvas/exposurebadges.h"

#include "views/inspector/inspectorpage.h"

#include <QSet>
#include <QString>

#include <functional>

class QComboBox;
class QLabel;

namespace Netpol {

class FieldEdit;
class LabelsEditor;
class PortsEditor;

class WorkloadPage : public InspectorPage
{
    Q_OBJECT

public:
    explicit WorkloadPage(QWidget *parent = nullptr);
    void load(const Design &design, const ElementRef &element) override;
    // What the workload is open to (from the canvas's exposure badges); empty hides the row.
    void setExposure(const ExposureBadge &badge);
    QString exposureText() const;

    FieldEdit *nameEdit() const { return m_name; }
    LabelsEditor *labelsEditor() const { return m_labels; }
    PortsEditor *portsEditor() const { return m_ports; }
    QComboBox *namespaceBox() const { return m_namespace; }
    QComboBox *kindBox() const { return m_kind; }

private:
    void edit(const std::function<void(Workload &)> &change);
    void moveToNamespace(const QString &ns);

    Workload m_workload;
    QSet<QString> m_otherNames; // names the element may not take (duplicates)
    std::vector<Namespace> m_namespaces;
    FieldEdit *m_name;
    QComboBox *m_namespace;
    QComboBox *m_kind;
    LabelsEditor *m_labels;
    PortsEditor *m_ports;
    QLabel *m_exposure;
    bool m_loading = false;
};

} // namespace Netpol
