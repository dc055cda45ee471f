// Edit > Preferences (QSettings) and the live YAML's click-to-select.

#include "viewtestsupport.h"

#include "autosaver.h"
#include "document.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preferencesdialog.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/designscene.h"
#include "views/panels/yamlpreview.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

struct SettingsGuard
{
    ~SettingsGuard()
    {
        Preferences().save(); // the defaults again, for the other tests of this process
        CanvasStyle::setGridSize(CanvasStyle::kGrid);
        Themes::apply(Themes::Choice::Light);
    }
};

} // namespace

TEST(Preferences, TheDialogEditsAndSettingsKeepThem)
{
    SettingsGuard guard;
    Preferences p;
    PreferencesDialog dialog(p);
    EXPECT_EQ(dialog.preferences(), p) << "unchanged fields give the same preferences";
    dialog.findChild<QCheckBox *>("prefDns")->setChecked(false);
    dialog.findChild<QLineEdit *>("prefDnsNamespace")->setText("dns-system");
    auto *granularity = dialog.findChild<QComboBox *>("prefGranularity");
    granularity->setCurrentIndex(granularity->findData(int(Granularity::PerWorkload)));
    dialog.findChild<QSpinBox *>("prefGrid")->setValue(40);
    auto *theme = dialog.findChild<QComboBox *>("prefTheme");
    theme->setCurrentIndex(theme->findData(int(Themes::Choice::Dark)));
    dialog.findChild<QSpinBox *>("prefAutosave")->setValue(12);
    const Preferences chosen = dialog.preferences();
    chosen.save();
    const Preferences loaded = Preferences::load();
    EXPECT_EQ(loaded, chosen);
    EXPECT_FALSE(loaded.dnsEnabled);
    EXPECT_EQ(loaded.dnsNamespace, "dns-system");
    EXPECT_EQ(loaded.granularity, Granularity::PerWorkload);
    EXPECT_EQ(loaded.gridSize, 40);
    EXPECT_EQ(loaded.theme, Themes::Choice::Dark);
    EXPECT_EQ(loaded.autosaveSeconds, 12);
}

TEST(Preferences, NewDesignsTheGridTheThemeAndAutosaveFollowThem)
{
    SettingsGuard guard;
    Preferences p;
    p.dnsEnabled = false;
    p.granularity = Granularity::PerWorkload;
    p.gridSize = 40;
    p.theme = Themes::Choice::Dark;
    p.autosaveSeconds = 9;
    p.save();
    MainWindow window;
    EXPECT_EQ(CanvasStyle::gridSize(), 40) << "read when the window starts";
    EXPECT_EQ(CanvasStyle::snap(30.0), 40.0);
    window.openFile(QString::fromStdString(examplePath("production.netpol.yaml")));
    window.action("actionNew")->trigger();
    const Options &o = window.document()->design().options;
    EXPECT_FALSE(o.dns.enabled);
    EXPECT_EQ(o.granularity, Granularity::PerWorkload);
    window.applyPreferences(p, true);
    EXPECT_EQ(CanvasStyle::theme(), CanvasStyle::Theme::Dark);
    EXPECT_TRUE(window.action("actionTheme:dark")->isChecked());
}

TEST(YamlSelection, ClickingInAPolicySelectsTheElementsItCameFrom)
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    ASSERT_TRUE(window.openFile(QString::fromStdString(examplePath("production.netpol.yaml"))));
    YamlPreview *preview = window.preview();
    preview->refreshNow();
    ASSERT_TRUE(waitUntil([&] { return !preview->isPending(); }));
    const QString text = preview->text();

    // The policy that lets api-server reach the database: its flow (#2) is selected.
    const int flowPolicy = int(text.indexOf("ports:", text.indexOf("app: database")));
    ASSERT_GT(flowPolicy, 0);
    QSignalSpy clicked(preview, &YamlPreview::elementsClicked);
    preview->clickAt(flowPolicy);
    ASSERT_EQ(clicked.count(), 1);
    QList<ElementRef> selected = window.scene()->selectedElements();
    ASSERT_FALSE(selected.isEmpty());
    for (const ElementRef &e : selected) {
        ASSERT_EQ(e.kind, ElementRef::Kind::Flow);
        const Flow &f = window.document()->design().flows[std::size_t(e.index)];
        EXPECT_TRUE(f.to.toString() == "production/database"
                    || f.from.toString() == "production/database");
    }

    // A default deny came from no flow: its namespace is selected.
    const int denyPolicy = int(text.indexOf("default-deny"));
    ASSERT_GT(denyPolicy, 0);
    preview->clickAt(denyPolicy);
    selected = window.scene()->selectedElements();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.front().kind, ElementRef::Kind::Namespace);
    EXPECT_EQ(selected.front().ns, "production");

    // Outside every policy (the header comment) nothing happens.
    EXPECT_TRUE(preview->elementsAt(0).isEmpty());
}
