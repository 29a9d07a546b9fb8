#pragma once

#include "docker/engineclient.h"
#include "expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mcpdock::registry {

// A registry's own answer as a value: HTTP status, the registry's error code and words, and the
// next step for the user.
struct RegistryError
{
    enum class Kind
    {
        Unauthorized, // 401 after the token flow, or 403
        NotFound,     // 404: no such repository, manifest or blob
        Unreachable,  // connection refused, no such host, timeout
        Tls,          // certificate or TLS handshake errors
        Invalid,      // the registry refused what we sent (400, MANIFEST_INVALID...)
        Failed,       // anything else
    };
    Kind kind = Kind::Failed;
    int httpStatus = 0;
    QString message; // "GET https://host/v2/...: 404 MANIFEST_UNKNOWN manifest unknown"
    QString hint;    // the next step

    QString text() const;
};

struct RegistryManifest
{
    QByteArray body;   // exactly the registry's bytes (the digest is over them)
    QString mediaType; // Content-Type of the answer
    QString digest;    // Docker-Content-Digest, or sha256 of body when the registry did not say
};

// One entry of an OCI image index.
struct IndexEntry
{
    QString mediaType; // of the referenced manifest
    QString digest;
    qint64 size = 0;
    QString os;           // "linux"
    QString architecture; // "amd64", "arm64"
    QString variant;      // "v8" or empty
};

// The registry HTTP API (distribution spec v2): manifests and blobs of one registry, with the
// registry's token flow. Blocking; one client per thread (it owns a QNetworkAccessManager per
// call, so it needs no event loop of its own).
//
// Authentication as the docker CLI does it: a request without credentials first; a 401 with
// `WWW-Authenticate: Bearer realm=..,service=..,scope=..` fetches a token from the realm (with
// Basic credentials when there are any, anonymously otherwise) and retries; `Basic` retries with
// the user's credentials. Tokens are kept per scope for the client's lifetime.
class RegistryClient
{
    Q_DECLARE_TR_FUNCTIONS(RegistryClient)

public:
    static constexpr auto OciIndexMediaType = "application/vnd.oci.image.index.v1+json";
    static constexpr auto OciManifestMediaType = "application/vnd.oci.image.manifest.v1+json";
    static constexpr auto DockerManifestMediaType = "application/vnd.docker.distribution.manifest.v2+json";
    static constexpr auto DockerManifestListMediaType =
        "application/vnd.docker.distribution.manifest.list.v2+json";

    // registryHost as in a reference: "docker.io", "ghcr.io", "127.0.0.1:5000". Loopback hosts
    // ("localhost", "127.x", "[::1]") are spoken to over plain HTTP, as the daemon does by
    // default; everything else over HTTPS.
    RegistryClient(const QString& registryHost, docker::RegistryAuth auth, int timeoutMs = 60000);

    QUrl baseUrl() const { return m_base; }

    // Accepts every manifest kind by default.
    Expected<RegistryManifest, RegistryError> getManifest(const QString& repository,
                                                          const QString& reference);
    // Returns the digest the registry gives the manifest.
    Expected<QString, RegistryError> putManifest(const QString& repository, const QString& reference,
                                                 const QByteArray& body, const QString& mediaType);
    Expected<bool, RegistryError> blobExists(const QString& repository, const QString& digest);
    // A small blob (an image config); the bytes are checked against the digest.
    Expected<QByteArray, RegistryError> getBlob(const QString& repository, const QString& digest);

    // The OCI image index of the given manifests (platform fields set), compact JSON.
    static QByteArray imageIndex(const QList<IndexEntry>& entries);
    // Reads an OCI image index or Docker manifest list; an error names the field that is wrong.
    static Expected<QList<IndexEntry>, QString> parseIndex(const QByteArray& body);
    static QString sha256Digest(const QByteArray& bytes);

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        int networkError = 0;
        QString errorString;
    };
    Reply send(const QByteArray& method, const QUrl& url, const QByteArray& body,
               const QList<std::pair<QByteArray, QByteArray>>& headers) const;
    Expected<Reply, RegistryError> request(const QByteArray& method, const QString& repository,
                                           const QString& path, const QByteArray& body,
                                           const QList<std::pair<QByteArray, QByteArray>>& headers,
                                           bool push);
    Expected<QByteArray, RegistryError> authorizationFor(const QByteArray& challenge, const QString& scope);
    RegistryError errorFrom(const QByteArray& method, const QUrl& url, const Reply& reply) const;

    QString m_host;
    QUrl m_base;
    docker::RegistryAuth m_auth;
    int m_timeoutMs;
    QHash<QString, QByteArray> m_authorization; // scope -> Authorization header value
};

} // namespace mcpdock::registry
