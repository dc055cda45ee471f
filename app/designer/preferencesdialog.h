#pragma once

#include "preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Netpol {

// Edit > Preferences: edits a Preferences value; the window applies and saves it on OK.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    QCheckBox *m_dns;
    QLineEdit *m_dnsNamespace;
    QComboBox *m_granularity;
    QSpinBox *m_grid;
    QComboBox *m_theme;
    QSpinBox *m_autosave;
};

} // namespace Netpol
