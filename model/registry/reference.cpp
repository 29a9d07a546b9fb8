#include "reference.h"

#include <QRegularExpression>

namespace mcpdock::registry {
namespace {

// The pieces of github.com/distribution/reference/regexp.go. Go's \w is ASCII only.
const QString PathComponentPattern = QStringLiteral("[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*");
const QString DomainComponentPattern = QStringLiteral("(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])");
const QString TagPattern = QStringLiteral("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
const QString DigestPattern =
    QStringLiteral("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");

const QString DefaultDomain = QStringLiteral("docker.io");
const QString LegacyDefaultDomain = QStringLiteral("index.docker.io");
const QString OfficialRepoPrefix = QStringLiteral("library/");

QRegularExpression anchored(const QString& pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

const QRegularExpression& pathComponentRe()
{
    static const QRegularExpression re = anchored(PathComponentPattern);
    return re;
}

const QRegularExpression& domainRe()
{
    static const QRegularExpression re = anchored(
        QStringLiteral("(?:%1(?:\\.%1)*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?").arg(DomainComponentPattern));
    return re;
}

const QRegularExpression& tagRe()
{
    static const QRegularExpression re = anchored(TagPattern);
    return re;
}

const QRegularExpression& digestRe()
{
    static const QRegularExpression re = anchored(DigestPattern);
    return re;
}

const QRegularExpression& identifierRe()
{
    static const QRegularExpression re = anchored(QStringLiteral("[a-f0-9]{64}"));
    return re;
}

bool hasUpper(const QString& s)
{
    return s != s.toLower();
}

ReferenceError makeError(ReferenceError::Part part, const QString& message, const QString& suggestion = {})
{
    ReferenceError e;
    e.part = part;
    e.message = message;
    e.suggestion = suggestion;
    return e;
}

// The parts of the input as the user wrote them, before normalisation.
struct RawParts
{
    QString domain; // empty when the first component is not a domain
    QString remainder;
    QString tag;
    bool hasTag = false;
    QString digest;
    bool hasDigest = false;
};

RawParts split(const QString& input)
{
    RawParts raw;
    QString name = input;
    const qsizetype at = name.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        raw.hasDigest = true;
        raw.digest = name.mid(at + 1);
        name.truncate(at);
    }
    const auto [domain, remainder] = ReferenceParser::splitDomain(name);
    raw.domain = domain;
    raw.remainder = remainder;
    // A tag can only follow the last path component, so its ':' comes after the last '/'; the
    // first such ':' starts it, so a tag holding a time ("10:15") is reported as a bad tag.
    const qsizetype colon =
        raw.remainder.indexOf(QLatin1Char(':'), raw.remainder.lastIndexOf(QLatin1Char('/')) + 1);
    if (colon >= 0) {
        raw.hasTag = true;
        raw.tag = raw.remainder.mid(colon + 1);
        raw.remainder.truncate(colon);
    }
    return raw;
}

QString joinRaw(const RawParts& raw, const QString& remainder, const QString& tag, bool keepDigest)
{
    QString s;
    if (!raw.domain.isEmpty())
        s += raw.domain + QLatin1Char('/');
    s += remainder;
    if (raw.hasTag)
        s += QLatin1Char(':') + tag;
    if (keepDigest && raw.hasDigest)
        s += QLatin1Char('@') + raw.digest;
    return s;
}

// A fully valid form of the input, or empty when none can be derived.
QString suggestFor(const RawParts& raw)
{
    QStringList components;
    for (const QString& c : raw.remainder.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const QString fixed = ReferenceParser::sanitizePathComponent(c);
        if (!fixed.isEmpty())
            components << fixed;
    }
    if (components.isEmpty())
        return {};
    const bool digestOk = raw.hasDigest && ReferenceParser::isValidDigest(raw.digest);
    const QString tag = raw.hasTag ? ReferenceParser::sanitizeTag(raw.tag) : QString();
    const QString candidate = joinRaw(raw, components.join(QLatin1Char('/')), tag, digestOk);
    if (!ReferenceParser::parse(candidate).ok())
        return {};
    return candidate;
}

} // namespace

bool ImageReference::isDockerHub() const
{
    return domain == DefaultDomain;
}

QString ImageReference::name() const
{
    return domain.isEmpty() ? path : domain + QLatin1Char('/') + path;
}

QString ImageReference::familiarName() const
{
    if (!isDockerHub())
        return name();
    if (path.startsWith(OfficialRepoPrefix) && path.count(QLatin1Char('/')) == 1)
        return path.mid(OfficialRepoPrefix.size());
    // "docker.io/my.org/app" shortened to "my.org/app" would read back as the registry my.org:
    // keep the domain whenever the first component would be taken for one (found by fuzz_reference).
    if (!ReferenceParser::splitDomain(path).first.isEmpty())
        return name();
    return path;
}

static QString withTagAndDigest(QString s, const QString& tag, const QString& digest)
{
    if (!tag.isEmpty())
        s += QLatin1Char(':') + tag;
    if (!digest.isEmpty())
        s += QLatin1Char('@') + digest;
    return s;
}

QString ImageReference::toString() const
{
    return withTagAndDigest(name(), tag, digest);
}

QString ImageReference::familiarString() const
{
    return withTagAndDigest(familiarName(), tag, digest);
}

ImageReference ImageReference::withTag(const QString& newTag) const
{
    ImageReference r = *this;
    r.tag = newTag;
    r.digest.clear();
    return r;
}

QString ReferenceError::partName(Part part)
{
    switch (part) {
    case Part::Empty:
        return QCoreApplication::translate("ReferenceParser", "reference");
    case Part::Domain:
        return QCoreApplication::translate("ReferenceParser", "registry address");
    case Part::Path:
        return QCoreApplication::translate("ReferenceParser", "repository name");
    case Part::Tag:
        return QCoreApplication::translate("ReferenceParser", "tag");
    case Part::Digest:
        return QCoreApplication::translate("ReferenceParser", "digest");
    case Part::Length:
        return QCoreApplication::translate("ReferenceParser", "name length");
    }
    return {};
}

QString ReferenceError::text() const
{
    if (suggestion.isEmpty())
        return message;
    return message + QLatin1Char(' ') +
           QCoreApplication::translate("ReferenceParser", "Did you mean \"%1\"?").arg(suggestion);
}

std::pair<QString, QString> ReferenceParser::splitDomain(const QString& name)
{
    // normalize.go splitDockerDomain: only a first component that looks like a host is a domain.
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {QString(), name};
    const QString first = name.left(slash);
    if (!first.contains(QLatin1Char('.')) && !first.contains(QLatin1Char(':')) &&
        first != QLatin1String("localhost") && !hasUpper(first))
        return {QString(), name};
    return {first, name.mid(slash + 1)};
}

bool ReferenceParser::isValidDomain(const QString& domainAndPort)
{
    return domainRe().match(domainAndPort).hasMatch();
}

bool ReferenceParser::isValidPathComponent(const QString& component)
{
    return pathComponentRe().match(component).hasMatch();
}

bool ReferenceParser::isValidTag(const QString& tag)
{
    return tagRe().match(tag).hasMatch();
}

bool ReferenceParser::isValidDigest(const QString& digest)
{
    if (!digestRe().match(digest).hasMatch())
        return false;
    // go-digest only accepts the algorithms it knows, each with its exact lowercase hex length.
    const qsizetype colon = digest.indexOf(QLatin1Char(':'));
    const QString algorithm = digest.left(colon);
    const QString hex = digest.mid(colon + 1);
    int length = 0;
    if (algorithm == QLatin1String("sha256"))
        length = 64;
    else if (algorithm == QLatin1String("sha384"))
        length = 96;
    else if (algorithm == QLatin1String("sha512"))
        length = 128;
    else
        return false;
    static const QRegularExpression lowerHex = anchored(QStringLiteral("[a-f0-9]+"));
    return hex.size() == length && lowerHex.match(hex).hasMatch();
}

QString ReferenceParser::sanitizeTag(const QString& tag)
{
    QString out;
    out.reserve(tag.size());
    for (const QChar c : tag) {
        const char16_t u = c.unicode();
        const bool word =
            (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
        if (word || u == '.' || u == '-')
            out += c;
        else if (u == '+')
            out += QLatin1Char('_'); // semver build metadata: 1.0.0+b1 -> 1.0.0_b1 (as Helm does)
        else
            out += QLatin1Char('-'); // ':' of a time, spaces, slashes
    }
    if (out.isEmpty())
        return QStringLiteral("latest");
    if (out.front() == QLatin1Char('.') || out.front() == QLatin1Char('-'))
        out.prepend(QLatin1Char('_'));
    return out.left(TagLengthMax);
}

QString ReferenceParser::sanitizePathComponent(const QString& name)
{
    // Lowercase, then rebuild alternating alphanumeric runs and separators, keeping a separator
    // only in a form the grammar allows ('.', '_', '__', '-+'), '-' otherwise.
    const QString lower = name.toLower();
    QString out;
    QString sep;
    auto isAlnum = [](char16_t u) {
        return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9');
    };
    for (const QChar c : lower) {
        if (isAlnum(c.unicode())) {
            if (!out.isEmpty() && !sep.isEmpty()) {
                static const QRegularExpression validSep = anchored(QStringLiteral("[._]|__|-+"));
                out += validSep.match(sep).hasMatch() ? sep : QStringLiteral("-");
            }
            sep.clear();
            out += c;
        } else {
            sep += c.unicode() == '.' || c.unicode() == '_' || c.unicode() == '-' ? c : QLatin1Char('-');
        }
    }
    return out;
}

Expected<QString, ReferenceError> ReferenceParser::parseTag(const QString& tag)
{
    if (isValidTag(tag))
        return tag;
    return makeError(
        ReferenceError::Part::Tag,
        tr("The tag \"%1\" is invalid: a tag is 1 to 128 letters, digits, \"_\", \".\" or \"-\" and "
           "must not start with \".\" or \"-\".")
            .arg(tag),
        sanitizeTag(tag));
}

Expected<ImageReference, ReferenceError> ReferenceParser::parse(const QString& reference)
{
    using Part = ReferenceError::Part;
    const QString input = reference.trimmed();
    if (input.isEmpty())
        return makeError(Part::Empty, tr("The image reference is empty: give a name such as \"weather\" or "
                                         "\"registry.example.com/acme/weather:1.0\"."));
    if (identifierRe().match(input).hasMatch())
        return makeError(Part::Path,
                         tr("\"%1\" is a 64-character hexadecimal image ID, which cannot be used as a "
                            "repository name.")
                             .arg(input));

    const RawParts raw = split(input);

    if (raw.hasDigest && !isValidDigest(raw.digest))
        return makeError(
            Part::Digest,
            tr("The digest \"%1\" is invalid: use algorithm:hex, for example \"sha256:\" followed by "
               "64 lowercase hexadecimal digits.")
                .arg(raw.digest),
            suggestFor(raw));
    if (raw.hasTag && !isValidTag(raw.tag))
        return makeError(
            Part::Tag,
            tr("The tag \"%1\" is invalid: a tag is 1 to 128 letters, digits, \"_\", \".\" or \"-\" "
               "and must not start with \".\" or \"-\".")
                .arg(raw.tag),
            suggestFor(raw));
    if (!raw.domain.isEmpty() && !isValidDomain(raw.domain))
        return makeError(Part::Domain,
                         tr("The registry address \"%1\" is invalid: use host[:port], for example "
                            "\"registry.example.com:5000\", \"localhost:5000\" or \"[::1]:5000\".")
                             .arg(raw.domain));
    if (raw.remainder.isEmpty())
        return makeError(
            Part::Path, tr("The repository name is missing: add it after the registry address, "
                           "for example \"%1/acme/weather\".")
                            .arg(raw.domain.isEmpty() ? QStringLiteral("registry.example.com") : raw.domain));
    if (hasUpper(raw.remainder))
        return makeError(Part::Path,
                         tr("The repository name \"%1\" contains uppercase letters; repository names must be "
                            "lowercase.")
                             .arg(raw.remainder),
                         suggestFor(raw));
    const QStringList components = raw.remainder.split(QLatin1Char('/'));
    for (const QString& c : components) {
        if (c.isEmpty())
            return makeError(
                Part::Path,
                tr("The repository name \"%1\" has an empty path component (a doubled, leading or "
                   "trailing \"/\").")
                    .arg(raw.remainder),
                suggestFor(raw));
        if (!isValidPathComponent(c))
            return makeError(
                Part::Path,
                tr("The path component \"%1\" of the repository name is invalid: use lowercase letters "
                   "and digits, separated by \".\", \"_\", \"__\" or \"-\", starting and ending with a "
                   "letter or digit.")
                    .arg(c),
                suggestFor(raw));
    }

    ImageReference ref;
    ref.domain = raw.domain.isEmpty() || raw.domain == LegacyDefaultDomain ? DefaultDomain : raw.domain;
    ref.path = raw.remainder;
    if (ref.domain == DefaultDomain && !ref.path.contains(QLatin1Char('/')))
        ref.path.prepend(OfficialRepoPrefix);
    ref.tag = raw.tag;
    ref.digest = raw.digest;

    const qsizetype nameLength = ref.name().size();
    if (nameLength > NameTotalLengthMax)
        return makeError(Part::Length,
                         tr("The repository name \"%1\" is %2 characters long; at most %3 are allowed.")
                             .arg(ref.name().left(40) + QStringLiteral("…"))
                             .arg(nameLength)
                             .arg(NameTotalLengthMax));
    return ref;
}

} // namespace mcpdock::registry
