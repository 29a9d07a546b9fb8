#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace mcpdock::widgets {

// Colours a Dockerfile: instructions (FROM, RUN...), comments, quoted strings, variables, and the
// JSON arrays of exec-form commands.
class DockerfileHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit DockerfileHighlighter(QTextDocument* document);

    // The formats, exposed for tests.
    const QTextCharFormat& instructionFormat() const { return m_instruction; }
    const QTextCharFormat& commentFormat() const { return m_comment; }
    const QTextCharFormat& stringFormat() const { return m_string; }

protected:
    void highlightBlock(const QString& text) override;

private:
    enum State
    {
        Normal = 0,
        Continued = 1
    }; // a line ending in '\' continues the instruction

    QRegularExpression m_instructionRe;
    QRegularExpression m_stringRe;
    QRegularExpression m_variableRe;
    QRegularExpression m_flagRe;
    QTextCharFormat m_instruction;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_variable;
    QTextCharFormat m_flag;
};

} // namespace mcpdock::widgets
