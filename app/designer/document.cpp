#include "document.h"

#include "editcommand.h"

#include "views/common/plural.h"

#include "model/core/fileio.h"
#include "model/design/designcheck.h"
#include "model/design/designreader.h"
#include "model/design/designwriter.h"
#include "model/generate/generator.h"
#include "model/lint/designlint.h"

#include <QFileInfo>
#include <QUndoStack>

namespace Netpol {

Design emptyDesign()
{
    Design design;
    design.metadata.name = "untitled";
    return design;
}

Document::Document(QObject *parent)
    : DesignSource(parent), m_design(emptyDesign()), m_undoStack(new QUndoStack(this))
{
    m_lastDisplayName = displayName();
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document() = default;

Diagnostics Document::diagnostics() const
{
    // The design's structural errors, then the lint (the same findings as `netpol validate`).
    Diagnostics all = checkDesign(m_design);
    if (!hasErrors(all)) {
        for (Diagnostic &d : lintDesign(m_design))
            all.push_back(std::move(d));
    }
    return all;
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

QString Document::displayName() const
{
    if (!m_design.metadata.name.empty())
        return QString::fromStdString(m_design.metadata.name);
    if (!m_fileName.isEmpty())
        return QFileInfo(m_fileName).fileName();
    return tr("Untitled");
}

void Document::push(const DesignEdit &edit, const QString &text, int mergeId)
{
    if (edit.empty())
        return;
    m_undoStack->push(new EditCommand(this, edit, text, mergeId));
}

DesignEdit Document::apply(const DesignEdit &edit)
{
    DesignEdit inverse;
    inverse.changes.reserve(edit.changes.size());
    for (const ElementChange &change : edit.changes) {
        inverse.changes.push_back(applyChange(m_design, change));
        switch (change.op) {
        case ElementChange::Op::Insert:
            emit elementInserted(change.kind, change.index);
            break;
        case ElementChange::Op::Remove:
            emit elementRemoved(change.kind, change.index);
            break;
        case ElementChange::Op::Replace:
            emit elementChanged(change.kind, change.index);
            break;
        }
    }
    std::reverse(inverse.changes.begin(), inverse.changes.end());
    if (edit.options) {
        inverse.options = m_design.options;
        m_design.options = *edit.options;
        emit optionsChanged();
    }
    if (edit.metadata) {
        inverse.metadata = m_design.metadata;
        m_design.metadata = *edit.metadata;
        emit metadataChanged();
    }
    emit designChanged();
    if (displayName() != m_lastDisplayName) {
        m_lastDisplayName = displayName();
        emit displayNameChanged(m_lastDisplayName);
    }
    return inverse;
}

void Document::reset(const Design &design, const QString &fileName, bool modified)
{
    m_design = design;
    m_undoStack->clear();
    m_undoStack->setClean();
    if (modified)
        m_undoStack->resetClean();
    setFileName(fileName);
    emit designReset();
    emit designChanged();
    m_lastDisplayName = displayName();
    emit displayNameChanged(m_lastDisplayName);
    emit modifiedChanged(modified);
}

void Document::newDesign()
{
    reset(emptyDesign(), QString());
}

Diagnostics Document::open(const QString &path, bool *ok)
{
    const DesignReadResult read = readDesignFile(path.toStdString());
    if (ok)
        *ok = read.design.has_value();
    if (read.design)
        reset(*read.design, path);
    return read.diagnostics;
}

bool Document::save(const QString &path, QString *error)
{
    std::string reason;
    if (!writeFileAtomically(path.toStdString(), writeDesign(m_design), &reason)) {
        if (error)
            *error = QString::fromStdString(reason);
        return false;
    }
    setFileName(path);
    m_undoStack->setClean();
    if (displayName() != m_lastDisplayName) {
        m_lastDisplayName = displayName();
        emit displayNameChanged(m_lastDisplayName);
    }
    return true;
}

void Document::setFileName(const QString &fileName)
{
    if (fileName == m_fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(fileName);
}

std::vector<ExportFile> Document::exportFiles(ExportLayout layout) const
{
    std::vector<NetworkPolicy> policies;
    for (const GeneratedPolicy &g : generatePolicies(m_design).policies)
        policies.push_back(g.policy);
    ExportOptions options;
    options.layout = layout;
    options.designName = m_design.metadata.name;
    options.designSource = m_fileName.toStdString();
    return buildExport(policies, options);
}

bool Document::exportYaml(ExportLayout layout, const QString &target, QString *error) const
{
    const Diagnostics problems = diagnostics();
    const int errors = countSeverity(problems, Severity::Error);
    if (errors > 0) {
        if (error)
            *error = tr("The design has %1 (see Diagnostics); fix them before exporting, as "
                        "`netpol generate` would refuse this design too.")
                         .arg(plural(errors, tr("error"), tr("errors")));
        return false;
    }
    const std::vector<ExportFile> files = exportFiles(layout);
    std::string reason;
    const bool ok = layout == ExportLayout::Single
        ? writeFileAtomically(target.toStdString(), files.front().content, &reason)
        : writeExport(target.toStdString(), files, &reason);
    if (!ok && error)
        *error = QString::fromStdString(reason);
    return ok;
}

} // namespace Netpol
