// What a field shows is what is applied: a rejected value is marked on the field with its
// message under it, kept only while the field has focus, and Esc puts the applied value back;
// duplicate names are caught while typing.

#include "viewtestsupport.h"

#include "document.h"
#include "editcontroller.h"
#include "views/inspector/fieldedit.h"
#include "views/inspector/inspectorwidget.h"
#include "views/inspector/namespacepage.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QVBoxLayout>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

// An inspector in a window, editing the first namespace of the seed's example, with a second
// focusable widget to move the focus to.
class FieldsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        bool ok = false;
        m_document.open(QString::fromStdString(examplePath("production.netpol.yaml")), &ok);
        ASSERT_TRUE(ok);
        m_inspector = new InspectorWidget(&m_document);
        m_other = new QPushButton(QStringLiteral("elsewhere"));
        auto *layout = new QVBoxLayout(&m_window);
        layout->addWidget(m_inspector);
        layout->addWidget(m_other);
        QObject::connect(m_inspector, &InspectorWidget::elementEdited, &m_controller,
                         &EditController::editElement);
        m_window.resize(360, 700);
        m_window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
        m_inspector->setSelection({refTo(m_document.design(), ElementRef::Kind::Namespace, 0)});
        m_name = m_inspector->namespacePage()->nameEdit();
        m_name->lineEdit()->setFocus();
        ASSERT_TRUE(waitUntil([&] { return m_name->lineEdit()->hasFocus(); }));
    }

    QLabel *message() const { return m_name->findChild<QLabel *>(QStringLiteral("fieldMessage")); }
    std::string applied() const { return m_document.design().namespaces[0].name; }

    Document m_document;
    EditController m_controller{&m_document};
    QWidget m_window;
    InspectorWidget *m_inspector = nullptr;
    QPushButton *m_other = nullptr;
    FieldEdit *m_name = nullptr;
};

} // namespace

TEST_F(FieldsTest, ARejectedValueIsMarkedOnTheFieldWithItsMessageUnderIt)
{
    QTest::keyClicks(m_name->lineEdit(), QStringLiteral("_x"));
    ASSERT_FALSE(m_name->error().isEmpty());
    ASSERT_NE(message(), nullptr);
    EXPECT_TRUE(message()->isVisible());
    EXPECT_EQ(message()->text(), m_name->error());
    EXPECT_TRUE(m_name->lineEdit()->styleSheet().contains(QStringLiteral("border")));
    // Right under the field.
    EXPECT_GE(message()->geometry().top(), m_name->lineEdit()->geometry().bottom());
    // Enter keeps the text to fix, and applies nothing.
    QTest::keyClick(m_name->lineEdit(), Qt::Key_Return);
    EXPECT_EQ(m_name->text(), QStringLiteral("production_x"));
    EXPECT_EQ(applied(), "production");
}

TEST_F(FieldsTest, EscPutsTheAppliedValueBack)
{
    QTest::keyClicks(m_name->lineEdit(), QStringLiteral("_x"));
    ASSERT_FALSE(m_name->error().isEmpty());
    QTest::keyClick(m_name->lineEdit(), Qt::Key_Escape);
    EXPECT_EQ(m_name->text(), QStringLiteral("production"));
    EXPECT_TRUE(m_name->error().isEmpty());
    EXPECT_FALSE(message()->isVisible());
    // A valid but unapplied text goes back too.
    QTest::keyClicks(m_name->lineEdit(), QStringLiteral("-two"));
    ASSERT_TRUE(m_name->error().isEmpty());
    QTest::keyClick(m_name->lineEdit(), Qt::Key_Escape);
    EXPECT_EQ(m_name->text(), QStringLiteral("production"));
    EXPECT_EQ(applied(), "production");
}

TEST_F(FieldsTest, LeavingTheFieldWithRejectedTextShowsTheAppliedValue)
{
    QTest::keyClicks(m_name->lineEdit(), QStringLiteral("_x"));
    ASSERT_FALSE(m_name->error().isEmpty());
    m_other->setFocus();
    ASSERT_TRUE(waitUntil([&] { return !m_name->lineEdit()->hasFocus(); }));
    EXPECT_EQ(m_name->text(), QStringLiteral("production"));
    EXPECT_TRUE(m_name->error().isEmpty());
    EXPECT_EQ(applied(), "production");
    // A valid text is applied when the field is left, as before.
    m_name->lineEdit()->setFocus();
    ASSERT_TRUE(waitUntil([&] { return m_name->lineEdit()->hasFocus(); }));
    QTest::keyClicks(m_name->lineEdit(), QStringLiteral("-two"));
    m_other->setFocus();
    ASSERT_TRUE(waitUntil([&] { return applied() == "production-two"; }));
}

TEST_F(FieldsTest, DuplicateNamesAreCaughtWhileTyping)
{
    ASSERT_GE(m_document.design().namespaces.size(), 2u);
    const QString other = QString::fromStdString(m_document.design().namespaces[1].name);
    m_name->lineEdit()->selectAll();
    QTest::keyClicks(m_name->lineEdit(), other);
    EXPECT_TRUE(m_name->error().contains(other)) << m_name->error().toStdString();
    EXPECT_TRUE(m_name->error().contains(QStringLiteral("already")));
    QTest::keyClick(m_name->lineEdit(), Qt::Key_Return);
    EXPECT_EQ(applied(), "production");
    // Its own name is no duplicate.
    QTest::keyClick(m_name->lineEdit(), Qt::Key_Escape);
    EXPECT_TRUE(m_name->error().isEmpty());
}

TEST_F(FieldsTest, AMultiLineMessageIsNeverClipped)
{
    // Several rule violations at once make a long message that wraps over lines.
    m_name->lineEdit()->selectAll();
    QTest::keyClicks(m_name->lineEdit(), QStringLiteral("-Bad_Name.With.Many.Problems-") + QString(70, 'x'));
    ASSERT_FALSE(m_name->error().isEmpty());
    QApplication::processEvents();
    QLabel *label = message();
    const QFontMetrics metrics(label->font());
    const QRect needed = metrics.boundingRect(QRect(0, 0, label->contentsRect().width(), 100000),
                                              Qt::TextWordWrap, label->text());
    EXPECT_GT(needed.height(), metrics.height()) << "the message wraps";
    EXPECT_GE(label->contentsRect().height(), needed.height()) << "and every line is shown";
}
