#pragma once

#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Netpol {

// Colours for the generated YAML: comments, document separators, keys, quoted strings,
// numbers and the NetworkPolicy words that matter most (Ingress, Egress, protocols).
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit YamlHighlighter(QTextDocument *document);

    // Takes the formats' colours from the current canvas theme and highlights again.
    void applyTheme();
    // The formats by name ("comment", "key", ...), for the contrast test.
    QList<QPair<QString, QTextCharFormat>> formats() const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_comment;
    QTextCharFormat m_separator;
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QRegularExpression m_keyPattern;
    QRegularExpression m_valuePattern;
};

} // namespace Netpol
