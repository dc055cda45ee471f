#include "views/canvas/overviewwidget.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"
#include "views/common/designsource.h"

#include "model/design/canvasmetrics.h"
#include "model/design/design.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace Netpol {

OverviewWidget::OverviewWidget(DesignScene *scene, DesignView *view, QWidget *parent)
    : QWidget(parent), m_scene(scene), m_view(view)
{
    setObjectName(QStringLiteral("overview"));
    setMinimumSize(120, 90);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("The whole design; click or drag to move the canvas there"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &OverviewWidget::redrawNow);
    connect(scene->source(), &DesignSource::designChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(scene, &DesignScene::built, &m_timer, qOverload<>(&QTimer::start));
    auto follow = [this] { update(); };
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(view, &DesignView::zoomChanged, this, follow);
    m_timer.start();
}

QRectF OverviewWidget::designArea() const
{
    if (m_bounds.isEmpty())
        return {};
    QSizeF size = m_bounds.size();
    size.scale(QSizeF(width() - 8, height() - 8), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

QRectF OverviewWidget::visibleArea() const
{
    const QRectF area = designArea();
    if (area.isEmpty())
        return {};
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const double scale = area.width() / m_bounds.width();
    return QRectF(area.topLeft() + (shown.topLeft() - m_bounds.topLeft()) * scale,
                  shown.size() * scale)
        .intersected(rect());
}

QPointF OverviewWidget::toScene(QPointF widgetPos) const
{
    const QRectF area = designArea();
    if (area.isEmpty())
        return {};
    return m_bounds.topLeft() + (widgetPos - area.topLeft()) * (m_bounds.width() / area.width());
}

void OverviewWidget::redrawNow()
{
    m_timer.stop();
    m_bounds = m_scene->designBounds().adjusted(-40, -40, 40, 40);
    const QRectF area = designArea();
    if (area.isEmpty()) {
        m_picture = {};
        update();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    m_picture = QPixmap((area.size() * ratio).toSize());
    m_picture.setDevicePixelRatio(ratio);
    m_picture.fill(CanvasStyle::canvasBackground());
    // Drawn from the design as plain shapes, not by rendering the scene: a few milliseconds for
    // thousands of workloads, where rendering every item stalled the window.
    QPainter painter(&m_picture);
    const double scale = area.width() / m_bounds.width();
    painter.scale(scale, scale);
    painter.translate(-m_bounds.topLeft());
    const Design &design = m_scene->design();
    const double hairline = 1 / scale;
    for (const Namespace &ns : design.namespaces) {
        const QRectF frame(ns.geometry.x, ns.geometry.y, ns.geometry.width, ns.geometry.height);
        painter.setPen(QPen(ns.managed ? CanvasStyle::managedBorder() : CanvasStyle::unmanagedBorder(), hairline));
        painter.setBrush(ns.managed ? CanvasStyle::managedFill() : CanvasStyle::unmanagedFill());
        painter.drawRect(frame);
        painter.fillRect(QRectF(frame.topLeft(), QSizeF(frame.width(), CanvasMetrics::kNamespaceHeader)),
                         ns.managed ? CanvasStyle::managedHeader() : CanvasStyle::unmanagedHeader());
    }
    painter.setPen(Qt::NoPen);
    for (const Workload &w : design.workloads)
        painter.fillRect(QRectF(w.position.x, w.position.y, CanvasMetrics::kWorkloadWidth,
                                CanvasMetrics::kWorkloadHeight),
                         CanvasStyle::kindColor(w.kind).lighter(130));
    for (const External &e : design.externals)
        painter.fillRect(QRectF(e.position.x, e.position.y, CanvasMetrics::kExternalWidth,
                                CanvasMetrics::kExternalHeight),
                         CanvasStyle::externalBorder());
    painter.end();
    update();
}

void OverviewWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF area = designArea();
    if (!m_picture.isNull())
        painter.drawPixmap(area.topLeft(), m_picture);
    const QRectF shown = visibleArea();
    if (!shown.isEmpty()) {
        painter.setPen(QPen(CanvasStyle::selectionColor(), 1.5));
        QColor fill = CanvasStyle::selectionColor();
        fill.setAlpha(40);
        painter.setBrush(fill);
        painter.drawRect(shown.adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void OverviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_timer.start();
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_view->centerOn(toScene(event->position()));
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_view->centerOn(toScene(event->position()));
}

} // namespace Netpol
