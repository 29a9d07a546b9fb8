#pragma once

// Parses a generated Dockerfile back the way the classic builder's lexer reads it, and checks that
// user text (names, descriptions, paths, versions) could not change its shape: every instruction is
// one the generator writes, no line continues onto the next, exec forms are JSON arrays, every LABEL
// holds exactly one key="value" whose unescaped value is the folded user text, and the comments are
// the generator's own. Used by the Dockerfile and the manifest fuzz targets.

#include "dockerfile/dockerfilegenerator.h"
#include "dockerfile/labels.h"
#include "fuzzsupport.h"
#include "project/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>

namespace mcpdock::fuzz {

struct ParsedDockerfile
{
    QStringList instructions; // keyword of each instruction, in order
    QStringList comments;
    QMap<QString, QString> labels; // key -> unescaped value
    QStringList shellScripts;      // the text of each exec-form ["...sh", "-c", text], in order
};

// The text inside an exec-form `sh -c`: JSON quoting keeps it one argument, but the shell reads it
// again. The generator's scripts are fixed text with numbers and versions in them: words of
// [A-Za-z0-9@/._:+=,-], the operators && || >>, and single-quoted strings that hold no line break.
// Anything else (; $ ` | & < > ( ) " \ * ? [ ] { } ~ # ! a tab, a line break) would be the shell's
// to interpret, so it can only be user text that got in.
inline bool shellWordChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || QStringLiteral("@/._:+=,-").contains(c);
}

inline void checkShellScript(const QString& script, const QString& line)
{
    qsizetype i = 0;
    while (i < script.size()) {
        const QChar c = script[i];
        if (c == QLatin1Char(' ')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            const qsizetype end = script.indexOf(QLatin1Char('\''), i + 1);
            FUZZ_CHECK(end > i, QStringLiteral("unterminated quote in sh -c text: %1").arg(line));
            for (qsizetype q = i + 1; q < end; ++q)
                FUZZ_CHECK(script[q].category() != QChar::Other_Control &&
                               script[q] != QChar::LineSeparator && script[q] != QChar::ParagraphSeparator,
                           QStringLiteral("control character in quoted sh -c text: %1").arg(line));
            i = end + 1;
            continue;
        }
        const QString two = script.mid(i, 2);
        if (two == QLatin1String("&&") || two == QLatin1String("||") || two == QLatin1String(">>")) {
            i += 2;
            continue;
        }
        const qsizetype start = i;
        while (i < script.size() && shellWordChar(script[i]))
            ++i;
        FUZZ_CHECK(i > start, QStringLiteral("sh -c text holds '%1' (offset %2), which the shell would "
                                             "interpret: %3")
                                  .arg(script[start])
                                  .arg(start)
                                  .arg(line));
    }
}

// Two sh -c texts are the same script when they differ only in numbers (versions, the user ID):
// a different word anywhere else is user text that changed what the shell runs.
inline QString shellScriptShape(const QString& script)
{
    static const QRegularExpression digits(QStringLiteral("[0-9]+"));
    QString shape = script;
    shape.replace(digits, QStringLiteral("0"));
    return shape;
}

// Folds control characters as labelValue() promises to.
inline QString foldedLabelText(const QString& s)
{
    QString out;
    for (const QChar c : s)
        out += (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
                c == QChar::ParagraphSeparator)
                   ? QChar(QLatin1Char(' '))
                   : c;
    return out;
}

inline ParsedDockerfile parseDockerfile(const QString& text)
{
    static const QStringList allowed = {QStringLiteral("FROM"),        QStringLiteral("WORKDIR"),
                                        QStringLiteral("COPY"),        QStringLiteral("RUN"),
                                        QStringLiteral("ENV"),         QStringLiteral("USER"),
                                        QStringLiteral("EXPOSE"),      QStringLiteral("LABEL"),
                                        QStringLiteral("HEALTHCHECK"), QStringLiteral("ENTRYPOINT")};
    ParsedDockerfile out;
    FUZZ_CHECK(text.endsWith(QLatin1Char('\n')), text);
    // The classic builder splits on \n and treats \r\n as \n; a lone \r inside a line is content.
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString pending; // a LABEL instruction continued over several lines
    for (int i = 0; i < lines.size(); ++i) {
        const QString& raw = lines[i];
        FUZZ_CHECK(!raw.endsWith(QLatin1Char('\r')),
                   QStringLiteral("line %1 ends in CR: %2").arg(i + 1).arg(raw));
        const QString trimmed = raw.trimmed();
        if (pending.isEmpty() && trimmed.isEmpty())
            continue;
        if (pending.isEmpty() && trimmed.startsWith(QLatin1Char('#'))) {
            FUZZ_CHECK(!(i == 0 && trimmed.contains(QLatin1Char('='))),
                       QStringLiteral("line 1 is a parser directive"));
            out.comments.append(trimmed);
            continue;
        }
        // A trailing backslash continues the instruction onto the next line: the generator writes
        // one only between the key="value" pairs of its LABEL instruction; user text never may.
        if (trimmed.endsWith(QLatin1Char('\\'))) {
            FUZZ_CHECK(trimmed.endsWith(QLatin1String("\" \\")) &&
                           (pending.isEmpty() ? trimmed.startsWith(QLatin1String("LABEL ")) : true),
                       QStringLiteral("line %1 continues outside a LABEL: %2").arg(i + 1).arg(raw));
            pending += trimmed.chopped(1);
            continue;
        }
        const QString line = pending + trimmed;
        pending.clear();
        const QString keyword = line.section(QLatin1Char(' '), 0, 0);
        FUZZ_CHECK(allowed.contains(keyword),
                   QStringLiteral("line %1 is not a generator instruction: %2").arg(i + 1).arg(line));
        out.instructions.append(keyword);
        const qsizetype bracket = line.indexOf(QLatin1Char('['));
        if ((keyword == QLatin1String("RUN") || keyword == QLatin1String("ENTRYPOINT") ||
             keyword == QLatin1String("COPY") || keyword == QLatin1String("HEALTHCHECK"))) {
            FUZZ_CHECK(bracket > 0, QStringLiteral("line %1 is not exec form: %2").arg(i + 1).arg(line));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line.mid(bracket).toUtf8(), &error);
            FUZZ_CHECK(error.error == QJsonParseError::NoError && doc.isArray(),
                       QStringLiteral("line %1 exec form is not a JSON array: %2").arg(i + 1).arg(line));
            const QJsonArray args = doc.array();
            if (args.size() >= 2 && args[0].toString().endsWith(QLatin1String("sh")) &&
                args[1].toString() == QLatin1String("-c")) {
                FUZZ_CHECK(args.size() == 3 && args[2].isString(),
                           QStringLiteral("line %1: sh -c takes one script: %2").arg(i + 1).arg(line));
                checkShellScript(args[2].toString(), line);
                out.shellScripts.append(args[2].toString());
            }
        }
        if (keyword == QLatin1String("LABEL")) {
            // LABEL key="value" [key="value"...]: each value a double-quoted string in which \
            // escapes the next character; pairs separated by spaces, nothing else.
            const QString rest = line.mid(6);
            qsizetype j = 0;
            while (j < rest.size()) {
                while (j < rest.size() && rest[j] == QLatin1Char(' '))
                    ++j;
                if (j >= rest.size())
                    break;
                const qsizetype eq = rest.indexOf(QLatin1Char('='), j);
                FUZZ_CHECK(eq > j && rest.size() > eq + 1 && rest[eq + 1] == QLatin1Char('"'), line);
                const QString key = rest.mid(j, eq - j);
                FUZZ_CHECK(!key.contains(QLatin1Char(' ')) && !key.contains(QLatin1Char('"')), line);
                QString value;
                bool closed = false;
                for (j = eq + 2; j < rest.size(); ++j) {
                    const QChar c = rest[j];
                    if (c == QLatin1Char('\\')) {
                        FUZZ_CHECK(j + 1 < rest.size(), line);
                        value += rest[++j];
                    } else if (c == QLatin1Char('"')) {
                        closed = true;
                        ++j;
                        break;
                    } else {
                        FUZZ_CHECK(c != QLatin1Char('$'), QStringLiteral("unescaped $ in %1").arg(line));
                        value += c;
                    }
                }
                FUZZ_CHECK(closed, QStringLiteral("unterminated LABEL value: %1").arg(line));
                FUZZ_CHECK(j >= rest.size() || rest[j] == QLatin1Char(' '),
                           QStringLiteral("text after a LABEL value: %1").arg(line));
                FUZZ_CHECK(!out.labels.contains(key), QStringLiteral("label %1 twice").arg(key));
                out.labels.insert(key, value);
            }
        }
    }
    FUZZ_CHECK(pending.isEmpty(), QStringLiteral("the Dockerfile ends in a continuation"));
    return out;
}

// The checks that hold for any manifest the generator accepted.
inline ParsedDockerfile checkGenerated(const project::Project& m, const dockerfile::GeneratedDockerfile& g)
{
    const ParsedDockerfile parsed = parseDockerfile(g.text);
    FUZZ_CHECK(!parsed.instructions.isEmpty() && parsed.instructions.first() == QLatin1String("FROM"),
               g.text);
    // One ENTRYPOINT, after USER; the load check (a RUN) is the last step, after the sources.
    FUZZ_CHECK(parsed.instructions.count(QStringLiteral("ENTRYPOINT")) == 1, g.text);
    FUZZ_CHECK(parsed.instructions.contains(QStringLiteral("USER")) &&
                   parsed.instructions.indexOf(QStringLiteral("USER")) <
                       parsed.instructions.indexOf(QStringLiteral("ENTRYPOINT")),
               g.text);
    FUZZ_CHECK(parsed.instructions.last() == QLatin1String("RUN"), g.text);
    using namespace dockerfile;
    const auto expectLabel = [&](const char* key, const QString& value) {
        const QString k = QLatin1String(key);
        FUZZ_CHECK(parsed.labels.value(k) == foldedLabelText(value),
                   QStringLiteral("label %1 is %2, expected %3")
                       .arg(k, parsed.labels.value(k), foldedLabelText(value)));
    };
    expectLabel(labels::OciTitle, m.name);
    expectLabel(labels::OciVersion, m.version);
    if (!m.description.isEmpty())
        expectLabel(labels::OciDescription, m.description);
    // Context paths the builder will look up must be relative paths inside the project.
    for (const QString& f : g.projectFiles) {
        FUZZ_CHECK(!f.isEmpty() && !f.startsWith(QLatin1Char('/')) &&
                       !f.split(QLatin1Char('/')).contains(QStringLiteral("..")),
                   QStringLiteral("project file %1").arg(f));
    }
    return parsed;
}

} // namespace mcpdock::fuzz
