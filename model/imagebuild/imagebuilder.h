#pragma once

#include "buildevent.h"
#include "buildstreamparser.h"
#include "cleanupjournal.h"
#include "expected.h"
#include "failurediagnosis.h"
#include "redactor.h"

#include "docker/endpoint.h"
#include "dockerfile/dockerfilegenerator.h"
#include "project/project.h"

#include <QMap>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace mcpdock::docker {
class EngineClient;
}

namespace mcpdock::imagebuild {

class BuildContextWriter;

struct ImageBuildOptions
{
    docker::Endpoint endpoint;
    dockerfile::BaseImages bases; // overrides; empty fields take the generator's defaults
    QString networkMode;          // "host", "none", empty: the daemon's default
    bool noCache = false;
    bool pull = false;              // always try to pull newer base images
    QString platform;               // "linux/arm64"; empty: the daemon's own
    QStringList tags;               // references applied after success ("weather:latest")
    QMap<QString, QString> labels;  // added to the generator's build labels
    bool writeLog = true;           // .build.log in the project folder
    int discoveryTimeoutMs = 60000; // how long a server with its own command may take to list its tools
    QStringList secrets;        // never shown: masked in every event, the failure and the log (the project's
                                // .npmrc tokens are added by build() itself)
    QString cleanupJournalPath; // leftovers of builds that lost their daemon; empty: the default
};

struct BuildResult
{
    QString imageId; // sha256:...
    QStringList tags;
    qint64 elapsedMs = 0;
    int totalSteps = 0;
    int cacheHits = 0; // steps whose result came from the build cache
    QList<StepRecord> steps;
    qint64 contextBytes = 0;      // tar bytes sent to the daemon
    QStringList contextFiles;     // what the context held
    QStringList excludedByIgnore; // project files .dockerignore kept out
    QStringList notes;            // the generator's notes
    QString logPath;              // empty when no log was written
    QStringList discoveredTools;  // what a server with its own command listed (the label's names)
};

struct BuildFailure
{
    enum class Kind
    {
        Generator,  // the Dockerfile could not be generated
        Context,    // the build context could not be written (file outside the project...)
        Connection, // the daemon could not be reached or went away
        Build,      // the daemon's build failed: see cause
        Tag,        // the image was built but could not be tagged (rolled back)
        Discovery,  // the image was built but its server did not list its tools (rolled back)
        Cancelled,
    };
    Kind kind = Kind::Build;
    Diagnosis::Kind cause = Diagnosis::Kind::Unknown;
    int step = 0;
    QString instruction;
    QString message;
    QString suggestion;
    QString subject;
    QString logPath;
    QStringList removedImages;     // what rollback deleted
    QStringList removedContainers; // intermediate containers rollback had to remove itself

    static QString kindName(Kind kind);
};

using BuildEventHandler = std::function<void(const BuildEvent&)>;

// The "press Build" path shared by the GUI and `mcpdock build`: generates the Dockerfile, streams
// the context (tar, chunked) to POST /build with no tag, turns the daemon's stream into events,
// writes .build.log, tags only after success, and rolls back on failure or cancel: no tag, no
// intermediate container, no image this build created left dangling (images other builds use as
// cache are kept). Blocking: run it on a worker thread (BuildJob) or in the CLI.
class ImageBuilder
{
public:
    explicit ImageBuilder(ImageBuildOptions options);

    void setEventHandler(BuildEventHandler handler) { m_onEvent = std::move(handler); }

    Expected<BuildResult, BuildFailure> build(const project::Project& manifest,
                                              const std::atomic_bool* cancel = nullptr);

    // The same pipeline for a context that is already described (tests, raw Dockerfiles): logDir
    // gets .build.log when the options ask for one.
    Expected<BuildResult, BuildFailure> buildContext(const BuildContextWriter& context, const QString& logDir,
                                                     const QMap<QString, QString>& labels,
                                                     const std::atomic_bool* cancel = nullptr);

private:
    void emitEvent(const BuildEvent& event);
    void redactFailure(BuildFailure& failure) const;
    void info(const QString& text, BuildEvent::Kind kind = BuildEvent::Kind::Info);
    CleanupJournal journal() const;
    // A server with its own command: run the image once (no network), list its tools, and put them
    // into the labels with a one-instruction build on top. Returns the labelled image's ID and the
    // tool names.
    Expected<QPair<QString, QStringList>, BuildFailure> discoverTools(docker::EngineClient& client,
                                                                      const project::Project& project,
                                                                      const QString& imageId,
                                                                      const std::atomic_bool* cancel);
    void rollback(docker::EngineClient& client, const BuildStreamParser& parser, const QDateTime& started,
                  BuildFailure& failure);

    ImageBuildOptions m_options;
    BuildEventHandler m_onEvent;
    Redactor m_redactor;             // the options' secrets, then the project's: applied once, in emitEvent
    class BuildLog* m_log = nullptr; // while a build runs
    const project::Project* m_discoverFor = nullptr; // while build() runs a project that needs discovery
    std::function<qint64()> m_elapsed;
};

// Convenience for one build.
Expected<BuildResult, BuildFailure> buildMCPImage(const project::Project& manifest,
                                                  const ImageBuildOptions& options,
                                                  const BuildEventHandler& onEvent = {},
                                                  const std::atomic_bool* cancel = nullptr);

} // namespace mcpdock::imagebuild

Q_DECLARE_METATYPE(mcpdock::imagebuild::BuildResult)
Q_DECLARE_METATYPE(mcpdock::imagebuild::BuildFailure)
