#pragma once

#include "recoveryfile.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <vector>

class QLockFile;
class QPushButton;
class QTreeWidget;

namespace Netpol {

// "Recover Unsaved Work": the recovery files that no running window holds (left by a crash),
// each with its design's name, original file and time, to restore or discard. While the dialog
// is open it holds their locks, so a second instance starting meanwhile does not offer them too.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    // Takes the locks of the orphaned recovery files of `directory`.
    explicit RecoveryDialog(const QString &directory, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    // The recovery files found (and locked), newest first.
    const QList<RecoveryEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // Removes a restored or discarded file and drops it from the list; the dialog closes when
    // the list is empty.
    void forget(const QString &path);

signals:
    // The user chose to restore `entry`; the receiver calls forget() once it holds the design.
    void restoreRequested(const Netpol::RecoveryEntry &entry);

private:
    void fillList();
    int currentIndex() const;

    QList<RecoveryEntry> m_entries;
    std::vector<std::unique_ptr<QLockFile>> m_locks; // parallel to m_entries
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_discard;
};

} // namespace Netpol
