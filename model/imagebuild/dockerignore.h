#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace mcpdock::imagebuild {

// The patterns of a .dockerignore file, matched with the docker CLI's semantics (moby's
// patternmatcher): filepath.Match syntax (`*`, `?`, `[...]`, `\` escapes), `**` for any number of
// folders, `!` exceptions, the last matching pattern wins, a folder that matches excludes what is
// inside it, `#` comments, and patterns cleaned like filepath.Clean with a leading `/` dropped.
class DockerIgnore
{
public:
    DockerIgnore() = default;

    // Parses the text of a .dockerignore. Bad patterns (an unclosed `[`, a lone `!`) are reported in
    // *error, as docker does, and make the whole file unusable (empty matcher returned).
    static DockerIgnore parse(const QByteArray& text, QString* error = nullptr);
    // Reads projectDir/.dockerignore; a missing file is no patterns and no error.
    static DockerIgnore load(const QString& projectDir, QString* error = nullptr);

    bool isEmpty() const { return m_patterns.isEmpty(); }
    bool hasExceptions() const;   // any `!` pattern: an excluded folder may still hold included files
    QStringList patterns() const; // as cleaned, "!" in front of exceptions

    // True when a path relative to the context root ("tools/a.js", '/'-separated) is excluded:
    // matched by the last pattern that matches it or one of its parent folders.
    bool isExcluded(const QString& relativePath) const;

    // The docker CLI never drops the Dockerfile nor .dockerignore itself from the context: the
    // daemon reads them and then removes them if they were excluded.
    static bool isBuildControlFile(const QString& relativePath,
                                   const QString& dockerfile = QStringLiteral("Dockerfile"));

    // filepath.Clean for '/'-separated paths: "./a//b/../c/" -> "a/c", "" -> ".".
    static QString cleanPath(const QString& path);

private:
    struct Pattern
    {
        QString cleaned;
        bool exclusion = false;
        QRegularExpression regexp;
    };
    static bool compile(Pattern& pattern, QString* error);
    static bool matches(const Pattern& pattern, const QString& path);

    QList<Pattern> m_patterns;
};

} // namespace mcpdock::imagebuild
