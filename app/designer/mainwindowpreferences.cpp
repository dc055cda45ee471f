// MainWindow's Edit > Preferences: the defaults of new designs, the grid, the theme and the
// autosave delay, kept in QSettings and applied at once. (The window's set-up is in
// mainwindow.cpp.)

#include "mainwindow.h"

#include "autosaver.h"
#include "preferences.h"
#include "preferencesdialog.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"

#include <QAction>

namespace Netpol {

void MainWindow::createPreferencesAction()
{
    QAction *a = makeAction(QStringLiteral("actionPreferences"), tr("Pr&eferences…"),
                            QKeySequence::Preferences);
    a->setMenuRole(QAction::PreferencesRole);
    connect(a, &QAction::triggered, this, &MainWindow::showPreferences);
    applyPreferences(Preferences::load(), false);
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(Preferences::load(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Preferences chosen = dialog->preferences();
        chosen.save();
        applyPreferences(chosen, true);
    });
    dialog->open();
}

void MainWindow::applyPreferences(const Preferences &preferences, bool themeToo)
{
    CanvasStyle::setGridSize(preferences.gridSize);
    m_autoSaver->setDelays(preferences.autosaveSeconds * 1000,
                           preferences.autosaveMaxSeconds() * 1000);
    if (themeToo && preferences.theme != Themes::current())
        setTheme(preferences.theme);
    m_scene->update();
}

} // namespace Netpol
