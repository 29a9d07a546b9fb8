#include "valuerules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace mcpdock::project {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ManifestLoader", text);
}

bool matches(const QRegularExpression& re, const QString& s)
{
    return re.match(s).hasMatch();
}

} // namespace

bool isNodeMajor(const QString& version)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,3}\\z"));
    return matches(re, version);
}

bool isPythonVersion(const QString& version)
{
    static const QRegularExpression re(QStringLiteral("^3\\.[0-9]{1,2}(\\.[0-9]{1,3})?\\z"));
    return matches(re, version);
}

QString requirementProblem(const QString& requirement)
{
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*(\\[[A-Za-z0-9._, -]*\\])?\\s*([<>=!~;@ ].*)?\\z"));
    static const QRegularExpression option(QStringLiteral("(^|\\s)-"));
    const bool control = std::any_of(requirement.cbegin(), requirement.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
               c == QChar::ParagraphSeparator;
    });
    if (requirement.size() > 256 || control || !matches(shape, requirement))
        return tr("\"%1\" is not a requirement like \"httpx>=0.27\"").arg(requirement);
    if (const auto m = option.match(requirement); m.hasMatch())
        return tr("\"%1\" holds a pip option (%2); list one requirement per entry, like \"httpx>=0.27\", and "
                  "put "
                  "options such as --index-url or -r in a requirements.txt of your own")
            .arg(requirement, requirement.mid(m.capturedEnd() - 1).section(QLatin1Char(' '), 0, 0));
    if (requirement.trimmed().endsWith(QLatin1Char('\\')))
        return tr("\"%1\" ends in a backslash, which would join it with the next requirement; remove it "
                  "(line continuations and "
                  "options belong in a requirements.txt of your own)")
            .arg(requirement);
    return {};
}

} // namespace mcpdock::project
