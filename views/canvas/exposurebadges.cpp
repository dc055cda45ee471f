#include "views/canvas/exposurebadges.h"

#include "views/canvas/backgroundpool.h"

#include "views/common/designsource.h"

#include "model/analysis/cluster.h"
#include "model/analysis/exposure.h"
#include "model/generate/designmanifests.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>


namespace Netpol {

namespace {

bool everyAddress(const ExposureEntry &entry)
{
    // With guardrails an entry may leave some remote ends out (an Admin or Baseline Deny):
    // then it is not open to everyone.
    if (!entry.except.empty())
        return false;
    if (entry.scope == ExposureEntry::Scope::Cluster)
        return true;
    if (entry.scope != ExposureEntry::Scope::Addresses || !entry.peer || !entry.peer->ipBlock)
        return false;
    const IPBlock &block = *entry.peer->ipBlock;
    return block.except.empty() && (block.cidr == "0.0.0.0/0" || block.cidr == "::/0");
}

} // namespace

QString ExposureBadge::text() const
{
    if (acceptsFromAll && sendsToAll)
        return QCoreApplication::translate("ExposureBadge", "open both ways");
    return acceptsFromAll ? QCoreApplication::translate("ExposureBadge", "accepts all")
                          : QCoreApplication::translate("ExposureBadge", "sends to all");
}

ExposureBadges computeExposureBadges(const Design &design)
{
    const Cluster cluster = buildCluster(designManifests(design, "design"));
    const PolicyEvaluator evaluator(cluster.policies, cluster.clusterPolicies); // with guardrails
    const std::vector<WorkloadExposure> exposure = computeExposure(cluster, evaluator);
    ExposureBadges badges;
    for (const WorkloadExposure &w : exposure) {
        const auto &workload = cluster.workloads[w.workload];
        ExposureBadge badge;
        for (const ExposureEntry &entry : w.entries) {
            if (everyAddress(entry))
                (entry.egress ? badge.sendsToAll : badge.acceptsFromAll) = true;
        }
        // The lines as netpol analyze --exposure writes them.
        QStringList lines;
        for (const ExposureEntry &entry : w.entries)
            lines << QString::fromStdString(exposureLine(entry));
        if (lines.isEmpty())
            lines << QString::fromLatin1(kNoExposure);
        badge.details = lines.join(QLatin1Char('\n'));
        badges.insert(QString::fromStdString(workload.ns + '/' + workload.name), badge);
    }
    return badges;
}

ExposureWatcher::ExposureWatcher(DesignSource *source, QObject *parent)
    : QObject(parent), m_source(source)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &ExposureWatcher::start);
    connect(source, &DesignSource::designChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(source, &DesignSource::designReset, &m_timer, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcher<ExposureBadges>::finished, this, [this] {
        if (m_again) { // the design changed meanwhile: this result is already old
            m_again = false;
            start();
            return;
        }
        m_badges = m_watcher.result();
        emit updated();
    });
    m_timer.start();
}

void ExposureWatcher::start()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(backgroundPool(), computeExposureBadges, m_source->design()));
}

} // namespace Netpol
