#pragma once

#include "model/import/importcontext_p.h"

#include <string>

namespace Netpol::Import {

// Findings of one code, the first kMaxReports reported and the rest counted, then said in one
// last finding ("12 more findings like the above").
class Limited
{
public:
    static constexpr std::size_t kMaxReports = 40;

    Limited(Context &ctx, std::string code);
    ~Limited();

    // Whether the next finding would only be counted.
    bool full() const { return m_count >= kMaxReports; }
    // Findings past the limit, counted and not reported.
    void count(std::size_t findings = 1) { m_count += findings; }
    // Whether the finding was reported (the first kMaxReports are; the rest are counted).
    bool add(Severity severity, std::string message, Location location = {});

private:
    Context &m_ctx;
    std::string m_code;
    std::size_t m_count = 0;
};

} // namespace Netpol::Import
