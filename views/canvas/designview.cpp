#include "views/canvas/designview.h"

#include "views/canvas/bundleitem.h"
#include "views/canvas/designscene.h"
#include "views/common/designsource.h"

#include "views/canvas/canvasstyle.h"

#include <QDragEnterEvent>
#include <QGraphicsItem>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMetaMethod>
#include <QMimeData>
#include <QScrollBar>
#include <QTimer>
#include <QUrl>
#include <QWheelEvent>

#include <cmath>

namespace Netpol {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 4.0;

bool isDesignFile(const QUrl &url)
{
    return url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".yaml"));
}

} // namespace

DesignView::DesignView(DesignScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene), m_notice(new QLabel(this)),
      m_noticeTimer(new QTimer(this))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(SmartViewportUpdate);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);

    m_notice->setObjectName(QStringLiteral("canvasNotice"));
    m_notice->setStyleSheet(QStringLiteral(
        "QLabel#canvasNotice { background: #fdecea; color: #8a1c1c; border: 1px solid #e8a6a0;"
        " border-radius: 6px; padding: 6px 10px; }"));
    m_notice->setWordWrap(true);
    m_notice->setMaximumWidth(420);
    m_notice->hide();
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(3500);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);
    connect(scene, &DesignScene::refused, this, &DesignView::showNotice);
    connect(this, &DesignView::zoomChanged, scene,
            [scene](double zoom) { scene->setZoomedOut(zoom < BundleItem::kZoom); });
    connect(scene, &DesignScene::connectModeChanged, this, [this] { updateDragMode(); });
}

void DesignView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(zoom, zoom));
    emit zoomChanged(zoom);
}

void DesignView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    scale(target / zoom(), target / zoom());
    emit zoomChanged(zoom());
}

void DesignView::zoomIn()
{
    zoomBy(1.25);
}

void DesignView::zoomOut()
{
    zoomBy(1 / 1.25);
}

void DesignView::resetZoom()
{
    setZoom(1.0);
}

void DesignView::fitToView()
{
    QRectF bounds = m_scene->designBounds();
    if (bounds.isNull())
        return;
    bounds.adjust(-40, -40, 40, 40);
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.0) // a small design is shown at its natural size, not blown up
        setZoom(1.0);
    centerOn(bounds.center());
    emit zoomChanged(zoom());
}

void DesignView::centerOnItem(QGraphicsItem *item)
{
    if (item)
        centerOn(item->sceneBoundingRect().center());
}

void DesignView::showNotice(const QString &text, QPointF scenePos)
{
    m_notice->setText(text);
    m_notice->adjustSize();
    QPoint at(16, 16);
    if (!scenePos.isNull()) {
        at = mapFromScene(scenePos) + QPoint(16, 16);
        at.setX(std::clamp(at.x(), 8, std::max(8, width() - m_notice->width() - 8)));
        at.setY(std::clamp(at.y(), 8, std::max(8, height() - m_notice->height() - 8)));
    }
    m_notice->move(at);
    m_notice->show();
    m_notice->raise();
    m_noticeTimer->start();
}

void DesignView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0 || (event->modifiers() & Qt::ShiftModifier)) {
        QGraphicsView::wheelEvent(event); // horizontal wheels and Shift scroll
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void DesignView::keyPressEvent(QKeyEvent *event)
{
    const bool fine = event->modifiers() & Qt::ShiftModifier;
    const double step = fine ? 1 : 20;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -step};
        break;
    case Qt::Key_Down:
        delta = {0, step};
        break;
    case Qt::Key_Escape:
        if (m_scene->isPickingFlow())
            m_scene->cancelFlowPick();
        else if (m_scene->isConnectMode())
            m_scene->setConnectMode(false);
        else
            m_scene->clearSelection();
        event->accept();
        return;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            updateDragMode();
        }
        event->accept();
        return;
    default:
        break;
    }
    if (!delta.isNull() && !m_scene->selectedItems().isEmpty()) {
        m_scene->nudgeSelection(delta);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        updateDragMode();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DesignView::updateDragMode()
{
    if (m_spaceHeld)
        setDragMode(ScrollHandDrag);
    else
        setDragMode(m_scene->isConnectMode() ? NoDrag : RubberBandDrag);
    viewport()->setCursor(m_scene->isConnectMode() && !m_spaceHeld ? Qt::CrossCursor
                                                                   : Qt::ArrowCursor);
}

void DesignView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const QPoint d = now - m_panLast;
        m_panLast = now;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        updateDragMode();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignView::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), isDesignFile)) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragEnterEvent(event);
}

void DesignView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragMoveEvent(event);
}

void DesignView::dropEvent(QDropEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : event->mimeData()->urls()) {
            if (isDesignFile(url))
                paths << url.toLocalFile();
        }
        event->acceptProposedAction();
        if (!paths.isEmpty())
            emit filesDropped(paths);
        return;
    }
    QGraphicsView::dropEvent(event);
}

void DesignView::contextMenuEvent(QContextMenuEvent *event)
{
    // Right-clicking an element that is not selected works on that element alone.
    QGraphicsItem *item = itemAt(event->pos());
    while (item && !(item->flags() & QGraphicsItem::ItemIsSelectable))
        item = item->parentItem();
    if (item && !item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    m_scene->cancelFlowPick();
    if (isSignalConnected(QMetaMethod::fromSignal(&DesignView::contextMenuRequested))) {
        emit contextMenuRequested(mapToScene(event->pos()), event->globalPos());
        return;
    }
    if (actions().isEmpty())
        return;
    QMenu menu(this);
    menu.addActions(actions());
    menu.exec(event->globalPos());
}

} // namespace Netpol
