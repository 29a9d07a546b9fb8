#pragma once

#include <QObject>
#include <QPointer>

#include "registries/registrydialog.h"

#include <memory>

class QWidget;

namespace mcpdock {
class RegistryListModel;
}
namespace mcpdock::registry {
class KeychainStore;
class RegistryStore;
struct RegistryEntry;
} // namespace mcpdock::registry
namespace mcpdock::settings {
class Settings;
}

namespace mcpdock::widgets {

class TaskRunner;

// The registries the Registries tab and the settings dialog share: the list model, add/edit/remove
// through RegistryDialog (secrets to the keychain only), where each credential comes from, and
// "Test login" through the daemon (POST /auth) on a worker.
class RegistryController : public QObject
{
    Q_OBJECT

public:
    RegistryController(settings::Settings* settings, TaskRunner* runner, const QString& keychainService,
                       QObject* parent = nullptr);
    ~RegistryController() override;

    RegistryListModel* model() const { return m_model; }
    registry::RegistryStore* store() const { return m_store.get(); }
    registry::KeychainStore* keychain() const { return m_keychain.get(); }
    // The dialog open right now (window-modal, not blocking), for tests.
    RegistryDialog* openDialog() const { return m_dialog; }

public slots:
    void reload();
    void addRegistry(QWidget* parent);
    void editRegistry(const QString& host, QWidget* parent);
    void removeRegistry(const QString& host, QWidget* parent);
    void testLogin(const QString& host, QWidget* parent);

signals:
    void registrySaved(const QString& host);
    void secretSaved(const QString& host, bool ok, const QString& message);
    void loginTested(const QString& host, bool ok, const QString& message);

private:
    void openDialog(const registry::RegistryEntry& entry, bool hasSecret, QWidget* parent);
    void refreshSources();

    settings::Settings* m_settings;
    TaskRunner* m_runner;
    std::unique_ptr<registry::RegistryStore> m_store;
    std::unique_ptr<registry::KeychainStore> m_keychain;
    RegistryListModel* m_model;
    QPointer<RegistryDialog> m_dialog;
};

} // namespace mcpdock::widgets
