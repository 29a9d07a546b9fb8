#include "apiversion.h"

#include "engineclient.h"

#include <QStringList>

namespace mcpdock::docker {
namespace {

bool parse(const QString& text, int* major, int* minor)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 2)
        return false;
    bool ok1 = false;
    bool ok2 = false;
    *major = parts[0].toInt(&ok1);
    *minor = parts[1].toInt(&ok2);
    return ok1 && ok2 && *major >= 0 && *minor >= 0;
}

} // namespace

bool apiVersionLess(const QString& a, const QString& b, bool* ok)
{
    int aMajor = 0;
    int aMinor = 0;
    int bMajor = 0;
    int bMinor = 0;
    const bool parsed = parse(a, &aMajor, &aMinor) && parse(b, &bMajor, &bMinor);
    if (ok)
        *ok = parsed;
    if (!parsed)
        return false;
    return aMajor != bMajor ? aMajor < bMajor : aMinor < bMinor;
}

Expected<QString, DockerError> negotiateApiVersion(const QString& serverVersion, const QString& endpoint)
{
    const QString server =
        serverVersion.trimmed().isEmpty() ? QStringLiteral("1.24") : serverVersion.trimmed();
    const QString ours = QString::fromLatin1(EngineClient::MaxApiVersion);
    const QString minimum = QString::fromLatin1(EngineClient::MinApiVersion);
    bool ok = false;
    const bool older = apiVersionLess(server, minimum, &ok);
    if (!ok)
        return DockerError{DockerError::Kind::Protocol,
                           QCoreApplication::translate(
                               "EngineClient", "Docker at %1 announced the API version \"%2\", which "
                                               "mcpdock cannot read. Check that it is a Docker daemon.")
                               .arg(endpoint, serverVersion.left(40)),
                           0};
    if (older)
        return DockerError{DockerError::Kind::UnsupportedApi,
                           QCoreApplication::translate(
                               "EngineClient", "The Docker daemon at %1 speaks API %2, but mcpdock needs at "
                                               "least API %3 (Docker 20.10). Upgrade Docker.")
                               .arg(endpoint, server, minimum),
                           0};
    return apiVersionLess(ours, server) ? ours : server;
}

} // namespace mcpdock::docker
