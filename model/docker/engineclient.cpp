#include "engineclient_p.h"

namespace mcpdock::docker {

EngineClient::EngineClient(Endpoint endpoint)
    : d(std::make_unique<Private>(std::move(endpoint)))
{}

EngineClient::~EngineClient() = default;

const Endpoint& EngineClient::endpoint() const
{
    return d->endpoint;
}

void EngineClient::setConnectTimeout(int ms)
{
    d->connectTimeoutMs = qMax(1, ms);
}

QString EngineClient::negotiatedApiVersion() const
{
    return d->apiVersion;
}

Result<PingInfo> EngineClient::ping()
{
    return d->doPing();
}

Result<VersionInfo> EngineClient::version()
{
    auto r = d->call("GET", "/version");
    if (!r)
        return r.error();
    auto o = parseObject(r->body);
    if (!o)
        return o.error();
    VersionInfo v;
    v.version = o->value(QStringLiteral("Version")).toString();
    v.apiVersion = o->value(QStringLiteral("ApiVersion")).toString();
    v.minApiVersion = o->value(QStringLiteral("MinAPIVersion")).toString();
    v.os = o->value(QStringLiteral("Os")).toString();
    v.arch = o->value(QStringLiteral("Arch")).toString();
    v.kernelVersion = o->value(QStringLiteral("KernelVersion")).toString();
    v.negotiatedApiVersion = d->apiVersion;
    if (v.version.isEmpty())
        return protocolError(tr("/version has no Version"));
    return v;
}

Result<QJsonObject> EngineClient::info()
{
    auto r = d->call("GET", "/info");
    if (!r)
        return r.error();
    return parseObject(r->body);
}

Result<AuthCheck> EngineClient::checkAuth(const RegistryAuth& auth)
{
    const QJsonObject body = auth.toJson();
    auto r = d->call("POST", "/auth", {}, &body, {}, false);
    if (!r)
        return r.error();
    // Daemons answer a failed login with 401, some older ones with 500 and the registry's words.
    const QString message = daemonMessage(r->body);
    const bool refused = r->status == 401 || r->status == 403 ||
                         (r->status == 500 &&
                          (message.contains(QLatin1String("unauthorized"), Qt::CaseInsensitive) ||
                           message.contains(QLatin1String("authentication required"), Qt::CaseInsensitive)));
    if (refused)
        return makeError(
            DockerError::Kind::Unauthorized,
            tr("The registry %1 refused the login: %2. Check the user name and password.")
                .arg(auth.serverAddress.isEmpty() ? QStringLiteral("Docker Hub") : auth.serverAddress,
                     message),
            r->status);
    if (r->status >= 400)
        return httpError(r->status, r->body, "POST", "/auth");
    auto o = parseObject(r->body);
    if (!o)
        return o.error();
    AuthCheck check;
    check.status = o->value(QStringLiteral("Status")).toString();
    check.identityToken = o->value(QStringLiteral("IdentityToken")).toString();
    return check;
}

} // namespace mcpdock::docker
