#pragma once

#include "views/canvas/nodeitem.h"

#include "model/design/design.h"
#include <QCoreApplication>

namespace Netpol {

// A peer outside the cluster: a rounded card with a globe, its name and its CIDR.
class ExternalItem : public NodeItem
{
    Q_DECLARE_TR_FUNCTIONS(ExternalItem)

public:
    enum { Type = UserType + 3 };

    explicit ExternalItem(int index);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QRectF frameRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setExternal(const External &external);
    const External &external() const { return m_external; }

private:
    External m_external;
};

} // namespace Netpol
