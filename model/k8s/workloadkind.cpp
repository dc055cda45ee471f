#include "model/k8s/workloadkind.h"

namespace Netpol {

std::string_view workloadKindName(WorkloadKind kind)
{
    switch (kind) {
    case WorkloadKind::Deployment:
        return "Deployment";
    case WorkloadKind::StatefulSet:
        return "StatefulSet";
    case WorkloadKind::DaemonSet:
        return "DaemonSet";
    case WorkloadKind::Pod:
        return "Pod";
    case WorkloadKind::Job:
        return "Job";
    case WorkloadKind::CronJob:
        return "CronJob";
    case WorkloadKind::ReplicaSet:
        return "ReplicaSet";
    }
    return "Deployment";
}

std::optional<WorkloadKind> parseWorkloadKind(std::string_view text)
{
    for (WorkloadKind kind : kAllWorkloadKinds) {
        if (workloadKindName(kind) == text)
            return kind;
    }
    return std::nullopt;
}

} // namespace Netpol
