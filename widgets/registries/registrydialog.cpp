#include "registries/registrydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcpdock::widgets {

using registry::RegistryEntry;

RegistryDialog::RegistryDialog(const RegistryEntry& existing, bool hasSavedSecret, QWidget* parent)
    : QDialog(parent)
    , m_editing(!existing.host.isEmpty())
{
    setWindowTitle(m_editing ? tr("Edit registry") : tr("Add registry"));
    m_preset = new QComboBox(this);
    m_preset->addItem(tr("Docker Hub"), QStringLiteral("docker.io"));
    m_preset->addItem(tr("GitHub Container Registry"), QStringLiteral("ghcr.io"));
    m_preset->addItem(tr("Other registry"), QString());
    m_host = new QLineEdit(existing.host, this);
    m_host->setObjectName(QStringLiteral("registryHost"));
    m_host->setPlaceholderText(tr("registry.example.com:5000"));
    m_username = new QLineEdit(existing.username, this);
    m_username->setObjectName(QStringLiteral("registryUsername"));
    m_namespace = new QLineEdit(existing.defaultNamespace, this);
    m_namespace->setObjectName(QStringLiteral("registryNamespace"));
    m_namespace->setPlaceholderText(tr("organisation or user, optional"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("registrySecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(hasSavedSecret ? tr("saved in the keychain; type to replace")
                                                : tr("password or access token"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c01c28; }"));
    m_testResult = new QLabel(this);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test = new QPushButton(tr("Test login"), this);
    m_test->setObjectName(QStringLiteral("registryTestLogin"));

    auto* form = new QFormLayout;
    form->addRow(tr("Registry:"), m_preset);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Username:"), m_username);
    form->addRow(tr("Password or token:"), m_secret);
    form->addRow(QString(), m_hint);
    form->addRow(tr("Default namespace:"), m_namespace);
    auto* note = new QLabel(tr("The password or token is stored in the system keychain, never in MCP Dock's "
                               "settings file."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addLayout(testRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    const QString host = existing.host;
    m_preset->setCurrentIndex(host == QLatin1String("docker.io") ? 0
                              : host == QLatin1String("ghcr.io") ? 1
                                                                 : 2);
    if (!m_editing)
        m_preset->setCurrentIndex(2);
    m_preset->setEnabled(!m_editing);
    m_host->setReadOnly(m_editing); // the host is the key; a different host is another registry

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int) {
        const QString preset = m_preset->currentData().toString();
        if (!preset.isEmpty())
            m_host->setText(preset);
        else if (m_host->text() == QLatin1String("docker.io") || m_host->text() == QLatin1String("ghcr.io"))
            m_host->clear();
        updateState();
    });
    connect(m_host, &QLineEdit::textChanged, this, &RegistryDialog::updateState);
    connect(m_username, &QLineEdit::textChanged, this, &RegistryDialog::updateState);
    connect(m_namespace, &QLineEdit::textChanged, this, &RegistryDialog::updateState);
    connect(m_test, &QPushButton::clicked, this, [this] {
        m_testResult->setStyleSheet(QString());
        m_testResult->setText(tr("Checking…"));
        m_test->setEnabled(false);
        emit testLoginRequested();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    resize(520, sizeHint().height());
}

RegistryEntry RegistryDialog::entry() const
{
    RegistryEntry e = RegistryEntry::forHost(RegistryEntry::normaliseHost(m_host->text().trimmed()));
    e.username = m_username->text().trimmed();
    e.defaultNamespace = m_namespace->text().trimmed();
    return e;
}

QString RegistryDialog::secret() const
{
    return m_secret->text();
}

void RegistryDialog::clearSecret()
{
    // Overwrite before clearing: QLineEdit keeps no other copy we can reach.
    m_secret->setText(QString(m_secret->text().size(), QLatin1Char(' ')));
    m_secret->clear();
}

void RegistryDialog::showTestResult(bool ok, const QString& message)
{
    m_test->setEnabled(true);
    m_testResult->setStyleSheet(ok ? QStringLiteral("QLabel { color: #26803a; }")
                                   : QStringLiteral("QLabel { color: #c01c28; }"));
    m_testResult->setText(message);
}

void RegistryDialog::updateState()
{
    const RegistryEntry e = entry();
    m_hint->setText(e.passwordHint());
    m_hint->setVisible(!m_hint->text().isEmpty());
    QString problem = RegistryEntry::validateHost(m_host->text().trimmed());
    if (problem.isEmpty() && e.namespaceRequired() && e.defaultNamespace.isEmpty() && e.username.isEmpty())
        problem = tr("Docker Hub needs a username or a namespace to push to.");
    if (m_host->text().trimmed().isEmpty())
        problem = tr("Enter the registry's host, for example registry.example.com:5000.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    m_test->setEnabled(problem.isEmpty());
}

} // namespace mcpdock::widgets
