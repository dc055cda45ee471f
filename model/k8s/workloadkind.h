#pragma once

#include <optional>
#include <string_view>

namespace Netpol {

// The Kubernetes kinds whose pods NetworkPolicies select: a Pod itself, or the pod template of a
// workload controller.
enum class WorkloadKind { Deployment, StatefulSet, DaemonSet, Pod, Job, CronJob, ReplicaSet };

inline constexpr WorkloadKind kAllWorkloadKinds[] = {
    WorkloadKind::Deployment, WorkloadKind::StatefulSet, WorkloadKind::DaemonSet,
    WorkloadKind::Pod, WorkloadKind::Job, WorkloadKind::CronJob, WorkloadKind::ReplicaSet};

std::string_view workloadKindName(WorkloadKind kind);
std::optional<WorkloadKind> parseWorkloadKind(std::string_view text);

} // namespace Netpol
