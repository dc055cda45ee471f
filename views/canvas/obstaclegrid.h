#pragma once

#include <QHash>
#include <QLineF>
#include <QRectF>
#include <QVector>

namespace Netpol {

// The rectangles a long route keeps clear of (namespace frames, cards, headers), filed in
// square buckets so that testing a short segment looks at the few rectangles near it, not at
// all of them.
class ObstacleGrid
{
public:
    static constexpr double kBucket = 400;

    void add(const QRectF &rect);
    const QVector<QRectF> &rects() const { return m_rects; }
    bool isEmpty() const { return m_rects.isEmpty(); }

    // Whether `segment` passes through any rectangle (touching a border does not count).
    bool blocks(const QLineF &segment) const;
    // Whether `point` lies strictly inside any rectangle.
    bool covers(QPointF point) const;

private:
    static qint64 keyOf(int column, int row) { return (qint64(column) << 32) ^ quint32(row); }
    template<typename Visit>
    bool anyNear(const QRectF &area, Visit visit) const;

    QVector<QRectF> m_rects;
    QHash<qint64, QVector<int>> m_buckets;
};

} // namespace Netpol
