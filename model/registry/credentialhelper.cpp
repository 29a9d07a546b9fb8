#include "credentialhelper.h"

#include "keychainstore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace mcpdock::registry {
namespace {

// docker-credential-helpers/credentials/error.go
const QByteArray NotFoundMessage = QByteArrayLiteral("credentials not found in native keychain");

} // namespace

CredentialHelper::CredentialHelper(QString name, QProcessEnvironment env, int timeoutMs)
    : m_name(std::move(name))
    , m_env(std::move(env))
    , m_timeoutMs(timeoutMs)
{}

QString CredentialHelper::program() const
{
    return QStringLiteral("docker-credential-") + m_name;
}

QString CredentialHelper::resolvedProgram() const
{
    const QStringList path =
        m_env.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return QStandardPaths::findExecutable(program(), path);
}

Expected<CredentialHelper::Output, CredentialError> CredentialHelper::invoke(const QString& action,
                                                                             QByteArray input) const
{
    const QString exe = resolvedProgram();
    if (exe.isEmpty()) {
        wipeSecret(input);
        return CredentialError{
            CredentialError::Kind::HelperMissing,
            tr("The credential helper %1 is not installed (not found on PATH). Install it, or "
               "remove \"%2\" from your Docker config.json.")
                .arg(program(), m_name)};
    }
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(exe, {action});
    if (!p.waitForStarted(m_timeoutMs)) {
        wipeSecret(input);
        return CredentialError{
            CredentialError::Kind::HelperFailed,
            tr("The credential helper %1 could not be started: %2").arg(exe, p.errorString())};
    }
    p.write(input);
    wipeSecret(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(m_timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        return CredentialError{
            CredentialError::Kind::HelperFailed,
            tr("The credential helper %1 did not answer within %2 seconds (it may be waiting "
               "for a passphrase or a locked keychain).")
                .arg(program())
                .arg(m_timeoutMs / 1000)};
    }
    Output out;
    out.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    out.out = p.readAllStandardOutput();
    // stderr may carry diagnostics (gpg); it never reaches the user verbatim because a helper could
    // echo what it was given.
    p.readAllStandardError();
    return out;
}

Expected<std::optional<CredentialHelper::Credentials>, CredentialError>
CredentialHelper::get(const QString& serverUrl) const
{
    auto r = invoke(QStringLiteral("get"), serverUrl.toUtf8());
    if (!r)
        return r.error();
    Output& o = r.value();
    if (o.exitCode != 0) {
        const QByteArray message = o.out.trimmed();
        wipeSecret(o.out);
        if (message == NotFoundMessage)
            return std::optional<Credentials>();
        return CredentialError{CredentialError::Kind::HelperFailed,
                               tr("The credential helper %1 failed for %2: %3")
                                   .arg(program(), serverUrl, QString::fromUtf8(message.left(400)))};
    }
    QJsonParseError err;
    const QJsonObject obj = QJsonDocument::fromJson(o.out, &err).object();
    wipeSecret(o.out);
    if (err.error != QJsonParseError::NoError)
        return CredentialError{
            CredentialError::Kind::HelperFailed,
            tr("The credential helper %1 answered with something that is not JSON.").arg(program())};
    Credentials c;
    c.serverUrl = obj.value(QStringLiteral("ServerURL")).toString(serverUrl);
    c.username = obj.value(QStringLiteral("Username")).toString();
    c.secret = obj.value(QStringLiteral("Secret")).toString();
    return std::optional<Credentials>(c);
}

Expected<Done, CredentialError> CredentialHelper::store(const Credentials& credentials) const
{
    QJsonObject obj{{QStringLiteral("ServerURL"), credentials.serverUrl},
                    {QStringLiteral("Username"), credentials.username},
                    {QStringLiteral("Secret"), credentials.secret}};
    auto r = invoke(QStringLiteral("store"), QJsonDocument(obj).toJson(QJsonDocument::Compact));
    if (!r)
        return r.error();
    if (r->exitCode != 0)
        return CredentialError{
            CredentialError::Kind::HelperFailed,
            tr("The credential helper %1 could not store credentials for %2: %3")
                .arg(program(), credentials.serverUrl, QString::fromUtf8(r->out.trimmed().left(400)))};
    return Done{};
}

Expected<Done, CredentialError> CredentialHelper::erase(const QString& serverUrl) const
{
    auto r = invoke(QStringLiteral("erase"), serverUrl.toUtf8());
    if (!r)
        return r.error();
    if (r->exitCode != 0 && r->out.trimmed() != NotFoundMessage)
        return CredentialError{CredentialError::Kind::HelperFailed,
                               tr("The credential helper %1 could not erase credentials for %2: %3")
                                   .arg(program(), serverUrl, QString::fromUtf8(r->out.trimmed().left(400)))};
    return Done{};
}

Expected<QMap<QString, QString>, CredentialError> CredentialHelper::list() const
{
    auto r = invoke(QStringLiteral("list"), QByteArray());
    if (!r)
        return r.error();
    if (r->exitCode != 0)
        return CredentialError{CredentialError::Kind::HelperFailed,
                               tr("The credential helper %1 could not list credentials: %2")
                                   .arg(program(), QString::fromUtf8(r->out.trimmed().left(400)))};
    const QJsonObject obj = QJsonDocument::fromJson(r->out).object();
    QMap<QString, QString> out;
    for (auto it = obj.begin(); it != obj.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace mcpdock::registry
