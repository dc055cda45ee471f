#pragma once

#include "model/k8s/protocol.h"

#include <string>

namespace Netpol {

// One entry of a container's `ports`: what a named port in a policy resolves to on the pod.
struct ContainerPort
{
    std::string name; // may be empty
    int port = 0;
    Protocol protocol = Protocol::TCP;
    bool operator==(const ContainerPort &) const = default;
};

} // namespace Netpol
