#include "views/panels/yamlhighlighter.h"

namespace Netpol {

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document),
      m_keyPattern(QStringLiteral(R"(^(\s*(?:-\s+)?)([^\s:#'"][^:#]*?|"[^"]*"|'[^']*'):(?=\s|$))")),
      m_valuePattern(QStringLiteral(R"((?::|-)\s+("[^"]*"|'[^']*'|[^#\s][^#]*?)\s*$)"))
{
    m_comment.setForeground(QColor(0x6a, 0x73, 0x7d));
    m_comment.setFontItalic(true);
    m_separator.setForeground(QColor(0x9a, 0x3c, 0xbf));
    m_separator.setFontWeight(QFont::Bold);
    m_key.setForeground(QColor(0x0b, 0x5c, 0xad));
    m_string.setForeground(QColor(0x1a, 0x7f, 0x37));
    m_number.setForeground(QColor(0xb3, 0x52, 0x00));
    m_keyword.setForeground(QColor(0xa3, 0x1f, 0x5c));
    m_keyword.setFontWeight(QFont::DemiBold);
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    if (text.startsWith(QLatin1String("---"))) {
        setFormat(0, int(text.size()), m_separator);
        return;
    }
    const int comment = int(text.indexOf(QLatin1Char('#')));
    if (comment >= 0 && text.left(comment).trimmed().isEmpty()) {
        setFormat(comment, int(text.size()) - comment, m_comment);
        return;
    }
    const QRegularExpressionMatch key = m_keyPattern.match(text);
    if (key.hasMatch())
        setFormat(int(key.capturedStart(2)), int(key.capturedLength(2)), m_key);
    const QRegularExpressionMatch value = m_valuePattern.match(text);
    if (!value.hasMatch())
        return;
    const QString v = value.captured(1);
    const int start = int(value.capturedStart(1));
    static const QStringList keywords = {"Ingress", "Egress", "TCP",
                                         "UDP",     "SCTP",   "NetworkPolicy"};
    if (v.startsWith('"') || v.startsWith('\''))
        setFormat(start, int(v.size()), m_string);
    else if (keywords.contains(v))
        setFormat(start, int(v.size()), m_keyword);
    else if (!v.isEmpty() && (v[0].isDigit()))
        setFormat(start, int(v.size()), m_number);
    else if (v != QLatin1String("{}") && v != QLatin1String("[]"))
        setFormat(start, int(v.size()), m_string);
}

} // namespace Netpol
