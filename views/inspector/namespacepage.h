#pragma once

#include "views/inspector/inspectorpage.h"

#include <QSet>
#include <QString>

#include <functional>

class QCheckBox;
class QLabel;

namespace Netpol {

class FieldEdit;
class LabelsEditor;

class NamespacePage : public InspectorPage
{
    Q_OBJECT

public:
    explicit NamespacePage(QWidget *parent = nullptr);
    void load(const Design &design, const ElementRef &element) override;

    FieldEdit *nameEdit() const { return m_name; }
    LabelsEditor *labelsEditor() const { return m_labels; }
    QCheckBox *managedBox() const { return m_managed; }

private:
    void edit(const std::function<void(Namespace &)> &change);

    Namespace m_ns;
    QSet<QString> m_otherNames; // names the element may not take (duplicates)
    FieldEdit *m_name;
    LabelsEditor *m_labels;
    QCheckBox *m_managed;
    QCheckBox *m_denyIngress;
    QCheckBox *m_denyEgress;
    QLabel *m_geometry;
};

} // namespace Netpol
