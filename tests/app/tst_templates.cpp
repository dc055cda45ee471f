// The bundled templates and examples, and the first steps that open them: File > New from
// Template, the palette's Presets, Help > Examples, the welcome panel of the empty canvas and
// Help > Documentation.

#include "viewtestsupport.h"

#include "bundleddesigns.h"
#include "document.h"
#include "mainwindow.h"

#include "views/canvas/welcomepanel.h"
#include "views/panels/palettewidget.h"

#include "support/testsupport.h"

#include "model/design/designcheck.h"
#include "model/design/designreader.h"
#include "model/design/designwriter.h"
#include "model/generate/generator.h"
#include "model/lint/designlint.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QAbstractButton>
#include <QUndoStack>
#include <QUrl>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

std::string sourceFile(const BundledDesign &d)
{
    // ":/templates/x.netpol.yaml" is resources/templates/x.netpol.yaml in the source tree.
    return std::string(NETPOL_SOURCE_DIR) + "/resources" + d.resource.mid(1).toStdString();
}

int countFindings(const Diagnostics &all, Severity severity)
{
    return countSeverity(all, severity);
}

} // namespace

TEST(Templates, TheTemplatesAreBundled)
{
    QStringList ids;
    for (const BundledDesign &d : BundledDesigns::templates())
        ids << d.id;
    EXPECT_EQ(ids, (QStringList{"template/zero-trust-namespace", "template/three-tier",
                                "template/egress-lockdown", "template/monitoring",
                                "template/protect-kube-system",
                                "template/monitoring-scrape-everything",
                                "template/baseline-deny-tenants"}));
    QStringList examples;
    for (const BundledDesign &d : BundledDesigns::examples())
        examples << d.id;
    EXPECT_EQ(examples, (QStringList{"example/production", "example/online-shop"}));
}

TEST(Templates, EachValidatesWithoutErrorsOrWarningsAndGenerates)
{
    const QList<BundledDesign> templates = BundledDesigns::templates();
    const QList<BundledDesign> examples = BundledDesigns::examples();
    for (const QList<BundledDesign> &all : {templates, examples}) {
        for (const BundledDesign &d : all) {
            SCOPED_TRACE(d.id.toStdString());
            Diagnostics problems;
            const std::optional<Design> design = BundledDesigns::load(d, &problems);
            ASSERT_TRUE(design.has_value());
            EXPECT_TRUE(problems.empty());
            EXPECT_FALSE(d.description.isEmpty()) << "shown as the menu's tooltip";
            Diagnostics found = checkDesign(*design);
            for (Diagnostic &x : lintDesign(*design))
                found.push_back(x);
            EXPECT_EQ(countFindings(found, Severity::Error), 0);
            EXPECT_EQ(countFindings(found, Severity::Warning), 0);
            const GenerateResult generated = generatePolicies(*design);
            EXPECT_GE(generated.policies.size(), 3u) << "default deny, DNS and the flows";
            // The embedded file is the one in the source tree, in its canonical form.
            EXPECT_EQ(writeDesign(*design), writeDesign(*readDesign(readFile(sourceFile(d)),
                                                                    "f").design));
        }
    }
}

TEST(Templates, TheCommandLineValidatesAndTestsEach)
{
    for (const BundledDesign &d : BundledDesigns::templates()) {
        SCOPED_TRACE(d.id.toStdString());
        const ProcessResult validate = runProcess(NETPOL_BIN, {"validate", sourceFile(d)});
        EXPECT_EQ(validate.exitCode, 0) << validate.out << validate.err;
        EXPECT_EQ(validate.out.find(": error:"), std::string::npos) << validate.out;
        EXPECT_EQ(validate.out.find(": warning:"), std::string::npos) << validate.out;
        EXPECT_NE(validate.out.find("0 errors, 0 warnings"), std::string::npos) << validate.out;
        // The expectations each template carries hold for what it generates.
        const ProcessResult test = runProcess(NETPOL_BIN, {"test", sourceFile(d)});
        EXPECT_EQ(test.exitCode, 0) << test.out << test.err;
        const ProcessResult generate = runProcess(NETPOL_BIN, {"generate", sourceFile(d)});
        EXPECT_EQ(generate.exitCode, 0) << generate.err;
        EXPECT_NE(generate.out.find("kind: NetworkPolicy"), std::string::npos);
    }
}

TEST(Templates, NewFromTemplateOpensAnUnsavedCopy)
{
    MainWindow window;
    QAction *a = window.action("action:template/three-tier");
    ASSERT_TRUE(a);
    a->trigger();
    const Design &d = window.document()->design();
    EXPECT_EQ(d.metadata.name, "three-tier");
    EXPECT_EQ(d.namespaces.size(), 5u);
    EXPECT_TRUE(window.document()->isModified()) << "closing asks first";
    EXPECT_TRUE(window.document()->fileName().isEmpty()) << "Save asks where";
    EXPECT_EQ(window.document()->undoStack()->count(), 0);
}

TEST(Templates, ThePalettesPresetsOfferTheTemplates)
{
    MainWindow window;
    PaletteWidget *palette = window.palette();
    QListWidgetItem *entry = nullptr;
    for (int i = 0; i < palette->count(); ++i) {
        if (palette->item(i)->text() == QLatin1String("Egress lockdown to an external API"))
            entry = palette->item(i);
    }
    ASSERT_TRUE(entry);
    EXPECT_FALSE(entry->flags() & Qt::ItemIsDragEnabled) << "a whole design is not dropped";
    emit palette->itemActivated(entry);
    EXPECT_EQ(window.document()->design().metadata.name, "egress-lockdown");
    EXPECT_EQ(window.document()->design().externals.size(), 1u);
    EXPECT_TRUE(window.document()->isModified());
}

TEST(Templates, HelpExamplesOpenTheBundledExamples)
{
    MainWindow window;
    QAction *a = window.action("action:example/online-shop");
    ASSERT_TRUE(a);
    a->trigger();
    EXPECT_EQ(window.document()->design().metadata.name, "online-shop");
    EXPECT_TRUE(window.document()->fileName().isEmpty());
    EXPECT_TRUE(window.document()->isModified());
}

TEST(Welcome, TheEmptyCanvasOffersTemplatesExamplesAndOpen)
{
    MainWindow window;
    window.show();
    WelcomePanel *welcome = window.welcomePanel();
    ASSERT_TRUE(welcome);
    EXPECT_TRUE(welcome->isVisible());
    for (const char *name : {"welcome:template/zero-trust-namespace", "welcome:template/monitoring",
                             "welcome:example/production", "welcomeOpen"})
        EXPECT_TRUE(welcome->findChild<QAbstractButton *>(name)) << name;
    auto *example = welcome->findChild<QAbstractButton *>("welcome:example/production");
    ASSERT_TRUE(example);
    example->click();
    EXPECT_EQ(window.document()->design().metadata.name, "production-zero-trust");
    EXPECT_FALSE(welcome->isVisible()) << "a design with namespaces hides it";
    window.document()->newDesign();
    EXPECT_TRUE(welcome->isVisible());
}

TEST(Welcome, RecentFilesAreListed)
{
    const std::string dir = makeTempDir();
    const QString path = QString::fromStdString(dir + "/mine.netpol.yaml");
    {
        MainWindow first;
        first.openBundled("template/monitoring");
        ASSERT_TRUE(first.saveFile(path));
    }
    MainWindow window;
    window.show();
    auto *recent = window.welcomePanel()->findChild<QAbstractButton *>(
        "welcomeRecent:" + QFileInfo(path).absoluteFilePath());
    ASSERT_TRUE(recent);
    recent->click();
    EXPECT_EQ(window.document()->fileName(), path);
    EXPECT_FALSE(window.document()->isModified());
}

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

TEST(Documentation, HelpDocumentationOpensTheLocalReadmeAndDocs)
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler("file", &catcher, "open");
    MainWindow window;
    QAction *readme = window.action("actionDoc:README.md");
    QAction *designer = window.action("actionDoc:docs/designer.md");
    ASSERT_TRUE(readme);
    ASSERT_TRUE(designer);
    readme->trigger();
    designer->trigger();
    QDesktopServices::unsetUrlHandler("file");
    ASSERT_EQ(catcher.urls.size(), 2);
    EXPECT_TRUE(catcher.urls[0].isLocalFile());
    EXPECT_TRUE(QFileInfo::exists(catcher.urls[0].toLocalFile()));
    EXPECT_TRUE(catcher.urls[0].toLocalFile().endsWith("README.md"));
    EXPECT_TRUE(catcher.urls[1].toLocalFile().endsWith("docs/designer.md"));
}

#include "tst_templates.moc"
