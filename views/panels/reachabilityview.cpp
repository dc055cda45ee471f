#include "views/panels/reachabilityview.h"

#include "views/canvas/backgroundpool.h"
#include "views/canvas/connectionelements.h"
#include "views/common/designsource.h"
#include "views/panels/reachabilitymodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Netpol {

namespace {

bool darkPalette(const QWidget *widget)
{
    return widget->palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

ReachabilityView::ReachabilityView(DesignSource *source, QWidget *parent)
    : QWidget(parent), m_source(source), m_model(new ReachabilityModel(this)),
      m_table(new QTableView(this)), m_mode(new QComboBox(this)), m_port(new QSpinBox(this)),
      m_protocol(new QComboBox(this)), m_rowFilter(new QComboBox(this)),
      m_columnFilter(new QComboBox(this)), m_summary(new QLabel(this)),
      m_explanation(new QPlainTextEdit(this))
{
    m_mode->setObjectName(QStringLiteral("matrixMode"));
    m_mode->addItems({tr("Any port"), tr("Port:")});
    m_mode->setToolTip(tr("Any port: a cell lists the allowed ports. Port: allowed or denied on "
                          "one port and protocol"));
    m_port->setObjectName(QStringLiteral("matrixPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(443);
    for (Protocol p : {Protocol::TCP, Protocol::UDP, Protocol::SCTP})
        m_protocol->addItem(QString::fromStdString(std::string(protocolName(p))), int(p));
    m_rowFilter->setObjectName(QStringLiteral("matrixRows"));
    m_rowFilter->setToolTip(tr("The senders shown (rows)"));
    m_columnFilter->setObjectName(QStringLiteral("matrixColumns"));
    m_columnFilter->setToolTip(tr("The receivers shown (columns)"));
    m_summary->setObjectName(QStringLiteral("matrixSummary"));

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(6, 3, 6, 3);
    controls->addWidget(m_mode);
    controls->addWidget(m_port);
    controls->addWidget(m_protocol);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("From:"), this));
    controls->addWidget(m_rowFilter);
    controls->addWidget(new QLabel(tr("To:"), this));
    controls->addWidget(m_columnFilter);
    controls->addStretch(1);
    controls->addWidget(m_summary);

    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setMouseTracking(true);
    // Fixed sizes: no pass over a thousand sections to measure them.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->verticalHeader()->setFixedWidth(200);
    m_table->verticalHeader()->setTextElideMode(Qt::ElideMiddle);
    m_explanation->setObjectName(QStringLiteral("matrixExplanation"));
    m_explanation->setReadOnly(true);
    m_explanation->setPlaceholderText(tr("Click a cell for the reasons per side."));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_explanation);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    const auto modeChanged = [this] { applyMode(); };
    connect(m_mode, &QComboBox::currentIndexChanged, this, modeChanged);
    connect(m_port, &QSpinBox::valueChanged, this, modeChanged);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, modeChanged);
    connect(m_rowFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setRowFilter(m_rowFilter->currentData().toString()); });
    connect(m_columnFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setColumnFilter(m_columnFilter->currentData().toString()); });
    connect(m_table, &QTableView::clicked, this, &ReachabilityView::showExplanation);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReachabilityView::showExplanation);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QList<ElementRef> elements = elementsFor(index);
        if (!elements.isEmpty())
            emit elementsActivated(elements);
    });

    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &ReachabilityView::refresh);
    connect(source, &DesignSource::designChanged, this, &ReachabilityView::schedule);
    connect(source, &DesignSource::designReset, this, &ReachabilityView::schedule);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const ReachabilityData>>::finished, this,
            [this] {
                if (m_again) { // the design changed meanwhile: this result is already old
                    m_again = false;
                    refresh();
                    return;
                }
                showData(m_watcher.result());
            });
    m_model->setDarkPalette(darkPalette(this));
    applyMode();
}

void ReachabilityView::schedule()
{
    m_stale = true;
    if (isVisible())
        m_timer.start();
}

void ReachabilityView::refresh()
{
    m_timer.stop();
    m_stale = false;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_summary->setText(tr("computing…"));
    // The future replaced may hold a result never shown (the design changed meanwhile): the
    // worker frees it, as showData() frees the one replaced on screen.
    QFuture<std::shared_ptr<const ReachabilityData>> previous = m_watcher.future();
    m_watcher.setFuture(
        QtConcurrent::run(backgroundPool(), computeReachability, m_source->design()));
    backgroundPool()->start([previous = std::move(previous)]() mutable { previous = {}; });
}

void ReachabilityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_watcher.isRunning())
        m_timer.start(0);
}

void ReachabilityView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_model->setDarkPalette(darkPalette(this));
}

void ReachabilityView::showData(std::shared_ptr<const ReachabilityData> data)
{
    const QString rows = m_rowFilter->currentData().toString();
    const QString columns = m_columnFilter->currentData().toString();
    // The matrix it replaces is freed in a worker: on the UI thread it stalled the window
    // after every edit of a large design (bench_designer).
    std::shared_ptr<const ReachabilityData> old = m_model->setData(std::move(data));
    if (old)
        backgroundPool()->start([old = std::move(old)]() mutable { old.reset(); });
    fillFilters();
    // Keep the filters where the namespaces still exist.
    m_rowFilter->setCurrentIndex(std::max(0, m_rowFilter->findData(rows)));
    m_columnFilter->setCurrentIndex(std::max(0, m_columnFilter->findData(columns)));
    const ReachabilityData *d = m_model->reachability();
    m_summary->setText(tr("%1, %2", "endpoints, connections")
                           .arg(tr("%n endpoint(s)", nullptr, int(d->size())),
                                tr("%n connection(s)", nullptr, int(d->connectionCount()))));
    m_explanation->clear();
    emit updated();
}

void ReachabilityView::fillFilters()
{
    const QStringList namespaces = m_model->reachability()->namespaces();
    for (QComboBox *box : {m_rowFilter, m_columnFilter}) {
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("all"), QString());
        for (const QString &ns : namespaces)
            box->addItem(ns, ns);
        box->addItem(tr("addresses outside"), ReachabilityModel::addressesFilter());
    }
}

void ReachabilityView::setRowFilter(const QString &ns)
{
    m_rowFilter->setCurrentIndex(std::max(0, m_rowFilter->findData(ns)));
    m_model->setRowFilter(m_rowFilter->currentData().toString());
}

void ReachabilityView::setColumnFilter(const QString &ns)
{
    m_columnFilter->setCurrentIndex(std::max(0, m_columnFilter->findData(ns)));
    m_model->setColumnFilter(m_columnFilter->currentData().toString());
}

void ReachabilityView::setPort(const std::optional<MatrixPort> &port)
{
    const QSignalBlocker a(m_mode), b(m_port), c(m_protocol);
    m_mode->setCurrentIndex(port ? 1 : 0);
    if (port) {
        m_port->setValue(port->port);
        m_protocol->setCurrentIndex(m_protocol->findData(int(port->protocol)));
    }
    applyMode();
}

void ReachabilityView::applyMode()
{
    const bool onePort = m_mode->currentIndex() == 1;
    m_port->setEnabled(onePort);
    m_protocol->setEnabled(onePort);
    m_model->setPort(onePort ? std::optional<MatrixPort>(MatrixPort{
                                   m_port->value(), Protocol(m_protocol->currentData().toInt())})
                             : std::nullopt);
    showExplanation(m_table->currentIndex());
}

void ReachabilityView::showExplanation(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_explanation->clear();
        return;
    }
    m_explanation->setPlainText(m_model->data(index, Qt::ToolTipRole).toString());
}

QList<ElementRef> ReachabilityView::elementsFor(const QModelIndex &index) const
{
    const ReachabilityData *d = m_model->reachability();
    if (!d || !index.isValid())
        return {};
    const int from = m_model->endpointOfRow(index.row());
    const int to = m_model->endpointOfColumn(index.column());
    if (d->isSelf(from, to))
        return elementsOfEndpoint(m_source->design(), d->endpoint(from));
    return connectionSelection(m_source->design(), d->endpoint(from), d->endpoint(to));
}

} // namespace Netpol
