#include "imagebuilder.h"

#include "buildcontextwriter.h"
#include "buildlog.h"
#include "cleanupjournal.h"
#include "dockerignore.h"

#include "docker/engineclient.h"
#include "dockerfile/imagelabels.h"
#include "mcp/mcpverifier.h"
#include "registry/reference.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QThread>

namespace mcpdock::imagebuild {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ImageBuilder", text);
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KiB").arg(bytes / 1024.0, 0, 'f', 1);
    return tr("%1 MiB").arg(bytes / (1024.0 * 1024.0), 0, 'f', 1);
}

bool isConnectionKind(docker::DockerError::Kind kind)
{
    using K = docker::DockerError::Kind;
    return kind == K::DaemonNotRunning || kind == K::ConnectionRefused || kind == K::PermissionDenied ||
           kind == K::ConnectionLost || kind == K::Timeout || kind == K::Tls || kind == K::Config ||
           kind == K::UnsupportedApi || kind == K::Protocol;
}

} // namespace

QString BuildFailure::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Generator:
        return QStringLiteral("generator");
    case Kind::Context:
        return QStringLiteral("context");
    case Kind::Connection:
        return QStringLiteral("connection");
    case Kind::Build:
        return QStringLiteral("build");
    case Kind::Tag:
        return QStringLiteral("tag");
    case Kind::Discovery:
        return QStringLiteral("discovery");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("build");
}

ImageBuilder::ImageBuilder(ImageBuildOptions options)
    : m_options(std::move(options))
{
    m_redactor.addSecrets(m_options.secrets);
}

// The one place events are made visible: the CLI, the GUI and .build.log get the same redacted text.
void ImageBuilder::emitEvent(const BuildEvent& event)
{
    BuildEvent redacted = event;
    redacted.text = m_redactor.redact(event.text);
    if (m_log)
        m_log->write(redacted);
    if (m_onEvent)
        m_onEvent(redacted);
}

void ImageBuilder::redactFailure(BuildFailure& failure) const
{
    for (QString* field : {&failure.message, &failure.instruction, &failure.subject, &failure.suggestion})
        *field = m_redactor.redact(*field);
}

void ImageBuilder::info(const QString& text, BuildEvent::Kind kind)
{
    BuildEvent e;
    e.kind = kind;
    e.time = QDateTime::currentDateTimeUtc();
    e.elapsedMs = m_elapsed ? m_elapsed() : 0;
    e.text = text;
    emitEvent(e);
}

Expected<BuildResult, BuildFailure> ImageBuilder::build(const project::Project& manifest,
                                                        const std::atomic_bool* cancel)
{
    m_redactor.addSecrets(projectSecrets(manifest.projectDir));
    dockerfile::GeneratorOptions generatorOptions;
    generatorOptions.bases = m_options.bases;
    const auto generated = dockerfile::generateDockerfile(manifest, generatorOptions);
    if (!generated) {
        BuildFailure f;
        f.kind = BuildFailure::Kind::Generator;
        f.message = generated.error().join(QLatin1Char(' '));
        f.suggestion = tr("Fix the manifest or the base image options, then build again.");
        return f;
    }

    BuildContextWriter context(manifest.projectDir);
    QString ignoreError;
    // A published package has no folder: its context is the generated files alone.
    if (!manifest.projectDir.isEmpty())
        context.setIgnore(DockerIgnore::load(manifest.projectDir, &ignoreError));
    auto contextFailure = [](const ContextError& e) {
        BuildFailure f;
        f.kind = e.kind == ContextError::Kind::Cancelled ? BuildFailure::Kind::Cancelled
                                                         : BuildFailure::Kind::Context;
        f.cause =
            e.kind == ContextError::Kind::Cancelled ? Diagnosis::Kind::Cancelled : Diagnosis::Kind::Unknown;
        f.message = e.message;
        f.subject = e.path;
        f.suggestion = e.kind == ContextError::Kind::OutsideProject
                           ? tr("Keep every file the manifest names inside the project folder.")
                           : tr("Fix the file named above, then build again.");
        return f;
    };
    if (!ignoreError.isEmpty()) {
        BuildFailure f;
        f.kind = BuildFailure::Kind::Context;
        f.message = ignoreError;
        f.subject = QStringLiteral(".dockerignore");
        f.suggestion =
            QFileInfo(manifest.projectDir + QStringLiteral("/.dockerignore")).isFile()
                ? tr("Fix the pattern in .dockerignore (docker would refuse it too), then build again.")
                : tr("Make .dockerignore a regular file (or remove it), then build again.");
        return f;
    }
    if (auto r = context.addMemoryFile(QStringLiteral("Dockerfile"), generated->text.toUtf8()); !r)
        return contextFailure(r.error());
    for (auto it = generated->generatedFiles.cbegin(); it != generated->generatedFiles.cend(); ++it)
        if (auto r = context.addMemoryFile(it.key(), it.value()); !r)
            return contextFailure(r.error());
    for (const QString& file : generated->projectFiles) {
        // A file the generator produced itself (a generated package.json) is already in memory.
        if (generated->generatedFiles.contains(file))
            continue;
        if (auto r = context.addProjectPath(file); !r)
            return contextFailure(r.error());
    }
    // Sent like the docker CLI sends it: the daemon reads it and removes the Dockerfile and itself
    // from the context when they are excluded.
    if (!manifest.projectDir.isEmpty() &&
        QFileInfo::exists(manifest.projectDir + QStringLiteral("/.dockerignore")))
        if (auto r = context.addProjectPath(QStringLiteral(".dockerignore")); !r)
            return contextFailure(r.error());

    QMap<QString, QString> labels = generated->buildLabels;
    for (auto it = m_options.labels.cbegin(); it != m_options.labels.cend(); ++it)
        labels.insert(it.key(), it.value());

    struct Discover
    {
        ImageBuilder* self;
        ~Discover() { self->m_discoverFor = nullptr; }
    } discover{this};
    if (manifest.kind != project::Project::Kind::ToolContract)
        m_discoverFor = &manifest;
    auto result = buildContext(context, manifest.projectDir, labels, cancel);
    if (result)
        result->notes = generated->notes;
    return result;
}

Expected<BuildResult, BuildFailure> ImageBuilder::buildContext(const BuildContextWriter& context,
                                                               const QString& logDir,
                                                               const QMap<QString, QString>& labels,
                                                               const std::atomic_bool* cancel)
{
    QElapsedTimer timer;
    timer.start();
    m_elapsed = [&timer] {
        return timer.elapsed();
    };
    const QDateTime started = QDateTime::currentDateTimeUtc();

    std::unique_ptr<BuildLog> log;
    if (m_options.writeLog && !logDir.isEmpty()) {
        log = std::make_unique<BuildLog>(BuildLog::pathFor(logDir));
        // A log that cannot be written is worth one warning, never a failed build.
        log->setWarningHandler([this](const QString& w) {
            BuildEvent e;
            e.kind = BuildEvent::Kind::Warning;
            e.time = QDateTime::currentDateTimeUtc();
            e.elapsedMs = m_elapsed ? m_elapsed() : 0;
            e.text = m_redactor.redact(w);
            if (m_onEvent)
                m_onEvent(e);
        });
        m_log = log.get();
    }
    struct Reset
    {
        ImageBuilder* self;
        ~Reset()
        {
            self->m_log = nullptr;
            self->m_elapsed = nullptr;
        }
    } reset{this};

    info(tr("Building on %1").arg(m_options.endpoint.displayAddress()));
    if (!context.excluded().isEmpty())
        info(QCoreApplication::translate("ImageBuilder", "%n project path(s) excluded by .dockerignore: %1",
                                         nullptr, static_cast<int>(context.excluded().size()))
                 .arg(context.excluded().join(QStringLiteral(", "))));

    docker::EngineClient client(m_options.endpoint);
    // Leftovers of an earlier build whose daemon died before its rollback could run.
    const QStringList swept = journal().sweep(m_options.endpoint.displayAddress(), client);
    if (!swept.isEmpty())
        info(QCoreApplication::translate("ImageBuilder",
                                         "Removed %n leftover(s) of an earlier build that lost its daemon",
                                         nullptr, static_cast<int>(swept.size())));
    docker::BuildOptions buildOptions;
    buildOptions.tags.clear(); // tagged only after success
    buildOptions.labels = labels;
    buildOptions.networkMode = m_options.networkMode;
    buildOptions.noCache = m_options.noCache;
    buildOptions.pull = m_options.pull;
    buildOptions.platform = m_options.platform;
    buildOptions.rm = true;
    buildOptions.forceRm = true;

    BuildStreamParser parser(m_elapsed);
    ContextStats stats;
    std::optional<ContextError> contextFailed;
    const docker::BodyProducer producer = [&](docker::BodyWriter& out, QString* error) {
        auto written = context.write(out, cancel);
        if (!written) {
            contextFailed = written.error();
            if (error)
                *error = written.error().message;
            return false;
        }
        stats = *written;
        return true;
    };
    bool announcedContext = false;
    const docker::MessageHandler onMessage = [&](const docker::JsonMessage& message) {
        if (!announcedContext) {
            announcedContext = true;
            info(tr("Sent the build context: %1 files, %2")
                     .arg(stats.entries.size())
                     .arg(formatBytes(stats.bytesWritten)));
        }
        for (const BuildEvent& e : parser.feed(message))
            emitEvent(e);
    };

    auto built = client.buildImage(buildOptions, producer, onMessage, cancel);
    for (const BuildEvent& e : parser.finish())
        emitEvent(e);

    BuildResult result;
    result.totalSteps = parser.totalSteps();
    result.cacheHits = parser.cacheHits();
    result.steps = parser.steps();
    result.contextBytes = stats.bytesWritten;
    for (const QString& entry : stats.entries)
        if (!entry.endsWith(QLatin1Char('/')))
            result.contextFiles << entry;
    result.excludedByIgnore = stats.excluded;
    result.logPath = log ? log->path() : QString();

    const bool cancelled = cancel && cancel->load();
    if (cancelled)
        info(tr("Cancelled: the connection to the daemon is closed, the build stops; cleaning up."),
             BuildEvent::Kind::Warning);
    if (!built || cancelled) {
        BuildFailure failure;
        failure.logPath = result.logPath;
        if (contextFailed && contextFailed->kind != ContextError::Kind::Cancelled &&
            contextFailed->kind != ContextError::Kind::SinkFailed) {
            failure.kind = BuildFailure::Kind::Context;
            failure.message = contextFailed->message;
            failure.subject = contextFailed->path;
            failure.suggestion = tr("Fix the file named above, then build again.");
        } else {
            const docker::DockerError error =
                built ? docker::DockerError{docker::DockerError::Kind::Cancelled, QString(), 0}
                      : built.error();
            FailureInput in;
            in.step = parser.currentStep();
            in.instruction = parser.currentInstruction();
            in.daemonMessage = parser.error().isEmpty() ? error.message : parser.error();
            in.recentOutput = parser.recentOutput();
            in.cancelled = cancelled || error.kind == docker::DockerError::Kind::Cancelled;
            in.connectionLost = !in.cancelled && parser.error().isEmpty() && isConnectionKind(error.kind);
            const Diagnosis d = diagnoseBuildFailure(in);
            failure.kind = in.cancelled                                ? BuildFailure::Kind::Cancelled
                           : d.kind == Diagnosis::Kind::ConnectionLost ? BuildFailure::Kind::Connection
                                                                       : BuildFailure::Kind::Build;
            failure.cause = d.kind;
            failure.step = d.step;
            failure.instruction = d.instruction;
            failure.message = d.message;
            if (in.connectionLost) {
                // Say where the build was: "connection to Docker lost" alone leaves the user to
                // guess whether the failure was theirs.
                QString instruction = d.instruction;
                if (instruction.size() > 80)
                    instruction = instruction.left(79) + QChar(0x2026);
                failure.message = d.step > 0 ? tr("Connection to Docker lost during step %1/%2 (%3). %4")
                                                   .arg(d.step)
                                                   .arg(parser.totalSteps())
                                                   .arg(instruction, error.message)
                                             : error.message;
            }
            failure.suggestion = d.suggestion;
            failure.subject = d.subject;
            if (failure.kind == BuildFailure::Kind::Connection && !announcedContext)
                failure.suggestion =
                    tr("The build did not start: the Docker daemon cannot be reached. Check it "
                       "with mcpdock ping, then build again.");
        }
        if (failure.kind != BuildFailure::Kind::Connection || parser.currentStep() > 0)
            rollback(client, parser, started, failure);
        const bool stepInMessage = failure.kind == BuildFailure::Kind::Connection;
        info(failure.step > 0 && !stepInMessage ? tr("Build failed at step %1/%2 (%3): %4")
                                                      .arg(failure.step)
                                                      .arg(parser.totalSteps())
                                                      .arg(failure.instruction, failure.message)
                                                : tr("Build failed: %1").arg(failure.message),
             BuildEvent::Kind::Error);
        if (!failure.suggestion.isEmpty())
            info(failure.suggestion);
        redactFailure(failure);
        return failure;
    }

    result.imageId = *built;
    if (!result.imageId.startsWith(QLatin1String("sha256:")) && !parser.imageId().isEmpty())
        result.imageId = parser.imageId();

    // A server with its own command says what it serves: ask it before any tag exists, so a server
    // that does not answer leaves nothing behind.
    QString labelledImage;
    if (m_discoverFor) {
        const project::Project* project = m_discoverFor;
        m_discoverFor = nullptr; // once per build
        auto labelled = discoverTools(client, *project, result.imageId, cancel);
        if (!labelled) {
            BuildFailure failure = labelled.error();
            failure.logPath = result.logPath;
            rollback(client, parser, started, failure);
            info(failure.message, BuildEvent::Kind::Error);
            if (!failure.suggestion.isEmpty())
                info(failure.suggestion);
            return failure;
        }
        labelledImage = labelled->first;
        result.imageId = labelledImage;
        result.discoveredTools = labelled->second;
    }

    // Tags only now, and all or nothing.
    QStringList applied;
    for (const QString& tag : m_options.tags) {
        const auto ref = registry::ReferenceParser::parse(tag);
        QString problem;
        if (!ref) {
            problem = ref.error().message;
        } else {
            const QString repository = ref->familiarName();
            auto tagged = client.tagImage(result.imageId, repository, ref->tagOrLatest());
            if (tagged) {
                applied << repository + QLatin1Char(':') + ref->tagOrLatest();
                info(tr("Tagged %1").arg(applied.last()));
                continue;
            }
            problem = tagged.error().message;
        }
        BuildFailure failure;
        failure.kind = BuildFailure::Kind::Tag;
        failure.message = tr("Cannot tag the image as %1: %2").arg(tag, problem);
        failure.suggestion =
            tr("Choose a valid tag (lowercase name, tag of letters, digits, '.', '_' or '-').");
        failure.subject = tag;
        failure.logPath = result.logPath;
        for (const QString& t : std::as_const(applied))
            client.removeImage(t, false, true); // drops only the tag: the image has the others
        if (!labelledImage.isEmpty() && client.removeImage(labelledImage, false, true))
            failure.removedImages << labelledImage; // the label layer first: its parent is ours too
        rollback(client, parser, started, failure);
        info(failure.message, BuildEvent::Kind::Error);
        redactFailure(failure);
        return failure;
    }
    result.tags = applied;
    result.elapsedMs = timer.elapsed();
    info(tr("Built %1 in %2 s (%3 of %4 steps from the cache)")
             .arg(result.imageId.left(19))
             .arg(result.elapsedMs / 1000.0, 0, 'f', 1)
             .arg(result.cacheHits)
             .arg(result.totalSteps));
    return result;
}

Expected<QPair<QString, QStringList>, BuildFailure>
ImageBuilder::discoverTools(docker::EngineClient& client, const project::Project& project,
                            const QString& imageId, const std::atomic_bool* cancel)
{
    info(tr("Asking the server for its tools: running %1 once, without network").arg(imageId.left(19)));
    mcp::McpVerifier verifier(m_options.endpoint);
    verifier.setCompareWithLabel(false);
    verifier.setTimeoutMs(m_options.discoveryTimeoutMs);
    verifier.setProgressHandler([this](const QString& line) { info(line); });
    const auto listed = verifier.verify(imageId, cancel);
    if (!listed) {
        BuildFailure f;
        f.kind = listed.error().kind == mcp::VerifyError::Kind::Cancelled ? BuildFailure::Kind::Cancelled
                                                                          : BuildFailure::Kind::Discovery;
        // The start of the server's stderr is where a crash or a missing module is told.
        const QStringList lines =
            listed.error().partial.serverStderr.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QString message = listed.error().message;
        const qsizetype said = message.indexOf(QStringLiteral(" The server said: "));
        if (said >= 0)
            message.truncate(said);
        f.message = tr("The image was built, but its server did not list its tools: %1").arg(message);
        if (!lines.isEmpty())
            f.message += QLatin1Char(' ') +
                         tr("Its stderr began: %1").arg(lines.mid(0, 8).join(QStringLiteral(" | ")));
        f.suggestion = tr("Run the server's command on your machine and check that it speaks MCP over stdio "
                          "without network access; then build again. The image was not tagged.");
        return f;
    }
    info(QCoreApplication::translate("ImageBuilder", "The server lists %n tool(s): %1", nullptr,
                                     static_cast<int>(listed->tools.size()))
             .arg(listed->tools.join(QStringLiteral(", "))));

    // The labels, with the real tools, in one LABEL instruction on top of the built image.
    dockerfile::ServerDescription description;
    description.tools = listed->toolList;
    const QString dockerfileText =
        QStringLiteral("FROM ") + imageId + QLatin1Char('\n') +
        dockerfile::labelInstruction(dockerfile::descriptionLabels(project, description)) + QLatin1Char('\n');
    BuildContextWriter context{QString()};
    if (auto r = context.addMemoryFile(QStringLiteral("Dockerfile"), dockerfileText.toUtf8()); !r) {
        BuildFailure f;
        f.kind = BuildFailure::Kind::Discovery;
        f.message = r.error().message;
        return f;
    }
    docker::BuildOptions options;
    options.rm = true;
    options.forceRm = true;
    const docker::BodyProducer producer = [&context, cancel](docker::BodyWriter& out, QString* error) {
        auto written = context.write(out, cancel);
        if (!written && error)
            *error = written.error().message;
        return written.ok();
    };
    BuildStreamParser parser(m_elapsed);
    const docker::MessageHandler onMessage = [&parser](const docker::JsonMessage& message) {
        parser.feed(message);
    };
    auto built = client.buildImage(options, producer, onMessage, cancel);
    parser.finish();
    if (!built) {
        BuildFailure f;
        f.kind = BuildFailure::Kind::Discovery;
        f.message = tr("The tools could not be added to the image's labels: %1")
                        .arg(parser.error().isEmpty() ? built.error().message : parser.error());
        f.suggestion = tr("Build again; if it fails the same way, check the daemon with mcpdock ping.");
        return f;
    }
    QString id = *built;
    if (!id.startsWith(QLatin1String("sha256:")) && !parser.imageId().isEmpty())
        id = parser.imageId();
    return qMakePair(id, listed->tools);
}

CleanupJournal ImageBuilder::journal() const
{
    return m_options.cleanupJournalPath.isEmpty() ? CleanupJournal()
                                                  : CleanupJournal(m_options.cleanupJournalPath);
}

void ImageBuilder::rollback(docker::EngineClient& client, const BuildStreamParser& parser,
                            const QDateTime& started, BuildFailure& failure)
{
    // 0. A daemon that is gone cannot clean up: note what this build made, for the next build.
    if (!client.ping()) {
        journal().add(m_options.endpoint.displayAddress(), parser.containerIds(), parser.createdImageIds());
        if (!parser.containerIds().isEmpty() || !parser.createdImageIds().isEmpty())
            info(tr("Docker cannot be reached to clean up this build; its leftovers are removed when the "
                    "next build starts."));
        return;
    }

    // 1. Intermediate containers: forcerm makes the daemon remove them, but after a cancel it does
    //    so asynchronously; wait for that, and remove any it left.
    const QStringList containers = parser.containerIds();
    QElapsedTimer waited;
    waited.start();
    for (const QString& id : containers) {
        for (;;) {
            auto list = client.listContainers(true, {QStringLiteral("id=") + id});
            if (!list || list->isEmpty())
                break;
            if (waited.elapsed() > 3000) {
                if (client.removeContainer(id, true))
                    failure.removedContainers << id;
                break;
            }
            QThread::msleep(100);
        }
    }

    // 2. Images this build committed (not those it took from the cache), newest first, each
    //    removed alone (noprune) and only while nothing else uses it: another build's child or a
    //    tag means it is someone's cache, and it stays.
    QStringList created = parser.createdImageIds();
    QSet<QString> ours;
    for (const StepRecord& s : parser.steps())
        if (!s.imageId.isEmpty())
            ours.insert(s.imageId);
    // After a cancel the daemon may have committed one more step we never heard of: a dangling
    // image created during this build whose parent is one of our steps' images.
    docker::ImageFilters danglingFilter;
    danglingFilter.dangling = true;
    if (auto dangling = client.listImages(danglingFilter)) {
        for (const docker::ImageSummary& image : *dangling) {
            if (image.created.isValid() && image.created < started.addSecs(-2))
                continue;
            const QString shortId = image.id.mid(7, 12);
            if (created.contains(shortId))
                continue;
            auto inspected = client.inspectImage(image.id);
            if (!inspected)
                continue;
            const QString parent = inspected->value(QStringLiteral("Parent")).toString().mid(7, 12);
            if (!parent.isEmpty() && ours.contains(parent))
                created.append(shortId);
        }
    }
    for (auto it = created.crbegin(); it != created.crend(); ++it) {
        auto inspected = client.inspectImage(*it);
        if (!inspected)
            continue; // gone already
        if (!inspected->value(QStringLiteral("RepoTags")).toArray().isEmpty())
            continue;
        if (client.removeImage(*it, false, true))
            failure.removedImages << *it;
    }
    if (!failure.removedImages.isEmpty())
        info(QCoreApplication::translate("ImageBuilder",
                                         "Rolled back: removed %n image(s) this build created", nullptr,
                                         static_cast<int>(failure.removedImages.size())));
}

Expected<BuildResult, BuildFailure> buildMCPImage(const project::Project& manifest,
                                                  const ImageBuildOptions& options,
                                                  const BuildEventHandler& onEvent,
                                                  const std::atomic_bool* cancel)
{
    ImageBuilder builder(options);
    builder.setEventHandler(onEvent);
    return builder.build(manifest, cancel);
}

} // namespace mcpdock::imagebuild
