#pragma once

#include <QPixmap>
#include <QRectF>
#include <QTimer>
#include <QWidget>

namespace Netpol {

class DesignScene;
class DesignView;

// The overview (minimap): the whole design, small, with the part the canvas shows framed.
// A click or a drag moves the canvas there. The design is drawn into a picture once a change
// has settled (a large design costs a frame of its own), the frame follows the view at once.
class OverviewWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 500;

    OverviewWidget(DesignScene *scene, DesignView *view, QWidget *parent = nullptr);

    // Where the design's bounds are drawn, and the canvas's visible part, in widget pixels.
    QRectF designArea() const;
    QRectF visibleArea() const;
    QPointF toScene(QPointF widgetPos) const;
    void redrawNow();

    QSize sizeHint() const override { return {220, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    DesignScene *m_scene;
    DesignView *m_view;
    QTimer m_timer;
    QPixmap m_picture;
    QRectF m_bounds; // the scene rectangle the picture shows
};

} // namespace Netpol
