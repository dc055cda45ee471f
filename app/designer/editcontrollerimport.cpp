// EditController's Paste Manifests: NetworkPolicy YAML (from the clipboard, or files chosen
// with File > Import Manifests into the Current Design) imported into the open design as one
// undo step, the import's findings in the Diagnostics dock.

#include "editcontroller.h"

#include "document.h"
#include "importmergecommand.h"

#include "model/design/designalign.h"
#include "model/design/designmerge.h"
#include "model/import/importer.h"
#include "model/manifests/manifestreader.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QUndoStack>

namespace Netpol {

bool EditController::pasteManifests(const QString &text, const QString &source)
{
    return importManifestSet(readManifests(text.toStdString(), source.toStdString()), source);
}

bool EditController::importManifestFilesInto(const QStringList &paths)
{
    ManifestSet all;
    for (const QString &path : paths)
        all.append(readManifestPath(path.toStdString()));
    const QString source
        = paths.size() == 1 ? paths.front() : tr("%n file(s)", nullptr, int(paths.size()));
    return importManifestSet(all, source);
}

bool EditController::importManifestSet(const ManifestSet &manifests, const QString &source)
{
    if (manifests.policies.empty() && manifests.workloads.empty()) {
        const QString first = manifests.diagnostics.empty()
            ? tr("no NetworkPolicy, Namespace or workload in it")
            : QString::fromStdString(manifests.diagnostics.front().format());
        emit refused(tr("Nothing to import from %1: %2").arg(source, first));
        return false;
    }
    ImportOptions options;
    options.designName = m_document->design().metadata.name;
    const ImportResult imported = importDesign(manifests, options);
    if (!imported.design) {
        QString first;
        for (const Diagnostic &d : imported.diagnostics) {
            if (d.severity == Severity::Error) {
                first = QString::fromStdString(d.format());
                break;
            }
        }
        emit refused(tr("The manifests were not imported: %1").arg(first));
        return false;
    }
    // New namespaces and externals go to the right of what is drawn.
    const Design &d = m_document->design();
    double right = 0, top = 0;
    bool any = false;
    for (int kind : {int(ElementRef::Kind::Namespace), int(ElementRef::Kind::External)}) {
        const auto k = ElementRef::Kind(kind);
        for (int i = 0; i < elementCount(d, k); ++i) {
            const Rect box = *elementBox(d, refTo(d, k, i));
            right = any ? std::max(right, box.x + box.width) : box.x + box.width;
            top = any ? std::min(top, box.y) : box.y;
            any = true;
        }
    }
    const Point offset{any ? right + 120 : 0, top};
    const MergeResult merged = mergeImported(d, *imported.design, offset);
    // The import's findings, on the design's names.
    std::vector<HalfOpenConnection> halfOpen = imported.halfOpen;
    for (HalfOpenConnection &open : halfOpen) {
        open.flow.from = mergedEndpoint(open.flow.from, merged.renamed);
        open.flow.to = mergedEndpoint(open.flow.to, merged.renamed);
    }
    if (merged.result.edit.empty()) {
        emit refused(tr("The design already has everything these manifests allow"));
        m_document->setImportFindings(imported.diagnostics, halfOpen);
        return true;
    }
    // The elements and the findings come and go together.
    m_document->undoStack()->push(new ImportMergeCommand(
        m_document, merged.result.edit, imported.diagnostics, halfOpen,
        tr("Paste manifests (%1 added)").arg(merged.added)));
    if (!merged.result.created.empty())
        emit created({merged.result.created.begin(), merged.result.created.end()});
    return true;
}

bool EditController::pasteManifestsFromClipboard()
{
    return pasteManifests(QGuiApplication::clipboard()->text(), tr("<clipboard>"));
}

} // namespace Netpol
