#include "views/canvas/welcomepanel.h"

#include "views/canvas/canvasstyle.h"
#include "views/common/designsource.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Netpol {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QToolButton *linkButton(const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

void clear(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

WelcomePanel::WelcomePanel(DesignSource *source, QWidget *viewport)
    : QFrame(viewport), m_source(source), m_templates(new QVBoxLayout), m_recent(new QVBoxLayout),
      m_examples(new QVBoxLayout)
{
    setObjectName(QStringLiteral("welcomePanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    auto *title = new QLabel(tr("Start a design"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *hint
        = new QLabel(tr("Drag a Namespace from the palette to draw from scratch, or:"), this);
    hint->setObjectName(QStringLiteral("welcomeHint"));

    auto column = [this](const QString &name, QVBoxLayout *items) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(heading(name, this));
        box->addLayout(items);
        box->addStretch(1);
        items->setSpacing(0);
        return box;
    };
    auto *open = linkButton(tr("Open…"), this);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    connect(open, &QToolButton::clicked, this, &WelcomePanel::openRequested);
    QVBoxLayout *openColumn = column(tr("Open"), m_recent);
    openColumn->insertWidget(1, open, 0, Qt::AlignLeft);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addLayout(column(tr("New from Template"), m_templates));
    columns->addLayout(openColumn);
    columns->addLayout(column(tr("Examples"), m_examples));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(8);
    layout->addLayout(columns);

    viewport->installEventFilter(this);
    connect(source, &DesignSource::designChanged, this, &WelcomePanel::updateVisibility);
    restyle();
    updateVisibility();
}

void WelcomePanel::fill(QVBoxLayout *column, const Entries &entries, const QString &objectPrefix,
                        void (WelcomePanel::*signal)(const QString &))
{
    clear(column);
    for (const auto &[id, title] : entries) {
        QToolButton *button = linkButton(title, this);
        button->setObjectName(objectPrefix + id);
        connect(button, &QToolButton::clicked, this,
                [this, signal, id] { emit(this->*signal)(id); });
        column->addWidget(button, 0, Qt::AlignLeft);
    }
    adjustSize();
    place();
}

void WelcomePanel::setTemplates(const Entries &templates)
{
    fill(m_templates, templates, QStringLiteral("welcome:"), &WelcomePanel::templateChosen);
}

void WelcomePanel::setExamples(const Entries &examples)
{
    fill(m_examples, examples, QStringLiteral("welcome:"), &WelcomePanel::exampleChosen);
}

void WelcomePanel::setRecentFiles(const QStringList &paths)
{
    Entries entries;
    for (const QString &path : paths)
        entries.append({path, QFileInfo(path).fileName()});
    fill(m_recent, entries, QStringLiteral("welcomeRecent:"), &WelcomePanel::recentChosen);
    for (int i = 0; i < m_recent->count(); ++i) {
        if (QWidget *w = m_recent->itemAt(i)->widget())
            w->setToolTip(paths.value(i));
    }
    if (paths.isEmpty()) {
        auto *none = new QLabel(tr("No recent files"), this);
        none->setEnabled(false);
        m_recent->addWidget(none);
    }
}

void WelcomePanel::updateVisibility()
{
    const Design &d = m_source->design();
    setVisible(d.namespaces.empty() && d.externals.empty());
    if (isVisible()) {
        raise();
        place();
    }
}

void WelcomePanel::place()
{
    const QWidget *viewport = parentWidget();
    const QSize size = sizeHint().boundedTo(viewport->size() - QSize(20, 20));
    resize(size);
    move((viewport->width() - size.width()) / 2, (viewport->height() - size.height()) / 2);
}

bool WelcomePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

bool WelcomePanel::event(QEvent *event)
{
    const bool handled = QFrame::event(event);
    // Polished, or its entries changed: its size follows its contents.
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)
        place();
    return handled;
}

void WelcomePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        restyle();
    QFrame::changeEvent(event);
}

void WelcomePanel::restyle()
{
    // A card in the canvas's colours, so it belongs to the theme the canvas is drawn in.
    QPalette p = palette();
    p.setColor(QPalette::Window, CanvasStyle::cardFill());
    p.setColor(QPalette::WindowText, CanvasStyle::textColor());
    p.setColor(QPalette::ButtonText, CanvasStyle::linkColor());
    p.setColor(QPalette::Button, CanvasStyle::cardFill());
    if (p != palette())
        setPalette(p);
    const QString sheet
        = QStringLiteral("QFrame#welcomePanel { background: %1; border: 1px solid %2;"
                         " border-radius: 8px; }"
                         " QToolButton { color: %3; border: none; padding: 3px 6px; }"
                         " QToolButton:hover { text-decoration: underline; }")
              .arg(CanvasStyle::cardFill().name(), CanvasStyle::current().cardBorder.name(),
                   CanvasStyle::linkColor().name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

} // namespace Netpol
