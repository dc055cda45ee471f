#pragma once

class QThreadPool;

namespace Netpol {

// The thread pool for the analyses nobody waits for (the Reachability matrix, the exposure
// badges) and for freeing their old results: one thread at low priority, so that on a
// machine with two cores they never hold back the preview and the diagnostics, which run
// on Qt's global pool. At 5,000 workloads the matrix takes seconds; on the global pool it
// delayed the preview of every edit (bench_designer).
QThreadPool *backgroundPool();

} // namespace Netpol
