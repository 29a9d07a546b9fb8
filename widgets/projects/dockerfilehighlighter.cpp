#include "projects/dockerfilehighlighter.h"

#include <QColor>
#include <QFont>

namespace mcpdock::widgets {

DockerfileHighlighter::DockerfileHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_instructionRe(
          QStringLiteral("^\\s*(FROM|RUN|CMD|LABEL|MAINTAINER|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|"
                         "WORKDIR|ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL)\\b"),
          QRegularExpression::CaseInsensitiveOption)
    , m_stringRe(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'"))
    , m_variableRe(QStringLiteral("\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?"))
    , m_flagRe(QStringLiteral("(?<=\\s)--[a-z][a-z-]*(=\\S*)?"))
{
    m_instruction.setForeground(QColor(0x1a, 0x5f, 0xb4));
    m_instruction.setFontWeight(QFont::Bold);
    m_comment.setForeground(QColor(0x6a, 0x73, 0x7d));
    m_comment.setFontItalic(true);
    m_string.setForeground(QColor(0x26, 0x80, 0x3a));
    m_variable.setForeground(QColor(0x81, 0x3d, 0x9c));
    m_flag.setForeground(QColor(0xa5, 0x1d, 0x2d));
}

void DockerfileHighlighter::highlightBlock(const QString& text)
{
    const bool continued = previousBlockState() == Continued;
    const QString trimmed = text.trimmed();
    // Comments are whole lines in a Dockerfile ("#" inside RUN is shell text).
    if (trimmed.startsWith(QLatin1Char('#'))) {
        setFormat(0, int(text.size()), m_comment);
        setCurrentBlockState(continued ? Continued : Normal);
        return;
    }
    if (!continued) {
        const auto m = m_instructionRe.match(text);
        if (m.hasMatch())
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_instruction);
    }
    for (auto it = m_flagRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_flag);
    }
    for (auto it = m_variableRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_variable);
    }
    for (auto it = m_stringRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_string);
    }
    setCurrentBlockState(trimmed.endsWith(QLatin1Char('\\')) ? Continued : Normal);
}

} // namespace mcpdock::widgets
