#pragma once

#include "model/analysis/connectiondiff.h"

#include <QGraphicsObject>
#include <QObject>
#include <QPointer>

#include <vector>

namespace Netpol {

class DesignScene;

// Compare mode on the canvas: the connections the design adds are drawn in blue (solid, "+"),
// the ones it removes as ghost flows in vermillion (dashed, "−"), changed ones in purple
// (dash-dot, "~ before → after"), each with its change in the tooltip, over the design's flows,
// which are faded meanwhile. The colours are apart for colour-blind eyes and the line styles
// and signs tell the kinds apart without colour. Only what has elements on the canvas is
// drawn (an address set as the externals that hold it); clear() restores the normal view.
class CompareOverlay : public QObject
{
    Q_OBJECT

public:
    static constexpr double kFadedFlowOpacity = 0.25;

    explicit CompareOverlay(DesignScene *scene);
    ~CompareOverlay() override;

    // Draws these changes instead of the ones shown (and fades the design's flows).
    void show(const std::vector<ConnectionChange> &changes);
    void clear();
    bool isActive() const { return m_active; }
    // The lines drawn per kind of change (an end with several elements draws several).
    int lineCount(ConnectionChange::Kind kind) const;
    // The change each drawn line stands for, in drawing order (for tests and the list dock).
    const std::vector<ConnectionChange::Kind> &drawnKinds() const { return m_drawn; }

private:
    void setFlowsFaded(bool faded);

    DesignScene *m_scene;
    QPointer<QGraphicsObject> m_layer; // the scene may delete it (a rebuild clears the scene)
    std::vector<ConnectionChange::Kind> m_drawn;
    bool m_active = false;
};

} // namespace Netpol
