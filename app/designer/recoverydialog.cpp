#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Netpol {

RecoveryDialog::RecoveryDialog(const QString &directory, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Recover Unsaved Work"));
    for (const QString &path : Recovery::files(directory)) {
        auto lock = std::make_unique<QLockFile>(Recovery::lockPath(path));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue; // a running window keeps this design
        m_entries.append(Recovery::read(path));
        m_locks.push_back(std::move(lock));
    }

    auto *intro = new QLabel(
        tr("Netpol Designer did not close normally. These designs had changes that were not "
           "saved; restore them to go on where you left off."),
        this);
    intro->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Design"), tr("Original file"), tr("Last autosave")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setObjectName(QStringLiteral("recoveryList"));

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(tr("Discard"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(tr("Decide Later"), QDialogButtonBox::RejectRole);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_discard->setObjectName(QStringLiteral("discard"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int index = currentIndex();
        if (index >= 0 && m_entries[index].isValid())
            emit restoreRequested(m_entries[index]);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const int index = currentIndex();
        if (index < 0)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Discard Recovered Design"),
            tr("Discard the unsaved changes of \"%1\"? They cannot be recovered afterwards.")
                .arg(m_entries[index].designName));
        if (answer == QMessageBox::Yes)
            forget(m_entries[index].path);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const int index = currentIndex();
        m_restore->setEnabled(index >= 0 && m_entries[index].isValid());
        m_discard->setEnabled(index >= 0);
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, m_restore, &QPushButton::click);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 300);
    fillList();
}

RecoveryDialog::~RecoveryDialog() = default; // the locks of files left for later are released

void RecoveryDialog::fillList()
{
    m_list->clear();
    const QLocale locale;
    for (const RecoveryEntry &entry : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(m_list);
        if (!entry.isValid()) {
            item->setText(0, tr("(unreadable)"));
            item->setText(1, entry.path);
            item->setText(2, entry.error);
            continue;
        }
        item->setText(0, entry.designName);
        item->setText(1, entry.originalFile.isEmpty() ? tr("never saved") : entry.originalFile);
        item->setToolTip(1, entry.originalFile);
        item->setText(2, locale.toString(entry.savedAt, QLocale::ShortFormat));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

int RecoveryDialog::currentIndex() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? m_list->indexOfTopLevelItem(item) : -1;
}

void RecoveryDialog::forget(const QString &path)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].path != path)
            continue;
        m_locks[std::size_t(i)]->unlock();
        Recovery::remove(path);
        m_locks.erase(m_locks.begin() + i);
        m_entries.removeAt(i);
        break;
    }
    fillList();
    if (m_entries.isEmpty())
        accept();
}

} // namespace Netpol
