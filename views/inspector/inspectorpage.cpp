#include "views/inspector/inspectorpage.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Netpol {

InspectorPage::InspectorPage(const QString &title, QWidget *parent)
    : QWidget(parent), m_subtitle(new QLabel(this)), m_form(new QFormLayout)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    heading->setFont(font);
    m_subtitle->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setVerticalSpacing(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(4);
    layout->addWidget(heading);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addLayout(m_form);
    layout->addStretch(1);
}

void InspectorPage::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
    m_subtitle->setVisible(!text.isEmpty());
}

} // namespace Netpol
