// The live YAML and the diagnostics are computed off the UI thread: the YAML dock says
// "updating…" while its text is older than the design, a newer edit supersedes a result still
// being computed, and what they end with is exactly what the design as it is then gives.

#include "viewtestsupport.h"

#include "document.h"
#include "editcontroller.h"
#include "views/panels/diagnosticsview.h"
#include "views/panels/documentpatcher.h"
#include "views/panels/yamlpreview.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>
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

QString summaryOf(const YamlPreview &preview)
{
    QString text;
    for (const QLabel *label : preview.findChildren<QLabel *>())
        text += label->text();
    return text;
}

std::string exported(const Document &document)
{
    return document.exportFiles(ExportLayout::Single).front().content;
}

} // namespace

TEST(PreviewWorker, SaysUpdatingWhileTheTextIsOlderThanTheDesign)
{
    Document document;
    openExample(document, "online-shop.netpol.yaml");
    YamlPreview preview(&document);
    EditController controller(&document);
    Workload w = document.design().workloads[1];
    w.labels["tier"] = "edge";
    controller.editElement(refTo(document.design(), ElementRef::Kind::Workload, 1), w);
    EXPECT_TRUE(preview.isPending());
    EXPECT_TRUE(summaryOf(preview).contains(QStringLiteral("updating…")));
    ASSERT_TRUE(waitUntil([&] { return !preview.isPending(); }));
    EXPECT_FALSE(summaryOf(preview).contains(QStringLiteral("updating…")));
    EXPECT_TRUE(summaryOf(preview).contains(QStringLiteral("policies")));
    EXPECT_EQ(preview.text().toStdString(), exported(document));
}

TEST(PreviewWorker, EditsDuringARunAreNotLost)
{
    // Edits keep coming while the worker runs: the last text is the last design's, whatever
    // the timing, and a result computed for an older design is never shown last.
    Document document;
    openExample(document, "online-shop.netpol.yaml");
    YamlPreview preview(&document);
    EditController controller(&document);
    for (int i = 0; i < 12; ++i) {
        Workload w = document.design().workloads[2];
        w.labels["round"] = std::to_string(i);
        controller.editElement(refTo(document.design(), ElementRef::Kind::Workload, 2), w);
        QTest::qWait(i % 3 == 0 ? YamlPreview::kDelayMs + 20 : 5);
    }
    ASSERT_TRUE(waitUntil([&] { return !preview.isPending(); }, 10000));
    EXPECT_TRUE(preview.text().contains(QStringLiteral("round: \"11\"")));
    EXPECT_EQ(preview.text().toStdString(), exported(document));
}

TEST(PreviewWorker, TheSelectionInTheTextSurvivesAnUnrelatedEdit)
{
    Document document;
    openExample(document, "online-shop.netpol.yaml");
    YamlPreview preview(&document);
    QPlainTextEdit *editor = preview.editor();
    QTextCursor cursor(editor->document());
    cursor.setPosition(40);
    cursor.setPosition(60, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    const QString selected = editor->textCursor().selectedText();
    ASSERT_FALSE(selected.isEmpty());

    EditController controller(&document);
    Flow last = document.design().flows.back(); // its policies are at the end of the text
    last.ports = {FlowPort::range(9100, 9299)};
    controller.editElement(ElementRef::flow(int(document.design().flows.size()) - 1), last);
    ASSERT_TRUE(waitUntil([&] { return !preview.isPending(); }));
    EXPECT_TRUE(preview.text().contains(QStringLiteral("endPort: 9299")));
    EXPECT_EQ(editor->textCursor().selectedText(), selected);
}

TEST(DiagnosticsWorker, ChecksOffTheUiThreadAndEndsWithTheLastDesignsFindings)
{
    Document document;
    openExample(document, "online-shop.netpol.yaml");
    DiagnosticsView view(&document);
    EXPECT_EQ(view.diagnostics(), document.diagnostics()) << "the first fill is at once";
    EditController controller(&document);
    // Flows that the lint reports (a duplicate of an existing flow), added over several runs.
    const Flow first = document.design().flows.front();
    for (int i = 0; i < 6; ++i) {
        Flow f = first;
        f.ports = {FlowPort::number(10000 + i)};
        controller.editElement(ElementRef::flow(0), f);
        if (i == 0) {
            EXPECT_TRUE(view.isPending());
            QString summary;
            for (const QLabel *label : view.findChildren<QLabel *>())
                summary += label->text();
            EXPECT_FALSE(summary.contains(QStringLiteral("checking…")))
                << "the old findings stay until the timer starts a check";
        }
        QTest::qWait(i % 2 ? DiagnosticsView::kDelayMs + 30 : 10);
    }
    ASSERT_TRUE(waitUntil([&] { return !view.isPending(); }, 10000));
    EXPECT_EQ(view.diagnostics(), document.diagnostics());
    EXPECT_EQ(view.list()->topLevelItemCount(), int(document.diagnostics().size()));
}

TEST(PreviewWorker, OnlyTheDocumentsThatChangedAreReplaced)
{
    Document document;
    openExample(document, "online-shop.netpol.yaml");
    YamlPreview preview(&document);
    const QString before = preview.text();
    // The labels of payment-api appear in its own policies and in those of the workloads that
    // talk to it, in other namespaces: documents far apart in the text.
    EditController controller(&document);
    const int index = [&] {
        for (int i = 0; i < int(document.design().workloads.size()); ++i) {
            if (document.design().workloads[std::size_t(i)].name == "payment-api")
                return i;
        }
        return -1;
    }();
    ASSERT_GE(index, 0);
    Workload w = document.design().workloads[std::size_t(index)];
    w.labels["tier"] = "checkout";
    qsizetype added = 0;
    int changes = 0;
    QObject::connect(preview.editor()->document(), &QTextDocument::contentsChange,
                     [&](int, int, int charsAdded) {
                         added += charsAdded;
                         ++changes;
                     });
    controller.editElement(refTo(document.design(), ElementRef::Kind::Workload, index), w);
    preview.refreshNow();
    EXPECT_EQ(preview.text().toStdString(), exported(document));
    const qsizetype first = before.indexOf(QStringLiteral("app: payment-api"));
    const qsizetype last = before.lastIndexOf(QStringLiteral("app: payment-api"));
    ASSERT_GT(last - first, before.size() / 4) << "the changed documents are far apart";
    EXPECT_GE(changes, 2) << "each changed document on its own";
    EXPECT_LT(added, (last - first) / 2) << "not the whole span between them";
}

TEST(DocumentPatcher, FillsMegabytesInSlicesAndEndsWithTheText)
{
    auto documents = [](int count, const QString &mark) {
        QString text = QStringLiteral("# header\n");
        for (int i = 0; i < count; ++i)
            text += QStringLiteral("---\nkind: NetworkPolicy\nmetadata:\n  name: p-%1-%2\n").arg(i).arg(mark);
        return text;
    };
    QPlainTextEdit editor;
    const QString first = documents(20000, QStringLiteral("a")); // about a megabyte
    DocumentPatcher patcher(&editor);
    QSignalSpy finished(&patcher, &DocumentPatcher::finished);
    patcher.patch(QString(), first, true);
    EXPECT_TRUE(patcher.isBusy()) << "not all at once";
    EXPECT_LT(editor.document()->characterCount(), first.size());
    int turns = 0;
    while (patcher.isBusy() && turns < 10000) {
        QCoreApplication::processEvents();
        ++turns;
    }
    EXPECT_GT(turns, int(first.size() / DocumentPatcher::kSliceChars) - 1);
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(editor.toPlainText(), first);

    // Every other document changed, and some added at the end: the same text either way.
    QString second = first;
    second.replace(QStringLiteral("name: p-1-a\n"), QStringLiteral("name: p-1-changed\n"));
    second.replace(QStringLiteral("name: p-19999-a\n"), QStringLiteral("name: p-last\n"));
    second += QStringLiteral("---\nkind: Extra\n");
    patcher.patch(first, second, false);
    EXPECT_FALSE(patcher.isBusy());
    EXPECT_EQ(editor.toPlainText(), second);
    patcher.patch(second, first, true);
    patcher.finishNow();
    EXPECT_FALSE(patcher.isBusy());
    EXPECT_EQ(editor.toPlainText(), first);
}

// After each of many random edits (labels, ports, new workloads and flows, removals, renames,
// undo), the text the preview shows, patched document by document, is exactly what a full
// regeneration of the design gives.
TEST(PreviewWorker, IncrementalTextEqualsAFullRegenerationAfterRandomEdits)
{
    Document document;
    openExample(document, "online-shop.netpol.yaml");
    YamlPreview preview(&document);
    EditController controller(&document);
    std::mt19937 random(2026);
    auto pick = [&](std::size_t count) { return int(random() % unsigned(std::max<std::size_t>(count, 1))); };
    int patched = 0;
    for (int step = 0; step < 60; ++step) {
        const Design &d = document.design();
        switch (random() % 7) {
        case 0: { // a label
            const int i = pick(d.workloads.size());
            Workload w = d.workloads[std::size_t(i)];
            w.labels["rev"] = "r" + std::to_string(step);
            controller.editElement(refTo(d, ElementRef::Kind::Workload, i), w);
            break;
        }
        case 1: { // a port
            const int i = pick(d.workloads.size());
            Workload w = d.workloads[std::size_t(i)];
            w.ports.push_back({"p" + std::to_string(step), 10000 + step, Protocol::TCP});
            controller.editElement(refTo(d, ElementRef::Kind::Workload, i), w);
            break;
        }
        case 2: { // a flow between two workloads
            const int a = pick(d.workloads.size()), b = pick(d.workloads.size());
            if (a != b)
                controller.connectElements(refTo(d, ElementRef::Kind::Workload, a),
                                           refTo(d, ElementRef::Kind::Workload, b));
            break;
        }
        case 3: // a new workload
            controller.createFromTemplate(QStringLiteral("workload/Deployment"),
                                          QPointF(d.namespaces[1].geometry.x + 30, d.namespaces[1].geometry.y + 60),
                                          QPointF(d.namespaces[1].geometry.x + 20, d.namespaces[1].geometry.y + 50));
            break;
        case 4: // a flow removed
            if (!d.flows.empty())
                controller.removeElements({refTo(d, ElementRef::Kind::Flow, pick(d.flows.size()))});
            break;
        case 5: { // a rename
            const int i = pick(d.workloads.size());
            Workload w = d.workloads[std::size_t(i)];
            w.name += "-x";
            controller.editElement(refTo(d, ElementRef::Kind::Workload, i), w);
            break;
        }
        default:
            document.undoStack()->undo();
            break;
        }
        preview.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(preview.editor()->toPlainText() == preview.text(), 5000);
        ASSERT_EQ(preview.editor()->toPlainText().toStdString(), exported(document)) << "after step " << step;
        ++patched;
    }
    EXPECT_EQ(patched, 60);
}
