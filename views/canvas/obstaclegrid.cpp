#include "views/canvas/obstaclegrid.h"

#include "views/canvas/flowrouter.h"

#include <cmath>

namespace Netpol {

namespace {

int bucketOf(double coordinate)
{
    return int(std::floor(coordinate / ObstacleGrid::kBucket));
}

} // namespace

void ObstacleGrid::add(const QRectF &rect)
{
    if (rect.isEmpty())
        return;
    const int index = int(m_rects.size());
    m_rects << rect;
    for (int column = bucketOf(rect.left()); column <= bucketOf(rect.right()); ++column)
        for (int row = bucketOf(rect.top()); row <= bucketOf(rect.bottom()); ++row)
            m_buckets[keyOf(column, row)] << index;
}

template<typename Visit>
bool ObstacleGrid::anyNear(const QRectF &area, Visit visit) const
{
    for (int column = bucketOf(area.left()); column <= bucketOf(area.right()); ++column) {
        for (int row = bucketOf(area.top()); row <= bucketOf(area.bottom()); ++row) {
            const auto bucket = m_buckets.constFind(keyOf(column, row));
            if (bucket == m_buckets.constEnd())
                continue;
            for (int index : *bucket)
                if (visit(m_rects[index]))
                    return true;
        }
    }
    return false;
}

bool ObstacleGrid::blocks(const QLineF &segment) const
{
    const QRectF area = QRectF(segment.p1(), segment.p2()).normalized();
    return anyNear(area, [&](const QRectF &r) { return FlowRouter::crosses(segment, r); });
}

bool ObstacleGrid::covers(QPointF point) const
{
    return anyNear(QRectF(point, QSizeF(0, 0)), [&](const QRectF &r) {
        return r.adjusted(1, 1, -1, -1).contains(point);
    });
}

} // namespace Netpol
