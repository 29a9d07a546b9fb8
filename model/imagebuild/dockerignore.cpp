#include "dockerignore.h"

#include "regularfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

#include <unistd.h>

namespace mcpdock::imagebuild {
namespace {

// Characters that mean something to a regexp but nothing to filepath.Match (patternmatcher's
// shouldEscape).
bool shouldEscape(QChar ch)
{
    return QStringLiteral(".+()|{}$").contains(ch);
}

// filepath.Match validates bracket expressions; an unclosed `[`, an empty class or a trailing `\`
// inside one is ErrBadPattern.
bool bracketsValid(const QString& p)
{
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar ch = p.at(i);
        if (ch == QLatin1Char('\\')) {
            ++i; // escaped character (a trailing `\` is bad too)
            if (i >= p.size())
                return false;
            continue;
        }
        if (ch != QLatin1Char('['))
            continue;
        ++i;
        if (i < p.size() && p.at(i) == QLatin1Char('^'))
            ++i;
        bool any = false;
        bool closed = false;
        for (; i < p.size(); ++i) {
            const QChar c = p.at(i);
            if (c == QLatin1Char(']') && any) {
                closed = true;
                break;
            }
            if (c == QLatin1Char('\\')) {
                ++i;
                if (i >= p.size())
                    return false;
            }
            any = true;
        }
        if (!closed)
            return false;
    }
    return true;
}

} // namespace

QString DockerIgnore::cleanPath(const QString& path)
{
    if (path.isEmpty())
        return QStringLiteral(".");
    const bool rooted = path.startsWith(QLatin1Char('/'));
    QStringList out;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!out.isEmpty() && out.last() != QLatin1String("..")) {
                out.removeLast();
                continue;
            }
            if (rooted)
                continue; // "/.." is "/"
        }
        out.append(part);
    }
    QString result = out.join(QLatin1Char('/'));
    if (rooted)
        return QLatin1Char('/') + result;
    return result.isEmpty() ? QStringLiteral(".") : result;
}

bool DockerIgnore::compile(Pattern& pattern, QString* error)
{
    const QString& p = pattern.cleaned;
    if (!bracketsValid(p)) {
        if (error)
            *error = QCoreApplication::translate("DockerIgnore", "syntax error in pattern '%1'").arg(p);
        return false;
    }
    // The translation of patternmatcher's Pattern.compile; its exact/prefix/suffix shortcuts are
    // the same as the regexp it would otherwise build, so every pattern becomes a regexp here.
    QString re = QStringLiteral("^");
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar ch = p.at(i);
        const QChar next = i + 1 < p.size() ? p.at(i + 1) : QChar();
        if (ch == QLatin1Char('*')) {
            if (next == QLatin1Char('*')) {
                ++i;
                if (i + 1 < p.size() && p.at(i + 1) == QLatin1Char('/'))
                    ++i; // "**/" is "**"
                if (i + 1 >= p.size())
                    re += QStringLiteral(".*"); // trailing "**": anything, like .gitignore
                else
                    re += QStringLiteral("(.*/)?");
            } else {
                re += QStringLiteral("[^/]*");
            }
        } else if (ch == QLatin1Char('?')) {
            re += QStringLiteral("[^/]");
        } else if (shouldEscape(ch)) {
            re += QLatin1Char('\\') + ch;
        } else if (ch == QLatin1Char('\\')) {
            if (i + 1 < p.size()) {
                ++i;
                re += QLatin1Char('\\') + p.at(i);
            } else {
                re += QStringLiteral("\\\\");
            }
        } else {
            re += ch; // '[' and ']' keep their class meaning, like filepath.Match
        }
    }
    re += QStringLiteral("\\z");
    pattern.regexp = QRegularExpression(re);
    if (!pattern.regexp.isValid()) {
        if (error)
            *error = QCoreApplication::translate("DockerIgnore", "syntax error in pattern '%1'").arg(p);
        return false;
    }
    pattern.regexp.optimize();
    return true;
}

DockerIgnore DockerIgnore::parse(const QByteArray& text, QString* error)
{
    DockerIgnore result;
    QByteArray body = text;
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.mid(3); // UTF-8 BOM
    const QList<QByteArray> lines = body.split('\n');
    int lineNo = 0;
    for (const QByteArray& raw : lines) {
        ++lineNo;
        QString line = QString::fromUtf8(raw);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        // Comments are recognised before trimming, as docker does: " # x" is a pattern.
        if (line.startsWith(QLatin1Char('#')))
            continue;
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        Pattern pattern;
        if (line.startsWith(QLatin1Char('!'))) {
            pattern.exclusion = true;
            line = line.mid(1).trimmed();
        }
        if (line.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("DockerIgnore",
                                                     ".dockerignore line %1: illegal exclusion pattern \"!\"")
                             .arg(lineNo);
            return {};
        }
        line = cleanPath(line);
        if (line.size() > 1 && line.startsWith(QLatin1Char('/')))
            line = line.mid(1);
        pattern.cleaned = line;
        QString why;
        if (!compile(pattern, &why)) {
            if (error)
                *error = QCoreApplication::translate("DockerIgnore", ".dockerignore line %1: %2")
                             .arg(lineNo)
                             .arg(why);
            return {};
        }
        result.m_patterns.append(pattern);
    }
    if (error)
        error->clear();
    return result;
}

DockerIgnore DockerIgnore::load(const QString& projectDir, QString* error)
{
    QFile file(QDir(projectDir).filePath(QStringLiteral(".dockerignore")));
    if (!file.exists()) {
        if (error)
            error->clear();
        return {};
    }
    // Opened without blocking and only as a regular file: a FIFO named .dockerignore would hold the
    // build (and its cancel) forever.
    QString problem;
    const int fd = openRegularFile(file.fileName(), file.fileName(), &problem);
    if (fd < 0 || !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        if (fd >= 0)
            ::close(fd);
        if (error)
            *error = fd < 0 ? problem
                            : QCoreApplication::translate("DockerIgnore", "Cannot read %1: %2")
                                  .arg(file.fileName(), file.errorString());
        return {};
    }
    return parse(file.readAll(), error);
}

QStringList DockerIgnore::patterns() const
{
    QStringList out;
    for (const Pattern& p : m_patterns)
        out << (p.exclusion ? QLatin1Char('!') + p.cleaned : p.cleaned);
    return out;
}

bool DockerIgnore::hasExceptions() const
{
    return std::any_of(m_patterns.begin(), m_patterns.end(), [](const Pattern& p) { return p.exclusion; });
}

bool DockerIgnore::matches(const Pattern& pattern, const QString& path)
{
    return pattern.regexp.match(path).hasMatch();
}

bool DockerIgnore::isExcluded(const QString& relativePath) const
{
    // patternmatcher.MatchesOrParentMatches: a pattern matching a parent folder matches the file.
    const QString file = cleanPath(relativePath);
    const qsizetype lastSlash = file.lastIndexOf(QLatin1Char('/'));
    const QStringList parentDirs =
        lastSlash < 0 ? QStringList() : file.left(lastSlash).split(QLatin1Char('/'));
    bool matched = false;
    for (const Pattern& pattern : m_patterns) {
        // An inclusion cannot change an already excluded file, nor an exception an included one.
        if (pattern.exclusion != matched)
            continue;
        bool match = matches(pattern, file);
        if (!match) {
            QString parent;
            for (const QString& dir : parentDirs) {
                parent = parent.isEmpty() ? dir : parent + QLatin1Char('/') + dir;
                if (matches(pattern, parent)) {
                    match = true;
                    break;
                }
            }
        }
        if (match)
            matched = !pattern.exclusion;
    }
    return matched;
}

bool DockerIgnore::isBuildControlFile(const QString& relativePath, const QString& dockerfile)
{
    const QString p = cleanPath(relativePath);
    return p == QLatin1String(".dockerignore") || p == cleanPath(dockerfile);
}

} // namespace mcpdock::imagebuild
