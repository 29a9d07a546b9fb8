// mcpdock login / logout: registry credentials checked by the daemon and kept in the OS keychain.
#include "commands.h"

#include "docker/engineclient.h"
#include "registry/keychainstore.h"
#include "registry/registrystore.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

namespace mcpdock::cli {

int runLogin(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Checks credentials with the Docker daemon (/auth) and saves the password in the OS keychain; the "
        "settings keep only the registry and the username. The password is read from standard input only."));
    const QCommandLineOption help = helpOption();
    const QCommandLineOption host = hostOption();
    const QCommandLineOption userOption({QStringLiteral("u"), QStringLiteral("username")},
                                        QCoreApplication::translate("Cli", "User name."),
                                        QStringLiteral("U"));
    const QCommandLineOption stdinOption(
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("Cli", "Read the password or token from stdin."));
    parser.addOptions({help, host, userOption, stdinOption});
    parser.addPositionalArgument(QStringLiteral("REGISTRY"),
                                 QCoreApplication::translate("Cli", "docker.io, ghcr.io or host[:port]."));
    if (const auto stop = parseVerb(parser, args, io, help, AnyPositionals))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || !parser.isSet(userOption) || parser.value(userOption).isEmpty() ||
        !parser.isSet(stdinOption)) {
        io.err << QCoreApplication::translate("Cli",
                                              "%1: give REGISTRY, --username U and --password-stdin (the "
                                              "password is never taken from the command line).")
                      .arg(args.value(0))
               << '\n';
        return Usage;
    }
    const QString hostProblem = registry::RegistryEntry::validateHost(pos.first());
    if (!hostProblem.isEmpty()) {
        io.err << args.value(0) << ": " << hostProblem << '\n';
        return Usage;
    }
    if (!io.in) {
        io.err << QCoreApplication::translate("Cli", "%1: no standard input to read the password from.")
                      .arg(args.value(0))
               << '\n';
        return Usage;
    }
    QByteArray raw = io.in->readAll();
    // Like docker login: one trailing line break (echo, here-strings) is not part of the password.
    if (raw.endsWith('\n'))
        raw.chop(1);
    if (raw.endsWith('\r'))
        raw.chop(1);
    docker::RegistryAuth auth;
    auth.password = QString::fromUtf8(raw);
    registry::wipeSecret(raw);
    if (auth.password.isEmpty()) {
        io.err << QCoreApplication::translate("Cli", "%1: the password on standard input is empty.")
                      .arg(args.value(0))
               << '\n';
        return Usage;
    }

    QSettings settings(registry::RegistryStore::appSettingsFile(io.env), QSettings::IniFormat);
    registry::RegistryStore store(&settings);
    registry::RegistryEntry entry = store.find(pos.first());
    auth.username = parser.value(userOption);
    auth.serverAddress = entry.serverAddress();

    const auto endpoint = endpointFor(parser, host, io);
    if (!endpoint) {
        registry::wipeSecret(auth.password);
        return Failed;
    }
    docker::EngineClient client(endpoint.value());
    const auto check = client.checkAuth(auth);
    if (!check) {
        registry::wipeSecret(auth.password);
        io.err << QCoreApplication::translate("Cli", "Login to %1 as %2 failed: %3")
                      .arg(entry.host, auth.username, check.error().message)
               << '\n';
        return Failed;
    }
    const registry::KeychainStore keychain;
    const auto saved = keychain.writeSecret(entry.credentialKey(), auth.password);
    registry::wipeSecret(auth.password);
    if (!saved) {
        io.err << QCoreApplication::translate("Cli", "The credentials are valid, but saving them failed: %1")
                      .arg(saved.error().message)
               << '\n';
        return Failed;
    }
    entry.username = auth.username;
    const QString problem = store.save(entry);
    if (!problem.isEmpty()) {
        io.err << problem << '\n';
        return Failed;
    }
    io.out << QCoreApplication::translate("Cli", "%1: credentials for %2 at %3 saved in the keychain.")
                  .arg(check->status.isEmpty() ? QStringLiteral("Login Succeeded") : check->status,
                       entry.username, entry.host)
           << '\n';
    return Success;
}

int runLogout(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Removes the credentials saved in the app for REGISTRY (keychain entry and username). Docker's own "
        "config.json is not touched."));
    const QCommandLineOption help = helpOption();
    // Its own description: the option is accepted so that scripts can pass --host to every verb.
    const QCommandLineOption host = hostOption(
        QCoreApplication::translate("Cli", "Accepted for symmetry; logout does not talk to the daemon."));
    parser.addOptions({help, host});
    parser.addPositionalArgument(QStringLiteral("REGISTRY"),
                                 QCoreApplication::translate("Cli", "docker.io, ghcr.io or host[:port]."));
    if (const auto stop = parseVerb(parser, args, io, help, AnyPositionals))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        io.err << QCoreApplication::translate("Cli", "%1: give one REGISTRY. Run '%1 --help'.")
                      .arg(args.value(0))
               << '\n';
        return Usage;
    }
    const QString hostProblem = registry::RegistryEntry::validateHost(pos.first());
    if (!hostProblem.isEmpty()) {
        io.err << args.value(0) << ": " << hostProblem << '\n';
        return Usage;
    }
    QSettings settings(registry::RegistryStore::appSettingsFile(io.env), QSettings::IniFormat);
    registry::RegistryStore store(&settings);
    registry::RegistryEntry entry = store.find(pos.first());
    const registry::KeychainStore keychain;
    const auto deleted = keychain.deleteSecret(entry.credentialKey());
    if (!deleted) {
        io.err << deleted.error().message << '\n';
        return Failed;
    }
    if (store.contains(entry.host)) {
        entry.username.clear();
        store.save(entry);
    }
    io.out << QCoreApplication::translate("Cli", "Removed the saved credentials for %1.").arg(entry.host)
           << '\n';
    return Success;
}

} // namespace mcpdock::cli
