#include "views/panels/yamlhighlighter.h"

#include "views/canvas/canvastheme.h"

namespace Netpol {

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document),
      m_keyPattern(QStringLiteral(R"(^(\s*(?:-\s+)?)([^\s:#'"][^:#]*?|"[^"]*"|'[^']*'):(?=\s|$))")),
      m_valuePattern(QStringLiteral(R"((?::|-)\s+("[^"]*"|'[^']*'|[^#\s][^#]*?)\s*$)"))
{
    m_comment.setFontItalic(true);
    m_separator.setFontWeight(QFont::Bold);
    m_keyword.setFontWeight(QFont::DemiBold);
    applyTheme();
}

void YamlHighlighter::applyTheme()
{
    const CanvasStyle::ThemeColors &c = CanvasStyle::current();
    m_comment.setForeground(c.yamlComment);
    m_separator.setForeground(c.yamlSeparator);
    m_key.setForeground(c.yamlKey);
    m_string.setForeground(c.yamlString);
    m_number.setForeground(c.yamlNumber);
    m_keyword.setForeground(c.yamlKeyword);
    rehighlight();
}

QList<QPair<QString, QTextCharFormat>> YamlHighlighter::formats() const
{
    return {{QStringLiteral("comment"), m_comment}, {QStringLiteral("separator"), m_separator},
            {QStringLiteral("key"), m_key},         {QStringLiteral("string"), m_string},
            {QStringLiteral("number"), m_number},   {QStringLiteral("keyword"), m_keyword}};
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
