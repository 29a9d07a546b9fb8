#pragma once

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace mcpdock::settings {
class Settings;
}

namespace mcpdock::widgets {

class RegistryController;
class TaskRunner;

// Settings: Docker connection (with Test), base-image overrides, default tags, build network,
// prune keep count, and the registries (secrets to the keychain only). Changes are written when
// the user presses OK; registries are saved as they are edited.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(settings::Settings* settings, RegistryController* registries, TaskRunner* runner,
                   QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    void selectRegistriesPage();
    void testConnection();
    QString connectionTestResult() const;

signals:
    void connectionTested(bool ok, const QString& message);

private:
    void load();
    void save();
    void updateConnectionFields();

    settings::Settings* m_settings;
    RegistryController* m_registries;
    TaskRunner* m_runner;
    QTabWidget* m_tabs;
    QButtonGroup* m_mode;
    QRadioButton* m_auto;
    QRadioButton* m_socketMode;
    QRadioButton* m_tcpMode;
    QLineEdit* m_socket;
    QLineEdit* m_tcpHost;
    QLineEdit* m_certFolder;
    QPushButton* m_browseSocket;
    QPushButton* m_browseCerts;
    QPushButton* m_test;
    QLabel* m_testResult;
    QLineEdit* m_baseNode;
    QLineEdit* m_baseNodeDebian;
    QLineEdit* m_basePython;
    QLineEdit* m_tags;
    QComboBox* m_network;
    QCheckBox* m_dryRun;
    QSpinBox* m_pruneKeep;
};

} // namespace mcpdock::widgets
