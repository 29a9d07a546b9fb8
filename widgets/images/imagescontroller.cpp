#include "imagescontroller.h"

#include "common/dialogs.h"
#include "common/taskrunner.h"
#include "docker/engineclient.h"
#include "images/describedialog.h"
#include "images/imagespane.h"
#include "images/pushdialog.h"
#include "itemmodels/imagelistmodel.h"
#include "itemmodels/manifesttreemodel.h"
#include "jobs/buildjobs.h"
#include "jobs/jobqueue.h"
#include "registries/registrycontroller.h"
#include "registry/credentialresolver.h"
#include "registry/imagepusher.h"
#include "registry/keychainstore.h"
#include "registry/localimages.h"
#include "registry/pushjob.h"
#include "registry/registrystore.h"
#include "settings/dockerconnection.h"
#include "settings/settings.h"

#include <QLocale>
#include <QSettings>

namespace mcpdock::widgets {

using K = settings::Settings::Key;

namespace {

struct Outcome
{
    bool ok = false;
    QString message;
};

struct ImagesResult
{
    bool ok = false;
    QList<registry::LocalImage> images;
    QString error;
};

} // namespace

ImagesController::ImagesController(Context context, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_c(context)
    , m_parent(dialogParent)
{
    connect(m_c.pane, &ImagesPane::refreshRequested, this, &ImagesController::refresh);
    connect(m_c.pane, &ImagesPane::tagRequested, this, &ImagesController::tag);
    connect(m_c.pane, &ImagesPane::pushRequested, this,
            [this](const QString&, const QString& ref) { push(ref); });
    connect(m_c.pane, &ImagesPane::removeRequested, this, &ImagesController::remove);
    connect(m_c.pane, &ImagesPane::pruneRequested, this, &ImagesController::prune);
    connect(m_c.pane, &ImagesPane::verifyRequested, this, &ImagesController::verify);
    connect(m_c.pane, &ImagesPane::tryRequested, this, &ImagesController::tryImage);
    connect(m_c.pane, &ImagesPane::describeRequested, this, &ImagesController::describe);
}

ImagesController::~ImagesController()
{
    for (const QPointer<TryPane>& pane : std::as_const(m_tryPanes))
        delete pane.data();
}

void ImagesController::refresh()
{
    const auto endpoint = settings::endpointFromSettings(*m_c.settings);
    m_c.pane->setBusy(true, tr("Refreshing…"));
    m_c.tasks->run<ImagesResult>(
        this,
        [endpoint] {
            if (!endpoint)
                return ImagesResult{false, {}, endpoint.error().message};
            docker::EngineClient client(*endpoint);
            client.setConnectTimeout(3000);
            auto list = registry::listLocalImages(client);
            if (!list)
                return ImagesResult{false, {}, list.error().message};
            return ImagesResult{true, *list, {}};
        },
        [this](ImagesResult r) {
            m_c.pane->setBusy(false);
            if (r.ok)
                m_c.images->setImages(r.images);
            else
                m_c.pane->setBusy(true, tr("Could not list images: %1").arg(r.error));
            emit refreshed(r.ok);
        });
}

void ImagesController::tag(const QString& id, const QString& reference)
{
    if (id.isEmpty())
        return;
    const QString target = Dialogs::getText(m_parent, tr("Tag image"),
                                            tr("New tag for %1 (repository:tag):").arg(reference), reference);
    if (target.isEmpty() || target == reference)
        return;
    const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
    const bool hasTag = colon > target.lastIndexOf(QLatin1Char('/'));
    const QString repo = hasTag ? target.left(colon) : target;
    const QString tag = hasTag ? target.mid(colon + 1) : QStringLiteral("latest");
    const auto endpoint = settings::endpointFromSettings(*m_c.settings);
    m_c.tasks->run<Outcome>(
        this,
        [endpoint, id, repo, tag] {
            if (!endpoint)
                return Outcome{false, endpoint.error().message};
            docker::EngineClient client(*endpoint);
            auto r = client.tagImage(id, repo, tag);
            return r ? Outcome{true, {}} : Outcome{false, r.error().message};
        },
        [this, target](Outcome o) {
            if (!o.ok)
                Dialogs::warning(m_parent, tr("Tag image"),
                                 tr("Could not tag %1: %2").arg(target, o.message));
            else
                emit statusMessage(tr("Tagged %1.").arg(target), 5000);
            refresh();
        });
}

void ImagesController::remove(const QString& id, const QString& reference)
{
    if (id.isEmpty())
        return;
    const registry::LocalImage* img = m_c.images->imageAt(m_c.images->rowOfId(id));
    const QStringList tags = img ? img->tags : QStringList{reference};
    if (Dialogs::question(
            m_parent, tr("Remove image"),
            tr("Remove %1 (%n tag(s))? Containers using it keep it alive.", nullptr, int(tags.size()))
                .arg(reference)) != QMessageBox::Yes)
        return;
    const auto endpoint = settings::endpointFromSettings(*m_c.settings);
    m_c.tasks->run<Outcome>(
        this,
        [endpoint, tags, id] {
            if (!endpoint)
                return Outcome{false, endpoint.error().message};
            docker::EngineClient client(*endpoint);
            // By tag, without force: the daemon refuses what a container still uses.
            for (const QString& t : tags.isEmpty() ? QStringList{id} : tags) {
                auto r = client.removeImage(t);
                if (!r)
                    return Outcome{false, r.error().message};
            }
            return Outcome{true, {}};
        },
        [this, reference](Outcome o) {
            if (!o.ok)
                Dialogs::warning(m_parent, tr("Remove image"),
                                 tr("Could not remove %1: %2").arg(reference, o.message));
            refresh();
        });
}

void ImagesController::prune()
{
    const int keep = m_c.settings->integer(K::PruneKeepCount);
    const bool dryRun = m_c.settings->flag(K::DryRun);
    if (!dryRun &&
        Dialogs::question(m_parent, tr("Prune old builds"),
                          tr("Remove all but the newest %n build(s) of each project? Images a container uses "
                             "are kept.",
                             nullptr, keep)) != QMessageBox::Yes)
        return;
    const auto endpoint = settings::endpointFromSettings(*m_c.settings);
    struct PruneOutcome
    {
        bool ok = false;
        QString message;
        QStringList details;
    };
    m_c.pane->setBusy(true, tr("Pruning…"));
    m_c.tasks->run<PruneOutcome>(
        this,
        [endpoint, keep, dryRun] {
            if (!endpoint)
                return PruneOutcome{false, endpoint.error().message, {}};
            docker::EngineClient client(*endpoint);
            auto r = registry::pruneOldImages(client, keep, dryRun);
            if (!r)
                return PruneOutcome{false, r.error().message, {}};
            PruneOutcome o{true, {}, {}};
            for (const auto& img : r->removed)
                o.details << img.tags.value(0, img.id);
            for (int i = 0; i < r->skipped.size(); ++i)
                o.details << ImagesController::tr("kept %1: %2")
                                 .arg(r->skipped[i].tags.value(0, r->skipped[i].id),
                                      r->skippedReasons.value(i));
            o.details << r->errors;
            o.message = (dryRun ? ImagesController::tr("Dry run: %n image(s) would be removed, %1 freed.",
                                                       nullptr, int(r->removed.size()))
                                : ImagesController::tr("%n image(s) removed, %1 freed.", nullptr,
                                                       int(r->removed.size())))
                            .arg(ImageListModel::formatSize(r->spaceReclaimed));
            return o;
        },
        [this](PruneOutcome o) {
            m_c.pane->setBusy(false);
            if (!o.ok)
                Dialogs::warning(m_parent, tr("Prune old builds"), o.message);
            else
                Dialogs::information(m_parent, tr("Prune old builds"),
                                     o.details.isEmpty() ? o.message
                                                         : o.message + QStringLiteral("\n\n") +
                                                               o.details.join(QLatin1Char('\n')));
            refresh();
        });
}

void ImagesController::verify(const QString& id, const QString& reference)
{
    if (id.isEmpty())
        return;
    const registry::LocalImage* img = m_c.images->imageAt(m_c.images->rowOfId(id));
    // The manifest to compare with: a loaded project of the same name.
    const project::Project* manifest = nullptr;
    for (int r = 0; r < m_c.projects->projectCount(); ++r) {
        const auto* m = m_c.projects->manifestAt(r);
        if (m && img && m->name == img->projectName)
            manifest = m;
    }
    const auto endpoint = settings::endpointFromSettings(*m_c.settings);
    if (!endpoint) {
        Dialogs::critical(m_parent, tr("Verify"), endpoint.error().message);
        return;
    }
    VerifyRequest request;
    request.endpoint = *endpoint;
    request.image = reference;
    if (manifest)
        request.manifest = *manifest;
    request.expectedTools = img ? img->tools : QStringList();
    Job* job = m_c.jobs->enqueue(makeVerifyJobSpec(request, m_c.log));
    emit jobStarted(job);
    connect(job, &Job::finished, this, [this, reference](bool ok, const QString& message) {
        if (ok)
            Dialogs::information(m_parent, tr("Verify %1").arg(reference), message);
        else
            Dialogs::warning(m_parent, tr("Verify %1").arg(reference), message);
    });
}

void ImagesController::tryImage(const QString& id, const QString& reference)
{
    if (id.isEmpty())
        return;
    if (TryPane* open = m_tryPanes.value(reference)) {
        open->raise();
        open->activateWindow();
        return;
    }
    const auto endpoint = settings::endpointFromSettings(*m_c.settings);
    if (!endpoint) {
        Dialogs::critical(m_parent, tr("Try"), endpoint.error().message);
        return;
    }
    // A window of its own, so the image can be tried beside the main window; closing it deletes it,
    // and its session removes the container (as the main window's end does for the ones still open).
    auto* pane = new TryPane(*endpoint, reference, &m_tryHistory, m_parent);
    pane->setWindowFlag(Qt::Window);
    pane->setAttribute(Qt::WA_DeleteOnClose);
    m_tryPanes.insert(reference, pane);
    pane->show();
    emit tryOpened(pane);
}

void ImagesController::describe(const QString& id, const QString& reference)
{
    if (id.isEmpty())
        return;
    const auto endpoint = settings::endpointFromSettings(*m_c.settings);
    if (!endpoint) {
        Dialogs::critical(m_parent, tr("Describe"), endpoint.error().message);
        return;
    }
    struct Inspected
    {
        QJsonObject inspect;
        QString error;
    };
    const docker::Endpoint ep = *endpoint;
    m_c.tasks->run<Inspected>(
        this,
        [ep, id] {
            docker::EngineClient client(ep);
            const auto r = client.inspectImage(id);
            return r ? Inspected{*r, {}} : Inspected{{}, r.error().message};
        },
        [this, reference](Inspected r) {
            if (!r.error.isEmpty()) {
                Dialogs::warning(m_parent, tr("Describe %1").arg(reference), r.error);
                return;
            }
            auto* dialog = new DescribeDialog(r.inspect, reference, m_parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            emit describeOpened(dialog);
        });
}

void ImagesController::pushSelected()
{
    QString reference = m_c.pane->selectedReference();
    if (reference.isEmpty() && !m_lastBuilt.isEmpty()) {
        const auto* img = m_c.images->imageAt(m_c.images->rowOfId(m_lastBuilt));
        reference = img && !img->tags.isEmpty() ? img->tags.first() : m_lastBuilt;
    }
    if (reference.isEmpty()) {
        Dialogs::information(m_parent, tr("Push"),
                             tr("Select an image in the Images tab, or build one first."));
        emit showRequested();
        return;
    }
    push(reference);
}

void ImagesController::push(const QString& reference)
{
    if (reference.isEmpty())
        return;
    auto* dialog = new PushDialog(reference, m_c.registries->store()->registries(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto target = registry::ImagePusher::targetFor(dialog->localReference(), dialog->registry(),
                                                             dialog->nameSpace(), dialog->tag());
        if (!target) {
            Dialogs::warning(m_parent, tr("Push"), target.error().text());
            return;
        }
        const QString local = dialog->localReference();
        const auto endpoint = settings::endpointFromSettings(*m_c.settings);
        if (!endpoint) {
            Dialogs::critical(m_parent, tr("Push"), endpoint.error().message);
            return;
        }
        if (m_c.settings->flag(K::DryRun)) {
            Dialogs::information(m_parent, tr("Push (dry run)"),
                                 tr("Would push %1 as %2.").arg(local, target->reference()));
            return;
        }
        // Credentials are looked up on a worker (keychain, helpers), then the push is a job.
        m_c.settings->sync();
        const QString file = m_c.settings->fileName();
        const auto format = m_c.settings->qsettings()->format();
        const QString service = m_c.registries->keychain()->service();
        const registry::PushTarget pushTarget = *target;
        struct Creds
        {
            bool ok = false;
            docker::RegistryAuth auth;
            QString error;
        };
        m_c.tasks->run<Creds>(
            this,
            [file, format, service, host = pushTarget.registryHost] {
                QSettings qs(file, format);
                registry::RegistryStore store(&qs);
                registry::KeychainStore keychain(service);
                registry::CredentialResolver resolver(&store, &keychain);
                auto r = resolver.resolve(host);
                if (!r)
                    return Creds{false, {}, r.error().message};
                return Creds{true, r->auth, {}};
            },
            [this, local, pushTarget, endpoint](Creds c) {
                if (!c.ok) {
                    Dialogs::warning(m_parent, tr("Push"), c.error);
                    return;
                }
                JobSpec spec;
                spec.kind = Job::Kind::Push;
                spec.title = tr("Push %1").arg(pushTarget.reference());
                const docker::Endpoint ep = *endpoint;
                spec.createWorker = [ep, local, pushTarget, auth = c.auth]() -> QObject* {
                    return new registry::PushJob(ep, local, pushTarget, auth);
                };
                registry::wipeSecret(c.auth.password);
                spec.wire = [](QObject* worker, Job* job) {
                    auto* w = static_cast<registry::PushJob*>(worker);
                    QObject::connect(w, &registry::PushJob::progress, job, &Job::setProgress);
                    QObject::connect(
                        w, &registry::PushJob::progressDetail, job,
                        [job](const registry::PushProgress& p) { job->setStatus(p.text(QLocale())); });
                    QObject::connect(w, &registry::PushJob::finished, job,
                                     [job](const registry::PushResult& r) {
                                         job->succeed(Job::tr("Pushed %1 (%2).").arg(r.reference, r.digest));
                                     });
                    QObject::connect(w, &registry::PushJob::failed, job,
                                     [job](const registry::PushError& e) { job->fail(e.text()); });
                };
                spec.cancel = [](QObject* worker) {
                    static_cast<registry::PushJob*>(worker)->cancel();
                };
                Job* job = m_c.jobs->enqueue(std::move(spec));
                emit jobStarted(job);
            });
    });
    dialog->open();
}

} // namespace mcpdock::widgets
