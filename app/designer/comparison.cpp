#include "comparison.h"

#include "document.h"

#include "model/core/process.h"
#include "model/generate/designmanifests.h"
#include "model/lint/manifestsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>

namespace Netpol {

namespace {

// The design's file as git names it from the top of its repository.
std::optional<std::string> gitPath(const QString &file, std::string *error)
{
    const QFileInfo info(file);
    const ProgramResult r = runProgram(
        "git", {"-C", QDir::toNativeSeparators(info.absolutePath()).toStdString(), "rev-parse",
                "--show-prefix"},
        {}, std::chrono::milliseconds(30000));
    if (!r.started || r.timedOut || r.exitCode != 0) {
        std::string reason = r.started ? r.err : r.error;
        while (!reason.empty() && (reason.back() == '\n' || reason.back() == '\r'))
            reason.pop_back();
        *error = QCoreApplication::translate("Comparison", "%1 is not in a git repository")
                     .arg(info.fileName())
                     .toStdString()
                 + (reason.empty() ? std::string() : " (" + reason + ')');
        return std::nullopt;
    }
    std::string prefix = r.out;
    while (!prefix.empty() && (prefix.back() == '\n' || prefix.back() == '\r'))
        prefix.pop_back();
    return prefix + info.fileName().toStdString();
}

std::shared_ptr<const ManifestSet> readBaseline(const CompareBaseline &baseline, QString *error)
{
    std::string reason;
    ManifestSet set;
    if (baseline.kind == CompareBaseline::Kind::GitRevision) {
        const std::optional<std::string> path = gitPath(baseline.path, &reason);
        const std::string directory = QFileInfo(baseline.path).absolutePath().toStdString();
        if (path)
            set = readManifestSource("git:" + baseline.revision.toStdString() + ':' + *path,
                                     &reason, directory);
        else
            set.unreadable = true;
    } else {
        set = readManifestSource(baseline.path.toStdString(), &reason);
    }
    if (set.unreadable) {
        *error = QString::fromStdString(reason);
        return nullptr;
    }
    if (const int left = set.documentsLeftOut(); left > 0) {
        QStringList problems;
        for (const Diagnostic &d : set.diagnostics) {
            if (d.severity == Severity::Error)
                problems << QString::fromStdString(d.format());
        }
        *error = QCoreApplication::translate("Comparison",
                                             "%1 has errors; nothing is compared:\n%2")
                     .arg(baseline.description(), problems.join(QLatin1Char('\n')));
        return nullptr;
    }
    return std::make_shared<const ManifestSet>(std::move(set));
}

} // namespace

QString CompareBaseline::description() const
{
    switch (kind) {
    case Kind::SavedFile:
        return QCoreApplication::translate("Comparison", "the saved file");
    case Kind::GitRevision:
        return QCoreApplication::translate("Comparison", "git %1").arg(revision);
    case Kind::Path:
        break;
    }
    return QFileInfo(path).fileName();
}

ComparisonResult compareDesign(const CompareBaseline &baseline,
                               std::shared_ptr<const ManifestSet> read, const Design &design)
{
    ComparisonResult result;
    result.baseline = read ? std::move(read) : readBaseline(baseline, &result.error);
    if (!result.baseline)
        return result;
    const ManifestSet now = designManifests(design, "design");
    // With the reasons of `netpol diff --explain`, for the Changes dock's tooltips.
    ConnectionDiff diff = computeConnectionDiff(*result.baseline, now, true);
    result.changes = std::move(diff.changes);
    return result;
}

Comparison::Comparison(Document *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &Comparison::run);
    connect(document, &DesignSource::designChanged, this, [this] {
        if (m_active)
            m_timer.start();
    });
    connect(&m_watcher, &QFutureWatcher<ComparisonResult>::finished, this, [this] {
        const quint64 generation = std::exchange(m_running, 0);
        if (!m_active)
            return; // left compare mode meanwhile
        if (generation != m_generation) { // another baseline since: compare with it now
            m_again = false;
            run();
            return;
        }
        ComparisonResult result = m_watcher.result();
        if (!result.baseline) {
            m_active = false;
            emit failed(result.error);
            return;
        }
        m_read = result.baseline;
        if (m_again) { // the design changed meanwhile: this result is already old
            m_again = false;
            run();
            return;
        }
        m_changes = std::move(result.changes);
        emit changed();
    });
}

void Comparison::start(const CompareBaseline &baseline)
{
    m_baseline = baseline;
    m_read.reset();
    m_changes.clear();
    m_active = true;
    ++m_generation;
    m_again = false;
    run();
}

void Comparison::stop()
{
    m_active = false;
    m_timer.stop();
    m_again = false;
    ++m_generation;
    m_read.reset();
    m_changes.clear();
}

void Comparison::run()
{
    m_timer.stop();
    if (m_running) {
        m_again = true; // once the worker is free, with the design as it is then
        return;
    }
    m_running = m_generation;
    m_watcher.setFuture(
        QtConcurrent::run(compareDesign, m_baseline, m_read, m_document->design()));
}

} // namespace Netpol
