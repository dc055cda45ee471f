#pragma once

#include "model/core/diagnostic.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace Netpol {

class DesignSource;

// Find: a query (name, label, namespace, kind or CIDR; several words must all match) and the
// elements it matches. Enter or a click on a match asks for it to be selected and centred.
class FindPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindPanel(DesignSource *source, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QListWidget *results() const { return m_results; }
    // Focuses the query with its text selected, ready for a new search.
    void startSearch();

signals:
    void elementActivated(const Netpol::ElementRef &element);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void activate(QListWidgetItem *item);

    DesignSource *m_source;
    QLineEdit *m_query;
    QListWidget *m_results;
    QLabel *m_count;
};

} // namespace Netpol
