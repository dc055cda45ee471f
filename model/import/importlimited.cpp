#include "model/import/importlimited_p.h"

namespace Netpol::Import {

Limited::Limited(Context &ctx, std::string code)
    : m_ctx(ctx)
    , m_code(std::move(code))
{}

Limited::~Limited()
{
    if (m_count > kMaxReports)
        m_ctx.report(Severity::Warning, m_code,
                     std::to_string(m_count - kMaxReports) + " more findings like the above");
}

bool Limited::add(Severity severity, std::string message, Location location)
{
    if (++m_count > kMaxReports)
        return false;
    m_ctx.report(severity, m_code, std::move(message), std::move(location));
    return true;
}

} // namespace Netpol::Import
