#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QString>

namespace mcpdock::registry {

// An image reference split as the distribution grammar splits it:
// [domain[:port]/]path[:tag][@digest]. After ReferenceParser::parse the domain is always set
// (docker.io when the input had none) and Docker Hub official images carry "library/", exactly as
// the docker CLI normalises them; familiar*() give the short form users type.
struct ImageReference
{
    QString domain; // "docker.io", "ghcr.io", "127.0.0.1:5000", "[::1]:5000"
    QString path;   // "library/ubuntu", "acme/weather"
    QString tag;    // empty when none was given
    QString digest; // "sha256:<64 hex>", empty when none was given

    bool isDockerHub() const;
    // domain/path: "docker.io/library/ubuntu".
    QString name() const;
    // The name without docker.io/ and library/: "ubuntu", "acme/weather", "ghcr.io/acme/weather".
    QString familiarName() const;
    // Full normalised reference with tag and digest: "docker.io/library/ubuntu:22.04".
    QString toString() const;
    // Familiar reference with tag and digest: "ubuntu:22.04".
    QString familiarString() const;
    // The same repository with another tag (digest dropped).
    ImageReference withTag(const QString& newTag) const;
    // The tag, or "latest" when none was given (what docker pull/push assume).
    QString tagOrLatest() const { return tag.isEmpty() ? QStringLiteral("latest") : tag; }

    bool operator==(const ImageReference&) const = default;
};

// Why a string is not a reference: which part is wrong, a sentence saying so and, when one can be
// derived, a valid form the user can take ("Weather" -> "weather", "1.0+b1" -> "1.0_b1").
struct ReferenceError
{
    enum class Part
    {
        Empty,  // nothing given
        Domain, // the registry host[:port]
        Path,   // the repository path components
        Tag,
        Digest,
        Length, // the name is longer than 255 characters
    };

    Part part = Part::Empty;
    QString message;    // one sentence naming the part and what is wrong with it
    QString suggestion; // a valid form of the whole input, empty when none can be derived

    static QString partName(Part part);
    // message plus, when there is one, "Did you mean ...?"
    QString text() const;
};

// Parses and validates references following github.com/distribution/reference (regexp.go,
// normalize.go) exactly.
class ReferenceParser
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceParser)

public:
    static constexpr int NameTotalLengthMax = 255;
    static constexpr int TagLengthMax = 128;

    // Parses a full or familiar reference and normalises it (docker.io, library/).
    static Expected<ImageReference, ReferenceError> parse(const QString& reference);

    // Validates a tag alone ("v1.2.0"); on failure the suggestion is a valid tag.
    static Expected<QString, ReferenceError> parseTag(const QString& tag);
    // A valid tag made from anything: "+" -> "_", ":" and other invalid characters -> "-", a leading
    // "." or "-" prefixed with "_", cut to 128 characters. Returns "latest" for an empty input.
    static QString sanitizeTag(const QString& tag);
    // A valid path component made from a project name: lowercased, invalid runs -> "-".
    static QString sanitizePathComponent(const QString& name);

    // Splits a familiar name into (domain, remainder) as docker does: the first component is a
    // domain when it contains "." or ":", is "localhost", or has uppercase letters.
    static std::pair<QString, QString> splitDomain(const QString& name);

    // Grammar pieces, exposed for validators in forms (registry host field, namespace field).
    static bool isValidDomain(const QString& domainAndPort);
    static bool isValidPathComponent(const QString& component);
    static bool isValidTag(const QString& tag);
    static bool isValidDigest(const QString& digest);
};

} // namespace mcpdock::registry
