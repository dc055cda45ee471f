#pragma once

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
