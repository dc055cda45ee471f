#include "document.h"

#include "editcommand.h"


#include "model/core/fileio.h"
#include "model/design/designcheck.h"
#include "model/design/designoperations.h"
#include "model/design/designreader.h"
#include "model/design/designwriter.h"
#include "model/generate/generator.h"
#include "model/lint/designlint.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QUndoStack>

#include <utility>

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

namespace {

// The design's structural errors, then the lint (the same findings as `netpol validate`), then
// the import's findings placed on today's elements: a half-open connection on the workload
// whose side allows it, found again by name (indexes change with edits).
Diagnostics findingsOf(const Design &design, const Diagnostics &importFindings,
                       const std::vector<HalfOpenConnection> &halfOpen)
{
    Diagnostics all = checkDesign(design);
    if (!hasErrors(all)) {
        for (Diagnostic &d : lintDesign(design))
            all.push_back(std::move(d));
    }
    for (std::size_t i = 0; i < importFindings.size(); ++i) {
        Diagnostic d = importFindings[i];
        for (const HalfOpenConnection &open : halfOpen) {
            if (open.finding != i)
                continue;
            const Endpoint &side = open.egressAllowed ? open.flow.from : open.flow.to;
            const int index = indexOfWorkload(design, side.ns, side.name);
            if (index >= 0)
                d.location.element = ElementRef::workload(side.ns, side.name, index);
        }
        all.push_back(std::move(d));
    }
    return all;
}

} // namespace

Diagnostics Document::diagnostics() const
{
    return findingsOf(m_design, m_importFindings, m_halfOpen);
}

std::function<Diagnostics()> Document::diagnosticsJob() const
{
    return [design = m_design, findings = m_importFindings, halfOpen = m_halfOpen] {
        return findingsOf(design, findings, halfOpen);
    };
}

void Document::setImportFindings(const Diagnostics &findings,
                                 const std::vector<HalfOpenConnection> &halfOpen)
{
    m_importFindings.clear();
    std::vector<std::size_t> kept(findings.size(), SIZE_MAX);
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (findings[i].severity == Severity::Error)
            continue; // an import with errors writes no design; none belong here
        kept[i] = m_importFindings.size();
        m_importFindings.push_back(findings[i]);
    }
    m_halfOpen.clear();
    for (HalfOpenConnection open : halfOpen) {
        if (open.finding >= kept.size() || kept[open.finding] == SIZE_MAX)
            continue;
        open.finding = kept[open.finding];
        m_halfOpen.push_back(std::move(open));
    }
    emit diagnosticsChanged();
    emit suggestionsChanged();
}

bool Document::dismissImportFinding(const Diagnostic &finding)
{
    for (std::size_t i = 0; i < m_importFindings.size(); ++i) {
        Diagnostic stored = m_importFindings[i];
        stored.location.element = finding.location.element; // placed by diagnostics()
        if (!(stored == finding))
            continue;
        m_importFindings.erase(m_importFindings.begin() + long(i));
        // Its suggested flow goes with it; the others keep pointing at their findings.
        std::erase_if(m_halfOpen, [i](const HalfOpenConnection &open) { return open.finding == i; });
        for (HalfOpenConnection &open : m_halfOpen) {
            if (open.finding > i)
                --open.finding;
        }
        emit diagnosticsChanged();
        emit suggestionsChanged();
        return true;
    }
    return false;
}

std::vector<SuggestedFlow> Document::suggestedFlows() const
{
    std::vector<SuggestedFlow> out;
    for (const HalfOpenConnection &open : m_halfOpen) {
        SuggestedFlow s;
        s.flow = open.flow;
        s.badge = open.egressAllowed ? tr("half-open: egress only") : tr("half-open: ingress only");
        if (open.finding < m_importFindings.size())
            s.tooltip = QString::fromStdString(m_importFindings[open.finding].message);
        out.push_back(std::move(s));
    }
    return out;
}

Document::TakenSuggestion Document::takeSuggestion(int index)
{
    TakenSuggestion taken;
    taken.index = index;
    taken.connection = m_halfOpen.at(std::size_t(index));
    const std::size_t finding = taken.connection.finding;
    taken.finding = m_importFindings.at(finding);
    m_halfOpen.erase(m_halfOpen.begin() + index);
    m_importFindings.erase(m_importFindings.begin() + long(finding));
    for (HalfOpenConnection &open : m_halfOpen) {
        if (open.finding > finding)
            --open.finding;
    }
    emit diagnosticsChanged();
    emit suggestionsChanged();
    return taken;
}

void Document::restoreSuggestion(const TakenSuggestion &taken)
{
    const std::size_t finding = std::min(taken.connection.finding, m_importFindings.size());
    for (HalfOpenConnection &open : m_halfOpen) {
        if (open.finding >= finding)
            ++open.finding;
    }
    m_importFindings.insert(m_importFindings.begin() + long(finding), taken.finding);
    HalfOpenConnection connection = taken.connection;
    connection.finding = finding;
    const int index = std::clamp(taken.index, 0, int(m_halfOpen.size()));
    m_halfOpen.insert(m_halfOpen.begin() + index, connection);
    emit diagnosticsChanged();
    emit suggestionsChanged();
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
    if (edit.expectations) {
        inverse.expectations = m_design.expectations;
        m_design.expectations = *edit.expectations;
    }
    if (edit.guardrails) {
        inverse.guardrails = m_design.guardrails;
        m_design.guardrails = *edit.guardrails;
        emit guardrailsChanged();
    }
    emit designChanged();
    if (displayName() != m_lastDisplayName) {
        m_lastDisplayName = displayName();
        emit displayNameChanged(m_lastDisplayName);
    }
    return inverse;
}

void Document::reset(Design design, const QString &fileName, bool modified)
{
    m_design = std::move(design);
    // Another design: the findings of an earlier import are not about it.
    const bool hadFindings = !m_importFindings.empty() || !m_halfOpen.empty();
    m_importFindings.clear();
    m_halfOpen.clear();
    if (hadFindings)
        emit suggestionsChanged();
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
    // A big file is read and parsed on a worker thread while the event loop goes on painting
    // (user input waits, so nothing else starts meanwhile): the window does not freeze.
    const std::string file = path.toStdString();
    DesignReadResult read;
    if (QFileInfo(path).size() > kReadInBackgroundAbove) {
        QFutureWatcher<DesignReadResult> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<DesignReadResult>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(QtConcurrent::run([file] { return readDesignFile(file); }));
        if (!watcher.isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        read = watcher.future().takeResult(); // moved: a copy of 5,000 workloads stalled
    } else {
        read = readDesignFile(file);
    }
    if (ok)
        *ok = read.design.has_value();
    if (read.design)
        reset(std::move(*read.design), path);
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
    const GenerateResult generated = generatePolicies(m_design);
    std::vector<NetworkPolicy> policies;
    for (const GeneratedPolicy &g : generated.policies)
        policies.push_back(g.policy);
    ExportOptions options;
    options.layout = layout;
    options.designName = m_design.metadata.name;
    options.designSource = m_fileName.toStdString();
    return buildExport(policies, options, generated.clusterPolicies);
}

bool Document::exportYaml(ExportLayout layout, const QString &target, QString *error) const
{
    const Diagnostics problems = diagnostics();
    const int errors = countSeverity(problems, Severity::Error);
    if (errors > 0) {
        if (error)
            *error = tr("The design has %n error(s) (see Diagnostics); fix them before "
                        "exporting, as `netpol generate` would refuse this design too.",
                        nullptr, errors);
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
