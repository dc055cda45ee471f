#pragma once

#include "model/core/diagnostic.h"
#include "model/design/design.h"

#include <QObject>

#include <functional>
#include <QString>

namespace Netpol {

// A flow the design does not have but may want: a half-open connection of the manifests it was
// imported from (one side allows it, the other refuses). Drawn dashed, never generated.
struct SuggestedFlow
{
    Flow flow;
    QString badge;   // "half-open: egress only"
    QString tooltip; // the finding that reported it
};

// What the views show: a design and the news of its changes. The designer's document
// implements it; views read the design, listen, and never change it (they emit requests).
//
// An edit is reported as the sequence of its element changes, each signalled right after it
// was made (indexes are those of that moment, as with QAbstractItemModel), then designChanged
// once. Views that only need the final state can wait for designChanged.
class DesignSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual const Design &design() const = 0;
    virtual QString fileName() const = 0; // empty for a design never saved
    // The findings shown in the diagnostics dock.
    virtual Diagnostics diagnostics() const = 0;
    // The same findings as a job to run in another thread: it holds a snapshot of what it
    // needs and never reads the source, which goes on changing.
    virtual std::function<Diagnostics()> diagnosticsJob() const
    {
        return [found = diagnostics()] { return found; };
    }
    virtual std::vector<SuggestedFlow> suggestedFlows() const { return {}; }

signals:
    void designReset(); // a new or opened design: everything changed
    void elementInserted(Netpol::ElementRef::Kind kind, int index);
    void elementRemoved(Netpol::ElementRef::Kind kind, int index);
    void elementChanged(Netpol::ElementRef::Kind kind, int index);
    void optionsChanged();
    void metadataChanged();
    void guardrailsChanged(); // the `guardrails:` list changed (any of it)
    void designChanged(); // once after every edit and after a reset
    void fileNameChanged(const QString &fileName);
    void diagnosticsChanged();  // findings changed without a design edit (dismissed)
    void suggestionsChanged(); // suggestedFlows() changed
};

} // namespace Netpol
