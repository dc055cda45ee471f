#pragma once

#include <QGraphicsView>
#include <QPointer>

class QLabel;
class QTimer;

namespace Netpol {

class DesignScene;

// The canvas widget: wheel zoom around the cursor, zoom keys and fit, panning with the middle
// button or Space + drag, rubber-band selection, arrow-key nudges, Escape to stop connecting,
// notices for refused gestures, and design files dropped on it.
class DesignView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DesignView(DesignScene *scene, QWidget *parent = nullptr);

    DesignScene *designScene() const { return m_scene; }
    double zoom() const { return transform().m11(); }
    void setZoom(double zoom);

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToView();
    void centerOnItem(QGraphicsItem *item);
    // A short message over the canvas, near `scenePos` (or at the top when it is null).
    void showNotice(const QString &text, QPointF scenePos = {});

signals:
    void zoomChanged(double zoom);
    void filesDropped(const QStringList &paths);
    // A right-click at a scene point, the element there already selected: the window shows
    // the menu for it (without a receiver the view shows its own actions).
    void contextMenuRequested(QPointF scenePos, QPoint globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void zoomBy(double factor);
    void updateDragMode();

    DesignScene *m_scene;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    QLabel *m_notice;
    QTimer *m_noticeTimer;
};

} // namespace Netpol
