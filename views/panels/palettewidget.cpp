#include "views/panels/palettewidget.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/designscene.h"

#include "model/design/elementtemplate.h"

#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>

#include <algorithm>

namespace Netpol {

using namespace CanvasStyle;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kDesignRole = Qt::UserRole + 2; // a whole design to start from

void drawNamespaceIcon(QPainter &p, bool managed)
{
    QPen pen(managed ? managedBorder() : unmanagedBorder(), 1.6);
    if (!managed)
        pen.setStyle(Qt::DashLine);
    p.setPen(Qt::NoPen);
    p.setBrush(managed ? managedFill() : unmanagedFill());
    p.drawRoundedRect(QRectF(3, 5, 26, 22), 4, 4);
    p.setBrush(managed ? managedHeader() : unmanagedHeader());
    p.drawRect(QRectF(3.8, 5.8, 24.4, 6));
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(3, 5, 26, 22), 4, 4);
}

void drawWorkloadIcon(QPainter &p, const QColor &accent)
{
    p.setPen(QPen(current().cardBorder, 1.2));
    p.setBrush(cardFill());
    p.drawRoundedRect(QRectF(3, 8, 26, 17), 3, 3);
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    p.drawRoundedRect(QRectF(3, 8, 5, 17), 2, 2);
    p.setBrush(QColor(0x9a, 0xa5, 0xb1));
    p.drawRect(QRectF(11, 12, 14, 2.5));
    p.drawRect(QRectF(11, 18, 9, 2));
}

void drawExternalIcon(QPainter &p)
{
    p.setPen(QPen(externalBorder(), 1.4));
    p.setBrush(externalFill());
    p.drawEllipse(QPointF(16, 16), 11, 11);
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(16, 16), 5, 11);
    p.drawLine(QPointF(5, 16), QPointF(27, 16));
}

} // namespace

// The entries' names and tooltips are the window's text, so they are translated here; the
// workload kinds (Deployment, StatefulSet, ...) stay as Kubernetes spells them.
QString PaletteWidget::titleFor(const ElementTemplate &t)
{
    switch (t.type) {
    case ElementTemplate::Type::Namespace:
        return tr("Namespace");
    case ElementTemplate::Type::Workload:
        break;
    case ElementTemplate::Type::External:
        return tr("External (CIDR)");
    case ElementTemplate::Type::IngressController:
        return tr("Ingress controller");
    case ElementTemplate::Type::ClusterDns:
        return tr("Cluster DNS");
    }
    return QString::fromStdString(t.title());
}

QString PaletteWidget::descriptionFor(const ElementTemplate &t)
{
    switch (t.type) {
    case ElementTemplate::Type::Namespace:
        return tr("A managed namespace: default deny for ingress and egress, DNS allowed.");
    case ElementTemplate::Type::Workload:
        return tr("A %1: drop it inside a namespace. Its pod labels select it in policies.",
                  "%1 is a workload kind: Deployment, StatefulSet, DaemonSet, Pod, ...")
            .arg(QString::fromStdString(t.title()));
    case ElementTemplate::Type::External:
        return tr("A peer outside the cluster, reached as an ipBlock (CIDR).");
    case ElementTemplate::Type::IngressController:
        return tr("The ingress-nginx namespace (unmanaged) with its controller.");
    case ElementTemplate::Type::ClusterDns:
        return tr("The kube-system namespace (unmanaged) with CoreDNS (k8s-app: kube-dns).");
    }
    return QString::fromStdString(t.description());
}

QIcon PaletteWidget::iconFor(const QString &templateId)
{
    const auto t = parseTemplateId(templateId.toStdString());
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(2, 2);
    if (t) {
        switch (t->type) {
        case ElementTemplate::Type::Namespace:
            drawNamespaceIcon(p, true);
            break;
        case ElementTemplate::Type::Workload:
            drawWorkloadIcon(p, kindColor(t->workloadKind));
            break;
        case ElementTemplate::Type::External:
            drawExternalIcon(p);
            break;
        case ElementTemplate::Type::IngressController:
        case ElementTemplate::Type::ClusterDns:
            drawNamespaceIcon(p, false);
            p.scale(0.5, 0.5);
            p.translate(14, 22);
            drawWorkloadIcon(p, kindColor(WorkloadKind::Deployment));
            break;
        }
    }
    p.end();
    return QIcon(pixmap);
}

PaletteWidget::PaletteWidget(QWidget *parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setSelectionMode(SingleSelection);
    setIconSize(QSize(32, 32));
    setSpacing(1);
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);

    auto addSection = [this](const QString &title) {
        auto *item = new QListWidgetItem(title.toUpper(), this);
        item->setFlags(Qt::NoItemFlags);
        QFont font = item->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setBold(true);
        item->setFont(font);
        item->setForeground(mutedText());
    };
    addSection(tr("Structure"));
    bool workloadsShown = false;
    bool presetsShown = false;
    for (const ElementTemplate &t : paletteTemplates()) {
        if (t.type == ElementTemplate::Type::Workload && !workloadsShown) {
            addSection(tr("Workloads"));
            workloadsShown = true;
        }
        if ((t.type == ElementTemplate::Type::IngressController
             || t.type == ElementTemplate::Type::ClusterDns)
            && !presetsShown) {
            addSection(tr("Presets"));
            presetsShown = true;
        }
        if (t.type == ElementTemplate::Type::External)
            addSection(tr("Outside the cluster"));
        const QString id = QString::fromStdString(t.id());
        auto *item = new QListWidgetItem(iconFor(id), titleFor(t), this);
        item->setData(kIdRole, id);
        item->setToolTip(descriptionFor(t));
        item->setStatusTip(descriptionFor(t));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    // Room for the longest entry and section title (German and French names run longer than
    // English ones): the dock is never narrower than its text, so no entry is cut short.
    int widest = 0;
    for (int i = 0; i < count(); ++i) {
        const QListWidgetItem *entry = item(i);
        const int icon = entry->icon().isNull() ? 0 : iconSize().width() + 6;
        widest = std::max(widest, QFontMetrics(entry->font()).horizontalAdvance(entry->text()) + icon);
    }
    setMinimumWidth(widest + 2 * spacing() + 2 * frameWidth() + 12
                    + verticalScrollBar()->sizeHint().width());
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(kIdRole).toString();
        const QString design = item->data(kDesignRole).toString();
        if (!id.isEmpty())
            emit templateActivated(id);
        else if (!design.isEmpty())
            emit designTemplateActivated(design);
    });
}

void PaletteWidget::addDesignTemplates(const Entries &templates)
{
    // After the element presets, the last section.
    for (const Entry &entry : templates) {
        auto *item = new QListWidgetItem(designIcon(), entry.title);
        item->setData(kDesignRole, entry.id);
        const QString tip = tr("%1\nDouble-click to start a new design from this template.")
                                .arg(entry.description);
        item->setToolTip(tip);
        item->setStatusTip(entry.description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        addItem(item);
    }
}

QIcon PaletteWidget::designIcon()
{
    // Two namespaces and a flow: a whole design.
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(2, 2);
    p.save();
    p.scale(0.6, 0.6);
    drawNamespaceIcon(p, true);
    p.translate(22, 22);
    drawNamespaceIcon(p, true);
    p.restore();
    p.setPen(QPen(flowColor(), 1.4));
    p.drawLine(QPointF(10, 17), QPointF(19, 21));
    p.end();
    return QIcon(pixmap);
}

void PaletteWidget::refreshIcons()
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *entry = item(i);
        const QString id = entry->data(kIdRole).toString();
        if (!id.isEmpty())
            entry->setIcon(iconFor(id));
        else if (!entry->data(kDesignRole).toString().isEmpty())
            entry->setIcon(designIcon());
        else
            entry->setForeground(mutedText()); // a section title
    }
}

QStringList PaletteWidget::mimeTypes() const
{
    return {QString::fromLatin1(DesignScene::kTemplateMimeType)};
}

QMimeData *PaletteWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(DesignScene::kTemplateMimeType),
                  items.first()->data(kIdRole).toString().toUtf8());
    return mime;
}

} // namespace Netpol
