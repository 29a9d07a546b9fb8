#pragma once

#include "registry/registrystore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mcpdock::widgets {

// Adds or edits one registry: host, username, default namespace, and a password or token that goes
// to the OS keychain only (never to the settings file). "Test login" checks what is typed.
class RegistryDialog : public QDialog
{
    Q_OBJECT

public:
    // existing: empty host for "Add".
    explicit RegistryDialog(const registry::RegistryEntry& existing, bool hasSavedSecret,
                            QWidget* parent = nullptr);

    registry::RegistryEntry entry() const;
    // What the user typed; empty means "keep what is saved".
    QString secret() const;
    void clearSecret();

    QLineEdit* hostEdit() const { return m_host; }
    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* namespaceEdit() const { return m_namespace; }
    QLineEdit* secretEdit() const { return m_secret; }
    QPushButton* testButton() const { return m_test; }

    void showTestResult(bool ok, const QString& message);

signals:
    void testLoginRequested();

private:
    void updateState();

    bool m_editing;
    QComboBox* m_preset;
    QLineEdit* m_host;
    QLineEdit* m_username;
    QLineEdit* m_namespace;
    QLineEdit* m_secret;
    QLabel* m_hint;
    QLabel* m_problem;
    QLabel* m_testResult;
    QPushButton* m_test;
    QDialogButtonBox* m_buttons;
};

} // namespace mcpdock::widgets
