#pragma once

#include "views/inspector/inspectorpage.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Netpol {

class FieldEdit;
class LabelsEditor;

// Shown when nothing is selected: the design's name and description, and the generator's
// options (DNS, policy granularity, node CIDR).
class DesignPage : public InspectorPage
{
    Q_OBJECT

public:
    explicit DesignPage(QWidget *parent = nullptr);
    void load(const Design &design, const ElementRef &element) override;

    QCheckBox *dnsBox() const { return m_dnsEnabled; }
    QComboBox *granularityBox() const { return m_granularity; }

signals:
    void optionsEdited(const Netpol::Options &options);
    void metadataEdited(const Netpol::DesignMetadata &metadata);

private:
    void editOptions(const std::function<void(Options &)> &change);

    Options m_options;
    DesignMetadata m_metadata;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QCheckBox *m_dnsEnabled;
    FieldEdit *m_dnsNamespace;
    LabelsEditor *m_dnsSelector;
    QComboBox *m_granularity;
    FieldEdit *m_nodeCidr;
    QLabel *m_counts;
    bool m_loading = false;
};

} // namespace Netpol
