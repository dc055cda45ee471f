#pragma once

#include "views/canvas/exposurebadges.h"
#include "views/canvas/nodeitem.h"

#include "model/design/design.h"
#include <QCoreApplication>

namespace Netpol {

// A workload: a card with its name, kind, container ports and pod labels. It is a child of
// its namespace's frame, so it moves with it.
class WorkloadItem : public NodeItem
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadItem)

public:
    enum { Type = UserType + 2 };

    explicit WorkloadItem(int index, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QRectF frameRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setWorkload(const Workload &workload);
    // A badge for a workload open to everyone, its exposure in the tooltip (ExposureWatcher).
    void setExposure(const ExposureBadge &badge);
    const ExposureBadge &exposure() const { return m_exposure; }
    const Workload &workload() const { return m_workload; }

private:
    void paintBlockName(QPainter *painter, const QRectF &frame, double lod) const;
    void updateToolTip();

    Workload m_workload;
    ExposureBadge m_exposure;
    QString m_portsText;
    QStringList m_labelLines;
};

} // namespace Netpol
