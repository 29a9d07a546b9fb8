#pragma once

#include "dockerconfig.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace mcpdock::registry {

// A docker credential helper: the program docker-credential-<name> on PATH, speaking
// get|store|erase|list with the server URL or JSON on stdin and JSON on stdout.
class CredentialHelper
{
    Q_DECLARE_TR_FUNCTIONS(CredentialHelper)

public:
    struct Credentials
    {
        QString serverUrl;
        QString username; // "<token>" from the helper means secret is an identity token
        QString secret;
        bool isIdentityToken() const { return username == QLatin1String("<token>"); }
    };

    explicit CredentialHelper(QString name,
                              QProcessEnvironment env = QProcessEnvironment::systemEnvironment(),
                              int timeoutMs = 30000);

    QString name() const { return m_name; }
    QString program() const; // "docker-credential-<name>"
    // Full path found on env's PATH, empty when missing.
    QString resolvedProgram() const;

    // nullopt when the helper has nothing for serverUrl ("credentials not found").
    Expected<std::optional<Credentials>, CredentialError> get(const QString& serverUrl) const;
    Expected<Done, CredentialError> store(const Credentials& credentials) const;
    Expected<Done, CredentialError> erase(const QString& serverUrl) const;
    Expected<QMap<QString, QString>, CredentialError> list() const; // server URL -> username

private:
    struct Output
    {
        int exitCode = -1;
        QByteArray out;
    };
    Expected<Output, CredentialError> invoke(const QString& action, QByteArray input) const;

    QString m_name;
    QProcessEnvironment m_env;
    int m_timeoutMs;
};

} // namespace mcpdock::registry
