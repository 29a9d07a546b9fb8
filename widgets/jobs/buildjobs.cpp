#include "jobs/buildjobs.h"

#include "imagebuild/buildjob.h"
#include "itemmodels/buildlogmodel.h"
#include "mcp/mcpverifier.h"
#include "registry/tagpolicy.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <atomic>

namespace mcpdock::widgets {

using imagebuild::BuildEvent;

namespace {

// Settings keep the tag set as templates; the three standard ones map onto TagPolicy's switches.
registry::TagPolicy tagPolicyFrom(const QStringList& templates)
{
    registry::TagPolicy p;
    p.latest = templates.contains(QStringLiteral("latest"));
    p.version = templates.contains(QStringLiteral("v{version}"));
    p.timestamp = templates.contains(QStringLiteral("{timestamp}"));
    for (const QString& t : templates) {
        if (t != QLatin1String("latest") && t != QLatin1String("v{version}") &&
            t != QLatin1String("{timestamp}"))
            p.extraTemplates << t;
    }
    return p;
}

BuildEvent infoEvent(const QString& text, BuildEvent::Kind kind = BuildEvent::Kind::Info)
{
    BuildEvent e;
    e.kind = kind;
    e.time = QDateTime::currentDateTimeUtc();
    e.text = text;
    return e;
}

QString failureText(const imagebuild::BuildFailure& f)
{
    QString text = f.message;
    if (f.step > 0)
        text = Job::tr("Step %1 (%2): %3").arg(f.step).arg(f.instruction, f.message);
    if (!f.suggestion.isEmpty())
        text += QLatin1Char(' ') + f.suggestion;
    return text;
}

// Dry run: what Build would do, written to the log; nothing reaches the daemon.
class DryRunWorker : public QObject
{
    Q_OBJECT

public:
    DryRunWorker(project::Project manifest, dockerfile::BaseImages bases, QStringList tags)
        : m_manifest(std::move(manifest))
        , m_bases(std::move(bases))
        , m_tags(std::move(tags))
    {}

public slots:
    void start()
    {
        dockerfile::GeneratorOptions options;
        options.bases = m_bases;
        const auto generated = dockerfile::generateDockerfile(m_manifest, options);
        if (!generated) {
            emit failed(generated.error().join(QLatin1Char(' ')));
            return;
        }
        emit buildEvent(infoEvent(Job::tr("Dry run: nothing is sent to the Docker daemon.")));
        emit buildEvent(
            infoEvent(Job::tr("Would build %1 from %2").arg(m_manifest.name, m_manifest.projectDir)));
        emit buildEvent(infoEvent(Job::tr("Would tag: %1").arg(m_tags.join(QStringLiteral(", ")))));
        const QStringList lines = generated->text.split(QLatin1Char('\n'));
        for (const QString& line : lines)
            emit buildEvent(infoEvent(line, BuildEvent::Kind::Output));
        emit succeeded(Job::tr("Dry run: %n tag(s) would be created.", nullptr, int(m_tags.size())));
    }

signals:
    void buildEvent(const mcpdock::imagebuild::BuildEvent& event);
    void succeeded(const QString& message);
    void failed(const QString& message);

private:
    project::Project m_manifest;
    dockerfile::BaseImages m_bases;
    QStringList m_tags;
};

// The verifier is blocking; this runs it on the job's thread with a cancel flag.
class VerifyWorker : public QObject
{
    Q_OBJECT

public:
    explicit VerifyWorker(VerifyRequest request)
        : m_request(std::move(request))
    {}

    void cancel() { m_cancel.store(true); }

public slots:
    void start()
    {
        mcp::McpVerifier verifier(m_request.endpoint);
        verifier.setProgressHandler([this](const QString& line) { emit buildEvent(infoEvent(line)); });
        const auto r = verifier.verify(m_request.image, &m_cancel);
        if (!r) {
            emit buildEvent(infoEvent(r.error().message, BuildEvent::Kind::Error));
            emit failed(r.error().message);
            return;
        }
        QStringList missing = r->missing;
        QStringList unexpected = r->unexpected;
        // When the project is loaded, compare with the manifest too: the label could be stale.
        if (m_request.manifest) {
            QStringList declared;
            for (const auto& t : m_request.manifest->tools)
                declared << t.name;
            for (const QString& t : declared) {
                if (!r->tools.contains(t) && !missing.contains(t))
                    missing << t;
            }
        }
        const QString summary =
            Job::tr("%1 answered %2 (protocol %3) and lists %n tool(s): %4.", nullptr, int(r->tools.size()))
                .arg(r->serverName.isEmpty() ? m_request.image : r->serverName, r->handshake,
                     r->protocolVersion, r->tools.join(QStringLiteral(", ")));
        emit buildEvent(infoEvent(summary));
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            QString text = summary;
            if (!missing.isEmpty())
                text += QLatin1Char(' ') + Job::tr("Missing: %1.").arg(missing.join(QStringLiteral(", ")));
            if (!unexpected.isEmpty())
                text += QLatin1Char(' ') +
                        Job::tr("Not declared: %1.").arg(unexpected.join(QStringLiteral(", ")));
            emit buildEvent(infoEvent(text, BuildEvent::Kind::Error));
            emit failed(text);
            return;
        }
        emit succeeded(summary);
    }

signals:
    void buildEvent(const mcpdock::imagebuild::BuildEvent& event);
    void succeeded(const QString& message);
    void failed(const QString& message);

private:
    VerifyRequest m_request;
    std::atomic_bool m_cancel{false};
};

} // namespace

JobSpec makeBuildJobSpec(const BuildRequest& request, BuildLogModel* log)
{
    JobSpec spec;
    spec.kind = Job::Kind::Build;
    const QString name = request.manifest.name;
    spec.title = request.dryRun ? Job::tr("Build %1 (dry run)").arg(name) : Job::tr("Build %1").arg(name);

    const auto references = tagPolicyFrom(request.tagTemplates)
                                .references(name, request.manifest.version, QDateTime::currentDateTimeUtc());
    QStringList tags = references ? *references : QStringList();
    QPointer<BuildLogModel> logGuard(log);
    auto toLog = [logGuard, name](const BuildEvent& e) {
        if (logGuard)
            logGuard->enqueue(name, e);
    };

    if (request.dryRun) {
        spec.createWorker = [m = request.manifest, b = request.bases, tags]() -> QObject* {
            return new DryRunWorker(m, b, tags);
        };
        spec.wire = [toLog](QObject* worker, Job* job) {
            auto* w = static_cast<DryRunWorker*>(worker);
            QObject::connect(w, &DryRunWorker::buildEvent, job, toLog);
            QObject::connect(w, &DryRunWorker::succeeded, job, &Job::succeed);
            QObject::connect(w, &DryRunWorker::failed, job, &Job::fail);
        };
        return spec;
    }

    imagebuild::ImageBuildOptions options;
    options.endpoint = request.endpoint;
    options.bases = request.bases;
    options.networkMode = request.networkMode;
    options.tags = tags;
    const QString tagProblem = references ? QString() : references.error().message;
    spec.createWorker = [m = request.manifest, options]() -> QObject* {
        return new imagebuild::BuildJob(m, options);
    };
    spec.startSlot = "run";
    spec.wire = [toLog, tagProblem](QObject* worker, Job* job) {
        auto* w = static_cast<imagebuild::BuildJob*>(worker);
        QObject::connect(w, &imagebuild::BuildJob::progress, job, [job](int step, int total) {
            job->setProgress(step, total);
            job->setStatus(Job::tr("Step %1 of %2").arg(step).arg(total));
        });
        QObject::connect(w, &imagebuild::BuildJob::buildEvent, job, [toLog, job](const BuildEvent& e) {
            toLog(e);
            if (e.kind == BuildEvent::Kind::Step)
                job->setStatus(e.text);
        });
        QObject::connect(w, &imagebuild::BuildJob::finished, job, [job](const imagebuild::BuildResult& r) {
            job->setProperty("imageId", r.imageId);
            job->setProgress(r.totalSteps, r.totalSteps);
            job->succeed(Job::tr("%1 (%n cached step(s)).", nullptr, r.cacheHits)
                             .arg(r.tags.isEmpty() ? r.imageId.left(19) : r.tags.join(QStringLiteral(", "))));
        });
        QObject::connect(w, &imagebuild::BuildJob::failed, job,
                         [job, toLog](const imagebuild::BuildFailure& f) {
                             toLog(infoEvent(failureText(f), BuildEvent::Kind::Error));
                             job->fail(failureText(f));
                         });
        if (!tagProblem.isEmpty())
            job->setStatus(tagProblem);
    };
    spec.cancel = [](QObject* worker) {
        static_cast<imagebuild::BuildJob*>(worker)->cancel();
    };
    return spec;
}

JobSpec makeVerifyJobSpec(const VerifyRequest& request, BuildLogModel* log)
{
    JobSpec spec;
    spec.kind = Job::Kind::Verify;
    spec.title = Job::tr("Verify %1").arg(request.image);
    QPointer<BuildLogModel> logGuard(log);
    const QString source = request.image;
    spec.createWorker = [request]() -> QObject* {
        return new VerifyWorker(request);
    };
    spec.wire = [logGuard, source](QObject* worker, Job* job) {
        auto* w = static_cast<VerifyWorker*>(worker);
        QObject::connect(w, &VerifyWorker::buildEvent, job, [logGuard, source](const BuildEvent& e) {
            if (logGuard)
                logGuard->enqueue(source, e);
        });
        QObject::connect(w, &VerifyWorker::succeeded, job, &Job::succeed);
        QObject::connect(w, &VerifyWorker::failed, job, &Job::fail);
    };
    spec.cancel = [](QObject* worker) {
        static_cast<VerifyWorker*>(worker)->cancel();
    };
    return spec;
}

} // namespace mcpdock::widgets

#include "buildjobs.moc"
