#include "registryclient.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

namespace mcpdock::registry {

namespace {

bool isLoopback(const QString& host)
{
    const QString name = host.section(QLatin1Char(':'), 0, 0);
    return name == QLatin1String("localhost") || name.startsWith(QLatin1String("127.")) ||
           host.startsWith(QLatin1String("[::1]"));
}

// key="value" pairs of a WWW-Authenticate challenge after its scheme.
QHash<QString, QString> challengeParameters(const QByteArray& challenge)
{
    QHash<QString, QString> out;
    static const QRegularExpression pair(QStringLiteral("([A-Za-z_]+)=\"([^\"]*)\""));
    auto it = pair.globalMatch(QString::fromUtf8(challenge));
    while (it.hasNext()) {
        const auto m = it.next();
        out.insert(m.captured(1).toLower(), m.captured(2));
    }
    return out;
}

} // namespace

QString RegistryError::text() const
{
    return hint.isEmpty() ? message : message + QLatin1Char(' ') + hint;
}

RegistryClient::RegistryClient(const QString& registryHost, docker::RegistryAuth auth, int timeoutMs)
    : m_host(registryHost)
    , m_auth(std::move(auth))
    , m_timeoutMs(timeoutMs)
{
    // Docker Hub's API lives on another host than its name.
    const QString apiHost =
        (registryHost == QLatin1String("docker.io") || registryHost == QLatin1String("index.docker.io"))
            ? QStringLiteral("registry-1.docker.io")
            : registryHost;
    m_base = QUrl((isLoopback(apiHost) ? QStringLiteral("http://") : QStringLiteral("https://")) + apiHost);
}

RegistryClient::Reply RegistryClient::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                           const QList<std::pair<QByteArray, QByteArray>>& headers) const
{
    QNetworkAccessManager manager;
    manager.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkRequest request(url);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    // A HEAD answer has a Content-Length but no body: only head() tells the manager not to wait.
    QNetworkReply* reply =
        method == "HEAD" ? manager.head(request) : manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [reply] { reply->abort(); });
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    if (out.status == 0) {
        out.networkError = reply->error();
        out.errorString =
            timer.isActive() ? reply->errorString() : tr("no answer in %1 s").arg(m_timeoutMs / 1000);
    }
    delete reply;
    return out;
}

RegistryError RegistryClient::errorFrom(const QByteArray& method, const QUrl& url, const Reply& reply) const
{
    RegistryError error;
    error.httpStatus = reply.status;
    const QString where = QString::fromLatin1(method) + QLatin1Char(' ') + url.toString();
    if (reply.status == 0) {
        const auto code = QNetworkReply::NetworkError(reply.networkError);
        const bool tls = code == QNetworkReply::SslHandshakeFailedError;
        error.kind = tls ? RegistryError::Kind::Tls : RegistryError::Kind::Unreachable;
        error.message = tr("%1: %2.").arg(where, reply.errorString);
        error.hint =
            tls ? tr("Check that %1 speaks HTTPS with a certificate this machine trusts.").arg(m_host)
                : tr("Check that the registry %1 is running and reachable from this machine.").arg(m_host);
        return error;
    }
    // {"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}
    QStringList words;
    const auto errors = QJsonDocument::fromJson(reply.body).object().value(QLatin1String("errors")).toArray();
    for (const auto& e : errors) {
        const auto o = e.toObject();
        const QString word = o.value(QLatin1String("code")).toString() + QLatin1Char(' ') +
                             o.value(QLatin1String("message")).toString();
        words << word.trimmed();
    }
    if (words.isEmpty() && !reply.body.isEmpty() && reply.body.size() < 300)
        words << QString::fromUtf8(reply.body).trimmed();
    error.message =
        tr("%1: HTTP %2%3.")
            .arg(where)
            .arg(reply.status)
            .arg(words.isEmpty() ? QString() : QStringLiteral(" ") + words.join(QStringLiteral("; ")));
    switch (reply.status) {
    case 401:
    case 403:
        error.kind = RegistryError::Kind::Unauthorized;
        error.hint =
            m_auth.username.isEmpty() && m_auth.identityToken.isEmpty()
                ? tr("Log in to %1 first (mcpdock login %1).").arg(m_host)
                : tr("Check the credentials for %1 and that they may push to this repository.").arg(m_host);
        break;
    case 404:
        error.kind = RegistryError::Kind::NotFound;
        error.hint = tr("Check the repository name and tag.");
        break;
    case 400:
        error.kind = RegistryError::Kind::Invalid;
        error.hint = tr("The registry refused the request; it may not support OCI image indexes.");
        break;
    default:
        error.kind = RegistryError::Kind::Failed;
        error.hint = tr("Try again; if it persists, look at the registry's logs.");
    }
    return error;
}

Expected<QByteArray, RegistryError> RegistryClient::authorizationFor(const QByteArray& challenge,
                                                                     const QString& scope)
{
    const QByteArray basic =
        QByteArray("Basic " + (m_auth.username + QLatin1Char(':') + m_auth.password).toUtf8().toBase64());
    const bool haveBasic = !m_auth.username.isEmpty();
    if (challenge.trimmed().toLower().startsWith("basic")) {
        if (!haveBasic) {
            RegistryError e;
            e.kind = RegistryError::Kind::Unauthorized;
            e.httpStatus = 401;
            e.message = tr("%1 asks for a username and password and none is known.").arg(m_host);
            e.hint = tr("Log in first: mcpdock login %1.").arg(m_host);
            return e;
        }
        return basic;
    }
    if (!challenge.trimmed().toLower().startsWith("bearer")) {
        RegistryError e;
        e.kind = RegistryError::Kind::Unauthorized;
        e.httpStatus = 401;
        e.message = tr("%1 asks for an authentication scheme MCP Dock does not speak: %2.")
                        .arg(m_host, QString::fromUtf8(challenge.left(60)));
        return e;
    }
    const auto params = challengeParameters(challenge);
    QUrl realm(params.value(QStringLiteral("realm")));
    if (!realm.isValid() || realm.scheme().isEmpty()) {
        RegistryError e;
        e.kind = RegistryError::Kind::Failed;
        e.message = tr("%1 sent a Bearer challenge without a usable realm: %2.")
                        .arg(m_host, QString::fromUtf8(challenge));
        return e;
    }
    QUrlQuery query(realm);
    if (params.contains(QStringLiteral("service")))
        query.addQueryItem(QStringLiteral("service"), params.value(QStringLiteral("service")));
    query.addQueryItem(QStringLiteral("scope"), scope);
    Reply reply;
    if (!m_auth.identityToken.isEmpty()) {
        // An identity token is an OAuth2 refresh token.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), m_auth.identityToken);
        form.addQueryItem(QStringLiteral("service"), params.value(QStringLiteral("service")));
        form.addQueryItem(QStringLiteral("scope"), scope);
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("mcpdock"));
        reply = send("POST", realm, form.toString(QUrl::FullyEncoded).toUtf8(),
                     {{"Content-Type", "application/x-www-form-urlencoded"}});
    } else {
        realm.setQuery(query);
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (haveBasic)
            headers.append({"Authorization", basic});
        reply = send("GET", realm, {}, headers);
    }
    if (reply.status != 200)
        return errorFrom("GET", realm.adjusted(QUrl::RemoveQuery), reply);
    const auto o = QJsonDocument::fromJson(reply.body).object();
    QString token = o.value(QLatin1String("token")).toString();
    if (token.isEmpty())
        token = o.value(QLatin1String("access_token")).toString();
    if (token.isEmpty()) {
        RegistryError e;
        e.kind = RegistryError::Kind::Failed;
        e.httpStatus = reply.status;
        e.message = tr("The token service %1 answered without a token.")
                        .arg(realm.adjusted(QUrl::RemoveQuery).toString());
        return e;
    }
    return QByteArray("Bearer " + token.toUtf8());
}

Expected<RegistryClient::Reply, RegistryError>
RegistryClient::request(const QByteArray& method, const QString& repository, const QString& path,
                        const QByteArray& body, const QList<std::pair<QByteArray, QByteArray>>& headers,
                        bool push)
{
    QUrl url = m_base;
    url.setPath(QStringLiteral("/v2/") + repository + path);
    const QString scope = QStringLiteral("repository:") + repository +
                          (push ? QStringLiteral(":pull,push") : QStringLiteral(":pull"));
    auto withAuth = [&](const QByteArray& authorization) {
        auto all = headers;
        if (!authorization.isEmpty())
            all.append({"Authorization", authorization});
        return send(method, url, body, all);
    };
    Reply reply = withAuth(m_authorization.value(scope));
    if (reply.status == 401) {
        const QByteArray challenge = reply.headers.value("www-authenticate");
        auto authorization = authorizationFor(challenge, scope);
        if (!authorization)
            return authorization.error();
        m_authorization.insert(scope, *authorization);
        reply = withAuth(*authorization);
    }
    if (reply.status < 200 || reply.status >= 300)
        return errorFrom(method, url, reply);
    return reply;
}

Expected<RegistryManifest, RegistryError> RegistryClient::getManifest(const QString& repository,
                                                                      const QString& reference)
{
    const QByteArray accept = QByteArray(OciIndexMediaType) + ", " + DockerManifestListMediaType + ", " +
                              OciManifestMediaType + ", " + DockerManifestMediaType;
    auto reply = request("GET", repository, QStringLiteral("/manifests/") + reference, {},
                         {{"Accept", accept}}, false);
    if (!reply)
        return reply.error();
    RegistryManifest m;
    m.body = reply->body;
    m.mediaType =
        QString::fromLatin1(reply->headers.value("content-type")).section(QLatin1Char(';'), 0, 0).trimmed();
    m.digest = QString::fromLatin1(reply->headers.value("docker-content-digest"));
    if (m.digest.isEmpty())
        m.digest = sha256Digest(m.body);
    return m;
}

Expected<QString, RegistryError> RegistryClient::putManifest(const QString& repository,
                                                             const QString& reference, const QByteArray& body,
                                                             const QString& mediaType)
{
    auto reply = request("PUT", repository, QStringLiteral("/manifests/") + reference, body,
                         {{"Content-Type", mediaType.toUtf8()}}, true);
    if (!reply)
        return reply.error();
    const QString digest = QString::fromLatin1(reply->headers.value("docker-content-digest"));
    return digest.isEmpty() ? sha256Digest(body) : digest;
}

Expected<bool, RegistryError> RegistryClient::blobExists(const QString& repository, const QString& digest)
{
    auto reply = request("HEAD", repository, QStringLiteral("/blobs/") + digest, {}, {}, false);
    if (!reply) {
        if (reply.error().kind == RegistryError::Kind::NotFound)
            return false;
        return reply.error();
    }
    return true;
}

Expected<QByteArray, RegistryError> RegistryClient::getBlob(const QString& repository, const QString& digest)
{
    auto reply = request("GET", repository, QStringLiteral("/blobs/") + digest, {}, {}, false);
    if (!reply)
        return reply.error();
    if (sha256Digest(reply->body) != digest) {
        RegistryError e;
        e.kind = RegistryError::Kind::Failed;
        e.httpStatus = reply->status;
        e.message = tr("The blob %1 from %2 does not match its digest.").arg(digest, m_host);
        return e;
    }
    return reply->body;
}

QString RegistryClient::sha256Digest(const QByteArray& bytes)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray RegistryClient::imageIndex(const QList<IndexEntry>& entries)
{
    QJsonArray manifests;
    for (const auto& e : entries) {
        QJsonObject platform{{QStringLiteral("architecture"), e.architecture}, {QStringLiteral("os"), e.os}};
        if (!e.variant.isEmpty())
            platform.insert(QStringLiteral("variant"), e.variant);
        manifests.append(QJsonObject{{QStringLiteral("mediaType"), e.mediaType},
                                     {QStringLiteral("digest"), e.digest},
                                     {QStringLiteral("size"), e.size},
                                     {QStringLiteral("platform"), platform}});
    }
    const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                            {QStringLiteral("mediaType"), QString::fromLatin1(OciIndexMediaType)},
                            {QStringLiteral("manifests"), manifests}};
    return QJsonDocument(index).toJson(QJsonDocument::Compact);
}

Expected<QList<IndexEntry>, QString> RegistryClient::parseIndex(const QByteArray& body)
{
    QJsonParseError perr;
    const auto doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return tr("the image index is not a JSON object (%1 at offset %2)")
            .arg(perr.errorString())
            .arg(perr.offset);
    const auto o = doc.object();
    const QString type = o.value(QLatin1String("mediaType")).toString();
    if (!type.isEmpty() && type != QLatin1String(OciIndexMediaType) &&
        type != QLatin1String(DockerManifestListMediaType))
        return tr("mediaType is %1, not an image index").arg(type);
    if (!o.value(QLatin1String("manifests")).isArray())
        return tr("manifests is missing or not an array");
    QList<IndexEntry> out;
    const auto arr = o.value(QLatin1String("manifests")).toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const auto m = arr.at(i).toObject();
        IndexEntry e;
        e.mediaType = m.value(QLatin1String("mediaType")).toString();
        e.digest = m.value(QLatin1String("digest")).toString();
        e.size = m.value(QLatin1String("size")).toInteger();
        const auto p = m.value(QLatin1String("platform")).toObject();
        e.os = p.value(QLatin1String("os")).toString();
        e.architecture = p.value(QLatin1String("architecture")).toString();
        e.variant = p.value(QLatin1String("variant")).toString();
        if (!e.digest.startsWith(QLatin1String("sha256:")))
            return tr("manifests[%1].digest is missing or not sha256").arg(i);
        if (e.os.isEmpty() || e.architecture.isEmpty())
            return tr("manifests[%1].platform has no os or architecture").arg(i);
        out.append(e);
    }
    return out;
}

} // namespace mcpdock::registry
