// MainWindow's first steps: File > New from Template, Help > Examples and Help >
// Documentation, the welcome panel on the empty canvas, and View > Theme. (The window's
// set-up is in mainwindow.cpp.)

#include "mainwindow.h"

#include "bundleddesigns.h"
#include "document.h"

#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"
#include "views/canvas/guardrailoverlay.h"
#include "views/canvas/overviewwidget.h"
#include "views/canvas/welcomepanel.h"
#include "views/panels/guardrailband.h"
#include "views/panels/palettewidget.h"
#include "views/panels/yamlpreview.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QGraphicsItem>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

#ifndef NETPOL_SOURCE_DIR
#define NETPOL_SOURCE_DIR ""
#endif

namespace Netpol {

void MainWindow::createStartActions()
{
    const QList<BundledDesign> templates = BundledDesigns::templates();
    const QList<BundledDesign> examples = BundledDesigns::examples();
    auto fillMenu = [this](QMenu *menu, const QList<BundledDesign> &designs) {
        for (const BundledDesign &d : designs) {
            QAction *a = menu->addAction(d.title);
            a->setObjectName(QStringLiteral("action:") + d.id);
            a->setToolTip(d.description);
            a->setStatusTip(d.description);
            connect(a, &QAction::triggered, this, [this, id = d.id] { openBundled(id); });
        }
    };
    m_templateMenu = new QMenu(tr("New from &Template"), this);
    m_templateMenu->setObjectName(QStringLiteral("templateMenu"));
    fillMenu(m_templateMenu, templates);
    m_exampleMenu = new QMenu(tr("&Examples"), this);
    m_exampleMenu->setObjectName(QStringLiteral("exampleMenu"));
    fillMenu(m_exampleMenu, examples);

    // Help > Documentation: the README and every page of docs/, opened by the desktop.
    m_documentationMenu = new QMenu(tr("&Documentation"), this);
    m_documentationMenu->setObjectName(QStringLiteral("documentationMenu"));
    const QDir docs(documentationDirectory());
    QStringList pages{QStringLiteral("README.md")};
    for (const QString &page : QDir(docs.filePath(QStringLiteral("docs")))
                                   .entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        pages << QStringLiteral("docs/") + page;
    for (const QString &page : std::as_const(pages)) {
        const QString path = docs.filePath(page);
        if (!QFileInfo::exists(path))
            continue;
        QAction *a = m_documentationMenu->addAction(page);
        a->setObjectName(QStringLiteral("actionDoc:") + page);
        connect(a, &QAction::triggered, this, [this, path] { openDocument(path); });
    }
    m_documentationMenu->setEnabled(!m_documentationMenu->isEmpty());

    // The palette offers the templates among its presets.
    PaletteWidget::Entries entries;
    for (const BundledDesign &d : templates)
        entries.append({d.id, d.title, d.description});
    m_palette->addDesignTemplates(entries);
    connect(m_palette, &PaletteWidget::designTemplateActivated, this, &MainWindow::openBundled);

    // The empty canvas offers the same, with the recent files.
    m_welcome = new WelcomePanel(m_document, m_view->viewport());
    WelcomePanel::Entries templateEntries;
    for (const BundledDesign &d : templates)
        templateEntries.append({d.id, d.title});
    WelcomePanel::Entries exampleEntries;
    for (const BundledDesign &d : examples)
        exampleEntries.append({d.id, d.title});
    m_welcome->setTemplates(templateEntries);
    m_welcome->setExamples(exampleEntries);
    connect(m_welcome, &WelcomePanel::templateChosen, this, &MainWindow::openBundled);
    connect(m_welcome, &WelcomePanel::exampleChosen, this, &MainWindow::openBundled);
    connect(m_welcome, &WelcomePanel::openRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomePanel::recentChosen, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
}

bool MainWindow::openBundled(const QString &id)
{
    const std::optional<BundledDesign> bundled = BundledDesigns::find(id);
    if (!bundled)
        return false;
    if (!maybeSave())
        return false;
    Diagnostics problems;
    const std::optional<Design> design = BundledDesigns::load(*bundled, &problems);
    if (!design) {
        showMessage(tr("Cannot open %1").arg(bundled->title),
                    tr("The bundled design does not read."),
                    problems.empty() ? QString()
                                     : QString::fromStdString(problems.front().format()));
        return false;
    }
    // An unsaved copy: no file name, so Save asks where; closing asks first.
    m_document->reset(*design, QString(), true);
    statusBar()->showMessage(tr("New design from %1 (not saved yet)").arg(bundled->title), 6000);
    QTimer::singleShot(0, m_view, &DesignView::fitToView);
    return true;
}

QString MainWindow::documentationDirectory()
{
    // Installed: <prefix>/bin/netpol-designer and <prefix>/share/doc/netpol-designer/.
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString installed = bin.absoluteFilePath(QStringLiteral("../share/doc/netpol-designer"));
    if (QFileInfo::exists(installed + QStringLiteral("/README.md")))
        return QDir::cleanPath(installed);
    // Running from the build directory: the source tree's.
    const QString source = QStringLiteral(NETPOL_SOURCE_DIR);
    if (!source.isEmpty() && QFileInfo::exists(source + QStringLiteral("/README.md")))
        return source;
    return QDir::cleanPath(installed);
}

void MainWindow::openDocument(const QString &path)
{
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        statusBar()->showMessage(tr("No program opens %1").arg(path), 8000);
}

void MainWindow::connectYamlSelection()
{
    // A click inside a policy of the live YAML selects what it was generated from.
    connect(m_preview, &YamlPreview::elementsClicked, this,
            [this](const QList<ElementRef> &elements) {
                m_scene->selectElements(elements);
                if (QGraphicsItem *item = m_scene->itemFor(elements.front()))
                    m_view->centerOnItem(item);
            });
}

void MainWindow::createThemeActions()
{
    m_themeMenu = new QMenu(tr("&Theme"), this);
    m_themeMenu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(this);
    const Themes::Choice chosen = Themes::saved();
    const std::pair<Themes::Choice, QString> choices[] = {{Themes::Choice::System, tr("&System")},
                                                         {Themes::Choice::Light, tr("&Light")},
                                                         {Themes::Choice::Dark, tr("&Dark")}};
    for (const auto &[choice, title] : choices) {
        QAction *a = makeAction(QStringLiteral("actionTheme:") + Themes::key(choice), title);
        a->setCheckable(true);
        a->setChecked(choice == chosen);
        group->addAction(a);
        m_themeMenu->addAction(a);
        connect(a, &QAction::triggered, this, [this, choice] { setTheme(choice); });
    }
}

void MainWindow::setTheme(Themes::Choice choice)
{
    Themes::apply(choice);
    Themes::save(choice);
    if (QAction *a = action(QStringLiteral("actionTheme:") + Themes::key(choice)))
        a->setChecked(true);
    m_preview->applyTheme();
    m_palette->refreshIcons();
    m_welcome->restyle();
    m_scene->update();
    m_view->viewport()->update();
    m_overview->update();
    m_guardrailBand->reload();
    m_guardrailOverlay->refresh();
}

} // namespace Netpol
