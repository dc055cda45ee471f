#include "views/canvas/backgroundpool.h"

#include <QThread>
#include <QThreadPool>

namespace Netpol {

QThreadPool *backgroundPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives until exit: workers may still be finishing then
        p->setMaxThreadCount(1);
        p->setThreadPriority(QThread::LowPriority);
        return p;
    }();
    return pool;
}

} // namespace Netpol
