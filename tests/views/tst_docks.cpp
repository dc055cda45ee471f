// The docks: the live YAML (exactly the export, debounced, keeping its scroll position), the
// inspector's checks as the user types, the diagnostics list and the palette's drag data.

#include "viewtestsupport.h"

#include "document.h"
#include "editcontroller.h"
#include "views/inspector/designpage.h"
#include "views/inspector/fieldedit.h"
#include "views/inspector/inspectorwidget.h"
#include "views/inspector/labelseditor.h"
#include "views/inspector/namespacepage.h"
#include "views/panels/diagnosticsview.h"
#include "views/panels/palettewidget.h"
#include "views/panels/yamlpreview.h"

#include "support/testsupport.h"
#include "views/canvas/designscene.h"

#include "model/design/elementtemplate.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

void openExample(Document &document, const char *name)
{
    bool ok = false;
    document.open(QString::fromStdString(examplePath(name)), &ok);
    ASSERT_TRUE(ok) << name;
}

} // namespace

TEST(Preview, ShowsExactlyWhatTheSingleFileExportWrites)
{
    Document document;
    openExample(document, "online-shop.netpol.yaml");
    YamlPreview preview(&document);
    EXPECT_EQ(preview.text().toStdString(),
              document.exportFiles(ExportLayout::Single).front().content);
    EXPECT_EQ(preview.editor()->toPlainText(), preview.text());
    EXPECT_TRUE(preview.editor()->isReadOnly());
    EXPECT_FALSE(preview.editor()->isUndoRedoEnabled());
}

TEST(Preview, WaitsForABurstOfEditsAndRegeneratesOnce)
{
    Document document;
    openExample(document, "production.netpol.yaml");
    YamlPreview preview(&document);
    QSignalSpy refreshed(&preview, &YamlPreview::refreshed);
    EditController controller(&document);
    for (int i = 0; i < 5; ++i)
        controller.moveElements({refTo(document.design(), ElementRef::Kind::Workload, 0)}, {20, 0},
                                true);
    Workload w = document.design().workloads[0];
    w.labels["tier"] = "web";
    controller.editElement(refTo(document.design(), ElementRef::Kind::Workload, 0), w);
    EXPECT_TRUE(preview.isPending());
    EXPECT_EQ(refreshed.count(), 0);
    ASSERT_TRUE(waitUntil([&] { return refreshed.count() > 0; }));
    QTest::qWait(YamlPreview::kDelayMs * 2);
    EXPECT_EQ(refreshed.count(), 1);
    EXPECT_TRUE(preview.text().contains(QStringLiteral("tier: web")));
    EXPECT_EQ(preview.text().toStdString(),
              document.exportFiles(ExportLayout::Single).front().content);
}

TEST(Preview, KeepsItsScrollPositionWhenTheTextChanges)
{
    Document document;
    openExample(document, "online-shop.netpol.yaml");
    YamlPreview preview(&document);
    preview.resize(500, 300);
    preview.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&preview));
    QScrollBar *bar = preview.editor()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 100);
    bar->setValue(bar->maximum() / 2);
    const int position = bar->value();
    const QString firstVisible = preview.editor()->cursorForPosition(QPoint(4, 4)).block().text();

    EditController controller(&document);
    Flow last = document.design().flows.back(); // its policies are at the end of the text
    last.ports = {FlowPort::range(9100, 9299)};
    controller.editElement(ElementRef::flow(int(document.design().flows.size()) - 1), last);
    preview.refreshNow();
    EXPECT_TRUE(preview.text().contains(QStringLiteral("endPort: 9299")));
    EXPECT_EQ(bar->value(), position);
    EXPECT_EQ(preview.editor()->cursorForPosition(QPoint(4, 4)).block().text(), firstVisible);
}

TEST(Preview, HighlightsKeysAndNetworkPolicyWords)
{
    Document document;
    openExample(document, "production.netpol.yaml");
    YamlPreview preview(&document);
    const QTextDocument *doc = preview.editor()->document();
    int coloured = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.text() == QLatin1String("kind: NetworkPolicy"))
            coloured += block.layout()->formats().size() >= 2 ? 1 : 0;
    }
    EXPECT_EQ(coloured, preview.policyCount()) << "key and value of every kind line";
}

TEST(Inspector, ChecksNamesAsTheyAreTyped)
{
    Document document;
    openExample(document, "production.netpol.yaml");
    EditController controller(&document);
    InspectorWidget inspector(&document);
    QObject::connect(&inspector, &InspectorWidget::elementEdited, &controller,
                     &EditController::editElement);
    inspector.setSelection({refTo(document.design(), ElementRef::Kind::Namespace, 0)});
    ASSERT_EQ(inspector.currentPage(), inspector.namespacePage());

    FieldEdit *name = inspector.namespacePage()->nameEdit();
    QTest::keyClicks(name->lineEdit(), QStringLiteral("_x"));
    EXPECT_NE(name->error().toStdString().find("RFC 1123"), std::string::npos)
        << name->error().toStdString();
    QTest::keyClick(name->lineEdit(), Qt::Key_Return);
    EXPECT_EQ(document.design().namespaces[0].name, "production");

    name->lineEdit()->setText(QStringLiteral("prod"));
    QTest::keyClick(name->lineEdit(), Qt::Key_Return);
    EXPECT_EQ(document.design().namespaces[0].name, "prod");
    EXPECT_EQ(document.design().workloads[0].ns, "prod");
    EXPECT_TRUE(name->error().isEmpty());
}

TEST(Inspector, RejectsInvalidLabelsWithTheirMessage)
{
    Document document;
    openExample(document, "production.netpol.yaml");
    InspectorWidget inspector(&document);
    QSignalSpy edits(&inspector, &InspectorWidget::elementEdited);
    inspector.setSelection({refTo(document.design(), ElementRef::Kind::Namespace, 0)});
    LabelsEditor *labels = inspector.namespacePage()->labelsEditor();
    labels->addRow();
    QTableWidget *table = labels->table();
    table->item(1, 1)->setText(QStringLiteral("y es"));
    EXPECT_NE(labels->error().toStdString().find("needs a key"), std::string::npos);
    table->item(1, 0)->setText(QStringLiteral("team"));
    EXPECT_EQ(edits.count(), 0);
    EXPECT_NE(labels->error().toStdString().find("a valid label must be an empty string"),
              std::string::npos)
        << labels->error().toStdString();
    table->item(1, 1)->setText(QStringLiteral("payments"));
    ASSERT_EQ(edits.count(), 1);
    const ElementValue value = edits.first()[1].value<ElementValue>();
    EXPECT_EQ(std::get<Namespace>(value).labels, (Labels{{"env", "prod"}, {"team", "payments"}}));
}

TEST(Inspector, ShowsTheDesignOptionsWhenNothingIsSelected)
{
    Document document;
    openExample(document, "production.netpol.yaml");
    EditController controller(&document);
    InspectorWidget inspector(&document);
    QObject::connect(&inspector, &InspectorWidget::optionsEdited, &controller,
                     &EditController::setOptions);
    inspector.setSelection({});
    ASSERT_EQ(inspector.currentPage(), inspector.designPage());
    inspector.designPage()->dnsBox()->click();
    EXPECT_FALSE(document.design().options.dns.enabled);
}

TEST(Diagnostics, ListsTheDocumentsFindingsAndReportsClicks)
{
    Document document;
    openExample(document, "production.netpol.yaml");
    DiagnosticsView view(&document);
    // The example is sound: the lint has only notes for it (plugin, probes, unmanaged end).
    const Diagnostics notes = document.diagnostics();
    EXPECT_EQ(countSeverity(notes, Severity::Info), int(notes.size()));
    EXPECT_EQ(view.list()->topLevelItemCount(), int(notes.size()));
    EditController controller(&document);
    External e;
    e.name = "partner";
    e.cidr = "10.0.0.0/33";
    document.push({{ElementChange::insert(0, e)}, {}, {}, {}, {}}, QStringLiteral("add"));
    ASSERT_TRUE(view.isPending());
    ASSERT_TRUE(waitUntil([&] { return !view.isPending(); }));
    ASSERT_EQ(view.list()->topLevelItemCount(), 1);
    EXPECT_EQ(view.list()->topLevelItem(0)->text(2), QStringLiteral("invalid-cidr"));
    QSignalSpy activated(&view, &DiagnosticsView::elementActivated);
    view.list()->itemClicked(view.list()->topLevelItem(0), 0);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first()[0].value<ElementRef>(), ElementRef::external("partner", 0));
}

TEST(Palette, EveryEntryDragsItsTemplate)
{
    PaletteWidget palette;
    int entries = 0;
    for (int row = 0; row < palette.count(); ++row) {
        QListWidgetItem *item = palette.item(row);
        if (!(item->flags() & Qt::ItemIsDragEnabled))
            continue; // a section title
        ++entries;
        std::unique_ptr<QMimeData> mime(palette.model()->mimeData({palette.indexFromItem(item)}));
        ASSERT_TRUE(mime);
        const auto t = parseTemplateId(mime->data(DesignScene::kTemplateMimeType).toStdString());
        ASSERT_TRUE(t) << item->text().toStdString();
        EXPECT_EQ(QString::fromStdString(t->title()), item->text());
        EXPECT_FALSE(item->icon().isNull());
    }
    EXPECT_EQ(entries, int(paletteTemplates().size()));
}

// An edit that changes none of the findings keeps the list's rows (and the row the user chose);
// one that changes them lists them anew.
TEST(Diagnostics, KeepsItsRowsWhenAnEditLeavesTheFindingsAsTheyWere)
{
    Document document;
    openExample(document, "production.netpol.yaml");
    DiagnosticsView view(&document);
    ASSERT_GT(view.list()->topLevelItemCount(), 0);
    QTreeWidgetItem *first = view.list()->topLevelItem(0);
    view.list()->setCurrentItem(first);
    QSignalSpy counts(&view, &DiagnosticsView::countsChanged);

    EditController controller(&document);
    controller.moveElements({refTo(document.design(), ElementRef::Kind::Workload, 0)}, {20, 0},
                            false);
    ASSERT_TRUE(waitUntil([&] { return !view.isPending(); }));
    ASSERT_EQ(document.diagnostics(), view.diagnostics());
    EXPECT_EQ(view.list()->topLevelItem(0), first) << "the same findings: the same rows";
    EXPECT_EQ(view.list()->currentItem(), first);
    EXPECT_EQ(counts.count(), 1) << "the window still hears that the findings are in";

    External e;
    e.name = "partner";
    e.cidr = "10.0.0.0/33";
    document.push({{ElementChange::insert(0, e)}, {}, {}, {}, {}}, QStringLiteral("add"));
    ASSERT_TRUE(waitUntil([&] { return !view.isPending(); }));
    EXPECT_EQ(view.list()->topLevelItemCount(), int(view.diagnostics().size()));
    EXPECT_EQ(view.list()->topLevelItem(0)->text(2), QStringLiteral("invalid-cidr"));
}
