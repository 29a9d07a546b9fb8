// RegistryAuth: the X-Registry-Auth header and the body of POST /auth.
#include "engineclient.h"

#include <QJsonDocument>

namespace mcpdock::docker {

QJsonObject RegistryAuth::toJson() const
{
    // Only the fields that are set: the daemon reads an identity token in place of a password.
    QJsonObject o;
    if (!username.isEmpty())
        o.insert(QStringLiteral("username"), username);
    if (!password.isEmpty())
        o.insert(QStringLiteral("password"), password);
    if (!serverAddress.isEmpty())
        o.insert(QStringLiteral("serveraddress"), serverAddress);
    if (!identityToken.isEmpty())
        o.insert(QStringLiteral("identitytoken"), identityToken);
    return o;
}

QByteArray RegistryAuth::toHeaderValue() const
{
    // base64url WITH padding: the daemon decodes with base64.URLEncoding, and a header it cannot
    // decode is silently dropped (the push then fails as if unauthenticated).
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding);
}

} // namespace mcpdock::docker
