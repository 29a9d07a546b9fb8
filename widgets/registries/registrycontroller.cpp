#include "registries/registrycontroller.h"

#include "common/dialogs.h"
#include "common/taskrunner.h"
#include "docker/engineclient.h"
#include "itemmodels/registrylistmodel.h"
#include "registries/registrydialog.h"
#include "registry/credentialresolver.h"
#include "registry/keychainstore.h"
#include "registry/registrystore.h"
#include "settings/dockerconnection.h"
#include "settings/settings.h"

#include <QSettings>

namespace mcpdock::widgets {

using registry::CredentialResolver;
using registry::CredentialSource;
using registry::RegistryEntry;

namespace {

struct SourceResult
{
    QString host;
    bool ok = false;
    CredentialSource source;
    QString problem;
};

struct LoginResult
{
    bool ok = false;
    QString message;
};

// Runs on a worker: the keychain read and a credential helper may take a while, the daemon call too.
LoginResult checkLogin(const Expected<docker::Endpoint, docker::DockerError>& endpoint,
                       docker::RegistryAuth auth)
{
    if (!endpoint)
        return {false, endpoint.error().message};
    docker::EngineClient client(*endpoint);
    auto result = client.checkAuth(auth);
    registry::wipeSecret(auth.password);
    if (!result)
        return {false, result.error().message};
    return {true, result->status.isEmpty() ? RegistryController::tr("Login succeeded.") : result->status};
}

} // namespace

RegistryController::RegistryController(settings::Settings* settings, TaskRunner* runner,
                                       const QString& keychainService, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_runner(runner)
    , m_store(std::make_unique<registry::RegistryStore>(settings->qsettings()))
    , m_keychain(std::make_unique<registry::KeychainStore>(keychainService))
    , m_model(new RegistryListModel(this))
{
    connect(m_store.get(), &registry::RegistryStore::changed, this, &RegistryController::reload);
    reload();
}

RegistryController::~RegistryController() = default;

void RegistryController::reload()
{
    m_model->setRegistries(m_store->registries());
    refreshSources();
}

void RegistryController::refreshSources()
{
    // Each resolver call gets its own stores: RegistryStore is for one thread, so the worker reads
    // a snapshot through its own QSettings on the same file.
    m_settings->sync(); // the worker reads the file
    const QString file = m_settings->fileName();
    const QString service = m_keychain->service();
    const auto format = m_settings->qsettings()->format();
    for (const RegistryEntry& e : m_store->registries()) {
        const QString host = e.host;
        m_runner->run<SourceResult>(
            this,
            [host, file, service, format] {
                QSettings qs(file, format);
                registry::RegistryStore store(&qs);
                registry::KeychainStore keychain(service);
                CredentialResolver resolver(&store, &keychain);
                auto r = resolver.resolve(host);
                SourceResult s{host, r.ok(), {}, {}};
                if (r) {
                    s.source = r->source;
                    r->wipe();
                } else {
                    s.problem = r.error().message;
                }
                return s;
            },
            [this](SourceResult s) {
                if (s.ok)
                    m_model->setSource(s.host, s.source);
                else
                    m_model->setSourceProblem(s.host, s.problem);
            });
    }
}

void RegistryController::openDialog(const RegistryEntry& entry, bool hasSecret, QWidget* parent)
{
    if (m_dialog)
        m_dialog->close();
    auto* dialog = new RegistryDialog(entry, hasSecret, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &RegistryDialog::testLoginRequested, this, [this, dialog] {
        const RegistryEntry e = dialog->entry();
        docker::RegistryAuth auth;
        auth.username = e.username;
        auth.password = dialog->secret();
        auth.serverAddress = e.serverAddress();
        const auto endpoint = settings::endpointFromSettings(*m_settings);
        QPointer<RegistryDialog> guard(dialog);
        if (auth.password.isEmpty()) {
            testLogin(e.host, dialog);
            return;
        }
        m_runner->run<LoginResult>(
            dialog, [endpoint, auth] { return checkLogin(endpoint, auth); },
            [this, guard, host = e.host](LoginResult r) {
                if (guard)
                    guard->showTestResult(r.ok, r.message);
                emit loginTested(host, r.ok, r.message);
            });
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const RegistryEntry e = dialog->entry();
        const QString problem = m_store->save(e);
        if (!problem.isEmpty()) {
            Dialogs::warning(dialog->parentWidget(), tr("Registry not saved"), problem);
            return;
        }
        emit registrySaved(e.host);
        QString secret = dialog->secret();
        dialog->clearSecret();
        if (secret.isEmpty()) {
            reload();
            return;
        }
        QPointer<QWidget> parentGuard(dialog->parentWidget());
        m_keychain->writeSecretAsync(e.credentialKey(), secret, this,
                                     [this, host = e.host, parentGuard](registry::KeychainResult<Done> r) {
                                         if (!r && parentGuard) {
                                             Dialogs::critical(parentGuard, tr("Password not saved"),
                                                               r.error().message);
                                         }
                                         emit secretSaved(host, r.ok(), r ? QString() : r.error().message);
                                         reload();
                                     });
        registry::wipeSecret(secret);
    });
    dialog->open();
}

void RegistryController::addRegistry(QWidget* parent)
{
    openDialog(RegistryEntry(), false, parent);
}

void RegistryController::editRegistry(const QString& host, QWidget* parent)
{
    if (host.isEmpty())
        return;
    const RegistryEntry e = m_store->find(host);
    const int row = m_model->rowOfHost(host);
    const bool hasSecret =
        row >= 0 && m_model->index(row, 0).data(RegistryListModel::SourceKindRole).toInt() ==
                        int(CredentialSource::Kind::Keychain);
    openDialog(e, hasSecret, parent);
}

void RegistryController::removeRegistry(const QString& host, QWidget* parent)
{
    if (host.isEmpty())
        return;
    const RegistryEntry e = m_store->find(host);
    const bool preset = e.kind != RegistryEntry::Kind::Private;
    const QString question = preset
                                 ? tr("Forget the username for %1 and delete its password from the keychain?")
                                       .arg(RegistryListModel::displayName(e))
                                 : tr("Remove %1 and delete its password from the keychain?").arg(host);
    if (Dialogs::question(parent, tr("Remove registry"), question) != QMessageBox::Yes)
        return;
    m_store->remove(host);
    QPointer<QWidget> parentGuard(parent);
    m_keychain->deleteSecretAsync(e.credentialKey(), this,
                                  [this, parentGuard](registry::KeychainResult<Done> r) {
                                      if (!r && parentGuard)
                                          Dialogs::warning(parentGuard, tr("Keychain"), r.error().message);
                                      reload();
                                  });
    reload();
}

void RegistryController::testLogin(const QString& host, QWidget* parent)
{
    if (host.isEmpty())
        return;
    m_settings->sync(); // the worker reads the file
    const QString file = m_settings->fileName();
    const QString service = m_keychain->service();
    const auto format = m_settings->qsettings()->format();
    const auto endpoint = settings::endpointFromSettings(*m_settings);
    QPointer<QWidget> parentGuard(parent);
    m_runner->run<LoginResult>(
        this,
        [host, file, service, format, endpoint] {
            QSettings qs(file, format);
            registry::RegistryStore store(&qs);
            registry::KeychainStore keychain(service);
            CredentialResolver resolver(&store, &keychain);
            auto creds = resolver.resolve(host);
            if (!creds)
                return LoginResult{false, creds.error().message};
            if (!creds->found())
                return LoginResult{false,
                                   RegistryController::tr("No credentials for %1: edit the registry and "
                                                          "enter a username and password or token.")
                                       .arg(host)};
            LoginResult r = checkLogin(endpoint, creds->auth);
            creds->wipe();
            return r;
        },
        [this, host, parentGuard](LoginResult r) {
            emit loginTested(host, r.ok, r.message);
            if (auto* dialog = qobject_cast<RegistryDialog*>(parentGuard.data())) {
                dialog->showTestResult(r.ok, r.message);
                return;
            }
            if (!parentGuard)
                return;
            if (r.ok)
                Dialogs::information(parentGuard, tr("Test login"), tr("%1: %2").arg(host, r.message));
            else
                Dialogs::warning(parentGuard, tr("Test login"),
                                 tr("Login to %1 failed: %2").arg(host, r.message));
        });
}

} // namespace mcpdock::widgets
