#pragma once

#include "views/inspector/inspectorpage.h"

#include <QSet>
#include <QString>

#include <functional>

namespace Netpol {

class FieldEdit;

class ExternalPage : public InspectorPage
{
    Q_OBJECT

public:
    explicit ExternalPage(QWidget *parent = nullptr);
    void load(const Design &design, const ElementRef &element) override;

    FieldEdit *nameEdit() const { return m_name; }
    FieldEdit *cidrEdit() const { return m_cidr; }
    FieldEdit *exceptEdit() const { return m_except; }

private:
    void edit(const std::function<void(External &)> &change);

    External m_external;
    QSet<QString> m_otherNames; // names the element may not take (duplicates)
    FieldEdit *m_name;
    FieldEdit *m_cidr;
    FieldEdit *m_except;
};

// "a, b c" -> {"a", "b", "c"}: lists typed into one field, split at commas and spaces.
QStringList splitList(const QString &text);

} // namespace Netpol
