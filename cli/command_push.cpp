// mcpdock push IMAGE --registry R: tag for the registry and push exactly one tag.
#include "commands.h"

#include "catalog/serverjson.h"
#include "docker/engineclient.h"
#include "registry/credentialresolver.h"
#include "registry/imagepusher.h"
#include "registry/keychainstore.h"
#include "registry/registrystore.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>

namespace mcpdock::cli {

int runPush(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Tags IMAGE for a registry (registry/namespace/name:tag) and pushes that one tag. Credentials come "
        "from the app's keychain (mcpdock login), then Docker's config.json (credHelpers, credsStore, "
        "auths)."));
    const QCommandLineOption help = helpOption();
    const QCommandLineOption host = hostOption();
    const QCommandLineOption registryOption(
        {QStringLiteral("r"), QStringLiteral("registry")},
        QCoreApplication::translate("Cli", "Registry: docker.io, ghcr.io or host[:port]."),
        QStringLiteral("R"));
    const QCommandLineOption namespaceOption(
        {QStringLiteral("n"), QStringLiteral("namespace")},
        QCoreApplication::translate("Cli",
                                    "User or organisation in the registry (required for Docker Hub unless "
                                    "saved for it)."),
        QStringLiteral("N"));
    const QCommandLineOption tagOption(
        {QStringLiteral("t"), QStringLiteral("tag")},
        QCoreApplication::translate("Cli", "Tag in the registry (default: IMAGE's tag, or latest)."),
        QStringLiteral("T"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("Cli", "Show the target, registry and credential source and check the "
                                           "credentials; push nothing."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("Cli", "Print the result as JSON."));
    const QCommandLineOption serverJsonOption(
        QStringLiteral("server-json"),
        QCoreApplication::translate("Cli",
                                    "After the push, write the MCP Registry's server.json for the pushed "
                                    "image (identifier repository:tag@digest) to FILE."),
        QStringLiteral("FILE"));
    parser.addOptions(
        {help, host, registryOption, namespaceOption, tagOption, dryRunOption, jsonOption, serverJsonOption});
    parser.addPositionalArgument(QStringLiteral("IMAGE"),
                                 QCoreApplication::translate("Cli", "Local image, e.g. weather:v1."));
    if (const auto stop = parseVerb(parser, args, io, help, AnyPositionals))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || !parser.isSet(registryOption)) {
        io.err << QCoreApplication::translate("Cli", "%1: give one IMAGE and --registry R. Run '%1 --help'.")
                      .arg(args.value(0))
               << '\n';
        return Usage;
    }
    const QString image = pos.first();
    const QString hostProblem = registry::RegistryEntry::validateHost(parser.value(registryOption));
    if (!hostProblem.isEmpty()) {
        io.err << args.value(0) << ": " << hostProblem << '\n';
        return Usage;
    }

    QSettings settings(registry::RegistryStore::appSettingsFile(io.env), QSettings::IniFormat);
    registry::RegistryStore store(&settings);
    const registry::RegistryEntry entry = store.find(parser.value(registryOption));
    const auto target = registry::ImagePusher::targetFor(image, entry, parser.value(namespaceOption),
                                                         parser.value(tagOption));
    if (!target) {
        io.err << args.value(0) << ": " << target.error().text() << '\n';
        return Usage;
    }

    const auto endpoint = endpointFor(parser, host, io);
    if (!endpoint)
        return Failed;
    docker::EngineClient client(endpoint.value());

    const registry::KeychainStore keychain;
    const registry::CredentialResolver resolver(&store, &keychain, io.env);
    auto creds = resolver.resolve(entry.host);
    if (!creds) {
        io.err << creds.error().message << '\n';
        return Failed;
    }
    const registry::CredentialSource source = creds->source;
    const bool json = parser.isSet(jsonOption);

    if (parser.isSet(dryRunOption)) {
        const auto inspected = client.inspectImage(image);
        QString authStatus;
        QString authMessage;
        bool authOk = true;
        if (!creds->found()) {
            authStatus = QStringLiteral("skipped");
            authMessage =
                QCoreApplication::translate("Cli", "no credentials found: the push would be anonymous");
        } else {
            const auto check = client.checkAuth(creds->auth);
            authOk = check.ok();
            authStatus = authOk ? QStringLiteral("ok") : QStringLiteral("failed");
            authMessage = authOk ? check->status : check.error().message;
        }
        creds->wipe();
        const bool imageOk = inspected.ok();
        if (json) {
            io.out << QJsonDocument(QJsonObject{
                                        {QStringLiteral("dryRun"), true},
                                        {QStringLiteral("image"), image},
                                        {QStringLiteral("imageFound"), imageOk},
                                        {QStringLiteral("target"), target->reference()},
                                        {QStringLiteral("registry"), target->registryHost},
                                        {QStringLiteral("credentialSource"),
                                         registry::CredentialSource::kindName(source.kind)},
                                        {QStringLiteral("credentialDetail"), source.detail},
                                        {QStringLiteral("authCheck"), authStatus},
                                        {QStringLiteral("authMessage"), authMessage},
                                    })
                          .toJson(QJsonDocument::Indented);
        } else {
            io.out << QCoreApplication::translate("Cli", "Dry run: nothing is pushed.") << '\n'
                   << QCoreApplication::translate("Cli", "Image:       %1%2")
                          .arg(image, imageOk ? QString()
                                              : QCoreApplication::translate("Cli", " (NOT FOUND locally)"))
                   << '\n'
                   << QCoreApplication::translate("Cli", "Would tag:   %1").arg(target->reference()) << '\n'
                   << QCoreApplication::translate("Cli", "Would push:  %1 (tag %2 only)")
                          .arg(target->reference(), target->tag)
                   << '\n'
                   << QCoreApplication::translate("Cli", "Registry:    %1 (%2)")
                          .arg(target->registryHost, entry.displayName())
                   << '\n'
                   << QCoreApplication::translate("Cli", "Credentials: %1").arg(source.describe()) << '\n'
                   << QCoreApplication::translate("Cli", "Auth check:  %1").arg(authMessage) << '\n';
        }
        if (!imageOk && !json)
            io.err << inspected.error().message << '\n';
        return imageOk && authOk ? Success : Failed;
    }

    QElapsedTimer sinceReport;
    sinceReport.start();
    const QLocale c = QLocale::c();
    std::pair<qint64, int> lastShown{-1, -1};
    const auto result = registry::ImagePusher::push(
        client, image, *target, creds->auth, [&](const registry::PushProgress& p) {
            // At most one line a second, always the final figure, never the same figure twice.
            if (json || (sinceReport.elapsed() < 1000 && p.layersDone < p.layers) ||
                lastShown == std::pair<qint64, int>{p.bytesDone, p.layersDone})
                return;
            lastShown = {p.bytesDone, p.layersDone};
            sinceReport.restart();
            io.err << QCoreApplication::translate("Cli", "Pushing %1: %2").arg(target->reference(), p.text(c))
                   << '\n';
            io.err.flush();
        });
    creds->wipe();
    if (!result) {
        if (json)
            io.out << QJsonDocument(QJsonObject{{QStringLiteral("reference"), target->reference()},
                                                {QStringLiteral("error"), result.error().message},
                                                {QStringLiteral("hint"), result.error().hint}})
                          .toJson(QJsonDocument::Indented);
        io.err << QCoreApplication::translate("Cli", "Push of %1 failed: %2")
                      .arg(target->reference(), result.error().text())
               << '\n';
        return Failed;
    }
    // server.json from what the image's labels say about its project, naming exactly what was pushed.
    QString serverJsonProblem;
    if (parser.isSet(serverJsonOption)) {
        const auto inspected = client.inspectImage(image);
        if (!inspected) {
            serverJsonProblem = inspected.error().message;
        } else {
            const auto made = catalog::makeServerJson(catalog::projectFromImage(*inspected),
                                                      result->reference + QLatin1Char('@') + result->digest);
            if (!made) {
                QStringList problems;
                for (const catalog::ServerJsonProblem& p : made.error())
                    problems << p.toString();
                serverJsonProblem = problems.join(QStringLiteral("; "));
            } else if (!writeOutput(parser.value(serverJsonOption),
                                    QJsonDocument(*made).toJson(QJsonDocument::Indented), io)) {
                serverJsonProblem = QCoreApplication::translate("Cli", "the file could not be written");
            }
        }
        if (!serverJsonProblem.isEmpty())
            io.err << QCoreApplication::translate("Cli", "Pushed %1, but wrote no server.json: %2")
                          .arg(result->reference, serverJsonProblem)
                   << '\n';
    }
    if (json) {
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("reference"), result->reference},
                                            {QStringLiteral("digest"), result->digest},
                                            {QStringLiteral("registry"), target->registryHost},
                                            {QStringLiteral("credentialSource"),
                                             registry::CredentialSource::kindName(source.kind)}})
                      .toJson(QJsonDocument::Indented);
    } else {
        io.out << QCoreApplication::translate("Cli", "Pushed %1").arg(result->reference) << '\n'
               << QCoreApplication::translate("Cli", "Digest: %1").arg(result->digest) << '\n';
    }
    return serverJsonProblem.isEmpty() ? Success : Failed;
}

} // namespace mcpdock::cli
