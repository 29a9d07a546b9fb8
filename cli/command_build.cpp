// mcpdock build: generate, build (no tag), tag on success, print the image ID last.
#include "commands.h"

#include "imagebuild/buildeventformat.h"
#include "imagebuild/imagebuilder.h"
#include "imagebuild/multiplatformbuilder.h"
#include "manifest/manifestloader.h"
#include "project/projectloader.h"
#include "registry/tagpolicy.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <atomic>
#include <csignal>

namespace mcpdock::cli {
namespace {

std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int)
{
    // Only an atomic store: the builder notices, closes the connection and rolls back.
    g_interrupted.store(true);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

// --push REGISTRY[/namespace] -> the arguments of `mcpdock push` for one tag.
QStringList pushArguments(const QString& tag, const QString& target, const QString& host, bool json)
{
    const qsizetype slash = target.indexOf(QLatin1Char('/'));
    const QString registryHost = slash < 0 ? target : target.left(slash);
    const QString nameSpace = slash < 0 ? QString() : target.mid(slash + 1);
    QStringList pushArgs{QStringLiteral("mcpdock push"), tag, QStringLiteral("--registry"), registryHost};
    if (!nameSpace.isEmpty())
        pushArgs << QStringLiteral("--namespace") << nameSpace;
    if (!host.isEmpty())
        pushArgs << QStringLiteral("--host") << host;
    if (json)
        pushArgs << QStringLiteral("--json");
    return pushArgs;
}

int runMultiPlatformBuild(const project::Project& m, const imagebuild::ImageBuildOptions& options,
                          const QString& platformList, const imagebuild::BuildEventHandler& onEvent,
                          bool json, const QStringList& printedInfo, CliIo& io, const QString& pushTarget,
                          const QString& host, const QString& verb)
{
    const auto platforms = imagebuild::Platform::parseList(platformList);
    if (!platforms) {
        io.err << verb << ": " << platforms.error() << '\n';
        return Usage;
    }
    imagebuild::MultiPlatformBuilder builder(options, *platforms);
    builder.setEventHandler(onEvent);
    g_interrupted.store(false);
    auto previousInt = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    const auto result = builder.build(m, &g_interrupted);
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (!result) {
        const imagebuild::BuildFailure& f = result.error();
        if (json) {
            io.out << QString::fromUtf8(QJsonDocument(imagebuild::BuildEventFormat::toJson(f))
                                            .toJson(QJsonDocument::Compact))
                   << '\n';
        } else {
            if (f.kind == imagebuild::BuildFailure::Kind::Generator ||
                f.kind == imagebuild::BuildFailure::Kind::Context)
                io.err << tr("error: %1").arg(f.message) << '\n';
            if (!f.suggestion.isEmpty() && !printedInfo.contains(f.suggestion))
                io.err << tr("hint: %1").arg(f.suggestion) << '\n';
            if (!f.logPath.isEmpty())
                io.err << tr("The whole build is in %1").arg(f.logPath) << '\n';
        }
        return Failed;
    }
    int code = Success;
    if (!pushTarget.isEmpty()) {
        for (const QString& tag : result->tags) {
            QStringList pushArgs = pushArguments(tag, pushTarget, host, json);
            pushArgs << QStringLiteral("--platform") << platformList;
            if (runPush(pushArgs, io) != Success) {
                code = Failed;
                break;
            }
        }
    }
    if (json) {
        QJsonArray builds;
        for (const auto& b : result->builds)
            builds.append(QJsonObject{{QStringLiteral("platform"), b.platform.text()},
                                      {QStringLiteral("imageId"), b.result.imageId},
                                      {QStringLiteral("tags"), QJsonArray::fromStringList(b.result.tags)}});
        io.out << QString::fromUtf8(
                      QJsonDocument(
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("result")},
                                      {QStringLiteral("tags"), QJsonArray::fromStringList(result->tags)},
                                      {QStringLiteral("platforms"), builds},
                                      {QStringLiteral("elapsedMs"), result->elapsedMs}})
                          .toJson(QJsonDocument::Compact))
               << '\n';
    } else {
        for (const auto& b : result->builds)
            io.out << b.platform.text() << ' ' << b.result.imageId << '\n';
    }
    return code;
}

} // namespace

int runBuild(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Builds the image of an MCP server project: generates the Dockerfile, sends the project's files, "
           "shows the build's progress, tags the image when the build succeeded and prints its ID last. "
           "A failed or interrupted build leaves no tag, container or dangling image behind."));
    const QCommandLineOption help = helpOption();
    const QCommandLineOption host = hostOption();
    const QCommandLineOption tagOption(
        {QStringLiteral("t"), QStringLiteral("tag")},
        tr("Tag the image as T (repeatable). Default: NAME:latest, NAME:vVERSION "
           "and NAME:TIMESTAMP."),
        QStringLiteral("T"));
    const QCommandLineOption nodeOption(
        QStringLiteral("base-node"),
        tr("Base image for JavaScript/TypeScript servers (default node:N-alpine)."), QStringLiteral("IMG"));
    const QCommandLineOption nodeDebianOption(
        QStringLiteral("base-node-debian"),
        tr("Debian-based Node image for mixed servers (default node:N-bookworm-slim)."),
        QStringLiteral("IMG"));
    const QCommandLineOption pythonOption(QStringLiteral("base-python"),
                                          tr("Base image for Python servers (default python:V-slim)."),
                                          QStringLiteral("IMG"));
    const QCommandLineOption networkOption(QStringLiteral("network"),
                                           tr("Network for RUN steps: host, none, or a network name."),
                                           QStringLiteral("MODE"));
    const QCommandLineOption noCacheOption(QStringLiteral("no-cache"), tr("Do not use the build cache."));
    const QCommandLineOption pullOption(QStringLiteral("pull"), tr("Always try to pull newer base images."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), tr("Print the events as JSON lines; the last line is the result or the "
                                   "failure."));
    const QCommandLineOption pushOption(
        QStringLiteral("push"),
        tr("After the build, push every tag to REGISTRY (host[:port], optionally "
           "followed by /namespace: ghcr.io/acme), as 'mcpdock push' does."),
        QStringLiteral("REGISTRY"));
    const QCommandLineOption platformOption(
        QStringLiteral("platform"),
        tr("Build for these platforms (linux/amd64,linux/arm64): one build each, tagged "
           "NAME:TAG-linux-<arch> "
           "(and NAME:TAG for the daemon's own platform) only when all succeeded; --push then pushes an "
           "image "
           "index of them as NAME:TAG. Foreign platforms run emulated (QEMU)."),
        QStringLiteral("P"));
    parser.addOptions({help, host, tagOption, nodeOption, nodeDebianOption, pythonOption, networkOption,
                       noCacheOption, pullOption, jsonOption, pushOption, platformOption});
    parser.addPositionalArgument(
        QStringLiteral("PROJECT"),
        tr("mcp.yaml, manifest.json, a project folder (with a manifest, or a package.json / pyproject.toml "
           "of "
           "an SDK-based server), or a published package: npm:NAME[@VERSION]. Arguments after -- are the "
           "server's, baked into the image's entry point."));
    QStringList serverArgs;
    const QStringList verbArgs = splitServerArgs(args, &serverArgs);
    if (const auto stop = parseVerb(parser, verbArgs, io, help, AnyPositionals))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("%1: give exactly one manifest (or project folder). Run '%1 --help'.").arg(args.value(0))
               << '\n';
        return Usage;
    }
    const bool json = parser.isSet(jsonOption);
    auto printJson = [&io](const QJsonObject& o) {
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        io.out.flush();
    };

    const auto loaded = project::loadProject(parser.positionalArguments().first(), serverArgs);
    if (!loaded) {
        for (const project::ProjectIssue& issue : loaded.error())
            io.err << issue.toString() << '\n';
        io.err << tr("%1: the manifest has problems; fix them and build again.").arg(args.value(0)) << '\n';
        return Failed;
    }
    const project::Project& m = loaded.value();

    const auto endpoint = endpointFor(parser, host, io);
    if (!endpoint)
        return Failed;

    imagebuild::ImageBuildOptions options;
    options.endpoint = *endpoint;
    options.bases.node = parser.value(nodeOption);
    options.bases.nodeDebian = parser.value(nodeDebianOption);
    options.bases.python = parser.value(pythonOption);
    options.networkMode = parser.value(networkOption);
    options.noCache = parser.isSet(noCacheOption);
    options.pull = parser.isSet(pullOption);
    options.tags = parser.values(tagOption);
    if (options.tags.isEmpty()) {
        const auto refs =
            registry::TagPolicy{}.references(m.name, m.version, QDateTime::currentDateTimeUtc());
        if (!refs) {
            io.err << refs.error().message << '\n';
            return Failed;
        }
        options.tags = *refs;
    }

    QString lastProgress;
    QStringList printedInfo; // what the stream already told, so the failure summary does not repeat it
    const imagebuild::BuildEventHandler onEvent = [&](const imagebuild::BuildEvent& e) {
        if (json) {
            printJson(imagebuild::BuildEventFormat::toJson(e));
            return;
        }
        if (e.kind == imagebuild::BuildEvent::Kind::Info)
            printedInfo.append(e.text);
        if (e.kind == imagebuild::BuildEvent::Kind::Progress) {
            if (e.text == lastProgress)
                return; // one line per status change, not per byte count
            lastProgress = e.text;
        }
        QString line = imagebuild::BuildEventFormat::line(e);
        if (line.isEmpty())
            return;
        if (!e.platform.isEmpty())
            line = QLatin1Char('[') + e.platform + QStringLiteral("] ") + line;
        (e.kind == imagebuild::BuildEvent::Kind::Error ? io.err : io.out) << line << '\n';
        io.out.flush();
        io.err.flush();
    };

    if (parser.isSet(platformOption))
        return runMultiPlatformBuild(m, options, parser.value(platformOption), onEvent, json, printedInfo, io,
                                     parser.isSet(pushOption) ? parser.value(pushOption) : QString(),
                                     parser.isSet(host) ? parser.value(host) : QString(), args.value(0));

    g_interrupted.store(false);
    auto previousInt = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    const auto result = imagebuild::buildMCPImage(m, options, onEvent, &g_interrupted);
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);

    if (!result) {
        const imagebuild::BuildFailure& f = result.error();
        if (json) {
            printJson(imagebuild::BuildEventFormat::toJson(f));
        } else {
            if (f.kind == imagebuild::BuildFailure::Kind::Generator ||
                f.kind == imagebuild::BuildFailure::Kind::Context)
                io.err << tr("error: %1").arg(f.message) << '\n';
            if (!f.suggestion.isEmpty() && !printedInfo.contains(f.suggestion))
                io.err << tr("hint: %1").arg(f.suggestion) << '\n';
            // A build the daemon never saw has nothing in the log worth reading.
            const bool reachedDaemon = f.kind != imagebuild::BuildFailure::Kind::Connection || f.step > 0;
            if (!f.logPath.isEmpty() && reachedDaemon)
                io.err << tr("The whole build is in %1").arg(f.logPath) << '\n';
        }
        return Failed;
    }
    for (const QString& note : result->notes)
        if (!json)
            io.out << tr("note: %1").arg(note) << '\n';

    // The registry side owns pushing (credentials, targets, progress): reuse its verb per tag.
    int code = Success;
    if (parser.isSet(pushOption)) {
        for (const QString& tag : result->tags) {
            const QStringList pushArgs = pushArguments(
                tag, parser.value(pushOption), parser.isSet(host) ? parser.value(host) : QString(), json);
            if (runPush(pushArgs, io) != Success) {
                code = Failed;
                break;
            }
        }
    }
    if (json)
        printJson(imagebuild::BuildEventFormat::toJson(*result));
    else
        io.out << result->imageId << '\n';
    return code;
}

} // namespace mcpdock::cli
