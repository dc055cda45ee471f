#pragma once

#include "model/design/endpoint.h"
#include "model/design/flowport.h"

#include <optional>
#include <string>
#include <string_view>

namespace Netpol {

// One end of an expectation: an endpoint as flows write it (NS/NAME, NS/*, */*,
// external/NAME) or an IP address (as `netpol analyze --probe` takes them).
struct ExpectationEnd
{
    Endpoint endpoint;   // when `address` is empty
    std::string address; // canonical text of an IP address, or empty

    bool isAddress() const { return !address.empty(); }
    std::string toString() const; // canonical form

    bool operator==(const ExpectationEnd &) const = default;
};

// Parses an end: an IP address, or an endpoint. Nothing, and a sentence in `error`, otherwise.
std::optional<ExpectationEnd> parseExpectationEnd(std::string_view text, std::string *error);

// A check written in the design's `expect:` list: is a connection from `from` to `to` on `port`
// allowed by the generated policies? A wildcard end (NS/*, */*) stands for every workload the
// design draws there: the check holds when each of their connections has the expected verdict.
struct Expectation
{
    ExpectationEnd from;
    ExpectationEnd to;
    FlowPort port = FlowPort::number(0); // Number or Named, with its protocol
    bool allowed = true;

    // "storefront/web -> data/postgres 5432/TCP"
    std::string label() const;

    bool operator==(const Expectation &) const = default;
};

// The port of an expectation: "5432/TCP", "5432" (TCP), "http/TCP"; no ranges, no "*".
std::optional<FlowPort> parseExpectationPort(std::string_view text, std::string *error);

} // namespace Netpol
