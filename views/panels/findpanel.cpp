#include "views/panels/findpanel.h"

#include "views/common/designsource.h"

#include "model/design/designsearch.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Netpol {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kNsRole = Qt::UserRole + 2;
constexpr int kNameRole = Qt::UserRole + 3;
constexpr int kIndexRole = Qt::UserRole + 4;
constexpr int kMaxShown = 500; // a list longer than this is not read; the count says how many

} // namespace

FindPanel::FindPanel(DesignSource *source, QWidget *parent)
    : QWidget(parent), m_source(source), m_query(new QLineEdit(this)),
      m_results(new QListWidget(this)), m_count(new QLabel(this))
{
    m_query->setObjectName(QStringLiteral("findQuery"));
    m_query->setPlaceholderText(tr("name, label (app=web), namespace, kind or CIDR"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("findResults"));
    m_results->setUniformItemSizes(true);
    m_count->setContentsMargins(4, 0, 4, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_query);
    layout->addWidget(m_count);
    layout->addWidget(m_results, 1);
    connect(m_query, &QLineEdit::textChanged, this, &FindPanel::search);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        activate(m_results->currentItem() ? m_results->currentItem() : m_results->item(0));
    });
    connect(m_results, &QListWidget::itemActivated, this, &FindPanel::activate);
    connect(m_results, &QListWidget::itemClicked, this, &FindPanel::activate);
    connect(source, &DesignSource::designChanged, this, [this] {
        if (isVisible() && !m_query->text().isEmpty())
            search();
    });
    search();
}

void FindPanel::startSearch()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

bool FindPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down walk the matches while typing goes on in the query.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_results->count() > 0) {
            const int row = std::clamp(m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1),
                                       0, m_results->count() - 1);
            m_results->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindPanel::search()
{
    m_results->clear();
    const std::vector<SearchMatch> matches = searchDesign(m_source->design(), m_query->text().toStdString());
    for (std::size_t i = 0; i < matches.size() && int(i) < kMaxShown; ++i) {
        const SearchMatch &m = matches[i];
        auto *item = new QListWidgetItem(QStringLiteral("%1  —  %2")
                                             .arg(QString::fromStdString(m.element.toString()),
                                                  QString::fromStdString(m.matched)),
                                         m_results);
        item->setData(kKindRole, int(m.element.kind));
        item->setData(kNsRole, QString::fromStdString(m.element.ns));
        item->setData(kNameRole, QString::fromStdString(m.element.name));
        item->setData(kIndexRole, m.element.index);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    if (m_query->text().trimmed().isEmpty())
        m_count->setText(tr("Type to search the design"));
    else if (int(matches.size()) > kMaxShown)
        m_count->setText(tr("%n match(es), the first %1 shown", nullptr, int(matches.size()))
                             .arg(kMaxShown));
    else
        m_count->setText(tr("%n match(es)", nullptr, int(matches.size())));
}

void FindPanel::activate(QListWidgetItem *item)
{
    if (!item)
        return;
    ElementRef element;
    element.kind = ElementRef::Kind(item->data(kKindRole).toInt());
    element.ns = item->data(kNsRole).toString().toStdString();
    element.name = item->data(kNameRole).toString().toStdString();
    element.index = item->data(kIndexRole).toInt();
    emit elementActivated(element);
}

} // namespace Netpol
