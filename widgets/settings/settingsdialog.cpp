#include "settings/settingsdialog.h"

#include "common/dialogs.h"
#include "common/taskrunner.h"
#include "docker/engineclient.h"
#include "registries/registriespane.h"
#include "registries/registrycontroller.h"
#include "settings/dockerconnection.h"
#include "settings/settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mcpdock::widgets {

using K = settings::Settings::Key;

namespace {

QString modeOf(int id)
{
    return id == 1 ? QStringLiteral("socket") : id == 2 ? QStringLiteral("tcp") : QStringLiteral("auto");
}

struct ConnectionTest
{
    bool ok = false;
    QString message;
};

} // namespace

SettingsDialog::SettingsDialog(settings::Settings* settings, RegistryController* registries,
                               TaskRunner* runner, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_registries(registries)
    , m_runner(runner)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_tabs = new QTabWidget(this);

    // Docker
    auto* docker = new QWidget;
    m_auto =
        new QRadioButton(tr("Automatic (DOCKER_HOST, the current docker context, or the default socket)"));
    m_socketMode = new QRadioButton(tr("Unix socket:"));
    m_tcpMode = new QRadioButton(tr("TCP:"));
    m_mode = new QButtonGroup(this);
    m_mode->addButton(m_auto, 0);
    m_mode->addButton(m_socketMode, 1);
    m_mode->addButton(m_tcpMode, 2);
    m_socket = new QLineEdit;
    m_socket->setObjectName(QStringLiteral("dockerSocket"));
    m_socket->setPlaceholderText(QStringLiteral("/var/run/docker.sock"));
    m_browseSocket = new QPushButton(tr("Browse…"));
    m_tcpHost = new QLineEdit;
    m_tcpHost->setPlaceholderText(tr("host:2376"));
    m_certFolder = new QLineEdit;
    m_certFolder->setPlaceholderText(tr("folder with ca.pem, cert.pem, key.pem (empty: no TLS)"));
    m_browseCerts = new QPushButton(tr("Browse…"));
    m_test = new QPushButton(tr("Test connection"));
    m_test->setObjectName(QStringLiteral("dockerTest"));
    m_testResult = new QLabel;
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* socketRow = new QHBoxLayout;
    socketRow->addWidget(m_socketMode);
    socketRow->addWidget(m_socket, 1);
    socketRow->addWidget(m_browseSocket);
    auto* tcpRow = new QHBoxLayout;
    tcpRow->addWidget(m_tcpMode);
    tcpRow->addWidget(m_tcpHost, 1);
    auto* certRow = new QHBoxLayout;
    certRow->addSpacing(24);
    certRow->addWidget(new QLabel(tr("TLS certificates:")));
    certRow->addWidget(m_certFolder, 1);
    certRow->addWidget(m_browseCerts);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    auto* dockerLayout = new QVBoxLayout(docker);
    dockerLayout->addWidget(m_auto);
    dockerLayout->addLayout(socketRow);
    dockerLayout->addLayout(tcpRow);
    dockerLayout->addLayout(certRow);
    dockerLayout->addLayout(testRow);
    dockerLayout->addStretch(1);
    m_tabs->addTab(docker, tr("Docker"));

    // Build
    auto* build = new QWidget;
    m_baseNode = new QLineEdit;
    m_baseNode->setObjectName(QStringLiteral("baseNode"));
    m_baseNode->setPlaceholderText(tr("default: node:<version>-alpine"));
    m_baseNodeDebian = new QLineEdit;
    m_baseNodeDebian->setPlaceholderText(tr("default: node:<version>-bookworm-slim"));
    m_basePython = new QLineEdit;
    m_basePython->setObjectName(QStringLiteral("basePython"));
    m_basePython->setPlaceholderText(tr("default: python:<version>-slim"));
    m_tags = new QLineEdit;
    m_tags->setToolTip(
        tr("Comma-separated tag templates: latest, v{version}, {timestamp}, {date}, {major}.{minor}, "
           "{name}"));
    m_network = new QComboBox;
    m_network->addItem(tr("Daemon default"), QStringLiteral("default"));
    m_network->addItem(tr("Host network"), QStringLiteral("host"));
    m_network->addItem(tr("No network"), QStringLiteral("none"));
    m_dryRun = new QCheckBox(tr("Dry run: show what a build or push would do without doing it"));
    auto* bases = new QGroupBox(tr("Base images (empty: the default for the manifest's runtime)"));
    auto* basesForm = new QFormLayout(bases);
    basesForm->addRow(tr("Node (Alpine):"), m_baseNode);
    basesForm->addRow(tr("Node (Debian):"), m_baseNodeDebian);
    basesForm->addRow(tr("Python:"), m_basePython);
    auto* buildForm = new QFormLayout;
    buildForm->addRow(tr("Default tags:"), m_tags);
    buildForm->addRow(tr("Network during RUN:"), m_network);
    buildForm->addRow(QString(), m_dryRun);
    auto* buildLayout = new QVBoxLayout(build);
    buildLayout->addWidget(bases);
    buildLayout->addLayout(buildForm);
    buildLayout->addStretch(1);
    m_tabs->addTab(build, tr("Build"));

    // Images
    auto* images = new QWidget;
    m_pruneKeep = new QSpinBox;
    m_pruneKeep->setRange(1, 100);
    auto* imagesForm = new QFormLayout(images);
    imagesForm->addRow(tr("Prune old builds keeps the newest:"), m_pruneKeep);
    auto* pruneNote = new QLabel(tr("per project. Images a container uses are never removed."));
    pruneNote->setEnabled(false);
    imagesForm->addRow(QString(), pruneNote);
    m_tabs->addTab(images, tr("Images"));

    // Registries
    auto* pane = new RegistriesPane(m_registries->model());
    connect(pane, &RegistriesPane::addRequested, this, [this] { m_registries->addRegistry(this); });
    connect(pane, &RegistriesPane::editRequested, this,
            [this](const QString& h) { m_registries->editRegistry(h, this); });
    connect(pane, &RegistriesPane::removeRequested, this,
            [this](const QString& h) { m_registries->removeRegistry(h, this); });
    connect(pane, &RegistriesPane::testLoginRequested, this,
            [this](const QString& h) { m_registries->testLogin(h, this); });
    m_tabs->addTab(pane, tr("Registries"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);

    connect(m_mode, &QButtonGroup::idToggled, this, [this](int, bool) { updateConnectionFields(); });
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_browseSocket, &QPushButton::clicked, this, [this] {
        const QStringList f =
            Dialogs::getOpenFileNames(this, tr("Docker socket"), QStringLiteral("/var/run"), {});
        if (!f.isEmpty())
            m_socket->setText(f.first());
    });
    connect(m_browseCerts, &QPushButton::clicked, this, [this] {
        const QString d =
            Dialogs::getExistingDirectory(this, tr("TLS certificate folder"), m_certFolder->text());
        if (!d.isEmpty())
            m_certFolder->setText(d);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
    resize(680, 460);
}

void SettingsDialog::load()
{
    const QString mode = m_settings->string(K::DockerHostMode);
    (mode == QLatin1String("socket") ? m_socketMode
     : mode == QLatin1String("tcp")  ? m_tcpMode
                                     : m_auto)
        ->setChecked(true);
    m_socket->setText(m_settings->string(K::DockerSocket));
    m_tcpHost->setText(m_settings->string(K::DockerTcpHost));
    m_certFolder->setText(m_settings->string(K::DockerCertFolder));
    m_baseNode->setText(m_settings->string(K::BaseImageNode));
    m_baseNodeDebian->setText(m_settings->string(K::BaseImageNodeDebian));
    m_basePython->setText(m_settings->string(K::BaseImagePython));
    m_tags->setText(m_settings->list(K::DefaultTags).join(QStringLiteral(", ")));
    m_network->setCurrentIndex(std::max(0, m_network->findData(m_settings->string(K::BuildNetworkMode))));
    m_dryRun->setChecked(m_settings->flag(K::DryRun));
    m_pruneKeep->setValue(m_settings->integer(K::PruneKeepCount));
    updateConnectionFields();
}

void SettingsDialog::save()
{
    m_settings->setValue(K::DockerSocket, m_socket->text().trimmed());
    m_settings->setValue(K::DockerTcpHost, m_tcpHost->text().trimmed());
    m_settings->setValue(K::DockerCertFolder, m_certFolder->text().trimmed());
    m_settings->setValue(K::DockerHostMode, modeOf(m_mode->checkedId()));
    m_settings->setValue(K::BaseImageNode, m_baseNode->text().trimmed());
    m_settings->setValue(K::BaseImageNodeDebian, m_baseNodeDebian->text().trimmed());
    m_settings->setValue(K::BaseImagePython, m_basePython->text().trimmed());
    QStringList tags;
    for (const QString& t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            tags << t.trimmed();
    }
    m_settings->setValue(K::DefaultTags,
                         tags.isEmpty() ? settings::Settings::defaultValue(K::DefaultTags) : tags);
    m_settings->setValue(K::BuildNetworkMode, m_network->currentData());
    m_settings->setValue(K::DryRun, m_dryRun->isChecked());
    m_settings->setValue(K::PruneKeepCount, m_pruneKeep->value());
    m_settings->sync();
}

void SettingsDialog::updateConnectionFields()
{
    const int id = m_mode->checkedId();
    m_socket->setEnabled(id == 1);
    m_browseSocket->setEnabled(id == 1);
    m_tcpHost->setEnabled(id == 2);
    m_certFolder->setEnabled(id == 2);
    m_browseCerts->setEnabled(id == 2);
}

void SettingsDialog::selectRegistriesPage()
{
    m_tabs->setCurrentIndex(m_tabs->count() - 1);
}

QString SettingsDialog::connectionTestResult() const
{
    return m_testResult->text();
}

void SettingsDialog::testConnection()
{
    const auto endpoint = settings::endpointFor(modeOf(m_mode->checkedId()), m_socket->text().trimmed(),
                                                m_tcpHost->text().trimmed(), m_certFolder->text().trimmed(),
                                                QProcessEnvironment::systemEnvironment());
    m_test->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting…"));
    m_runner->run<ConnectionTest>(
        this,
        [endpoint] {
            if (!endpoint)
                return ConnectionTest{false, endpoint.error().message};
            docker::EngineClient client(*endpoint);
            client.setConnectTimeout(3000);
            auto v = client.version();
            if (!v)
                return ConnectionTest{false, v.error().message};
            return ConnectionTest{
                true,
                SettingsDialog::tr("Connected to %1: Docker Engine %2 (API %3, %4/%5).")
                    .arg(endpoint->displayAddress(), v->version, v->negotiatedApiVersion, v->os, v->arch)};
        },
        [this](ConnectionTest t) {
            m_test->setEnabled(true);
            m_testResult->setStyleSheet(t.ok ? QStringLiteral("QLabel { color: #26803a; }")
                                             : QStringLiteral("QLabel { color: #c01c28; }"));
            m_testResult->setText(t.message);
            emit connectionTested(t.ok, t.message);
        });
}

} // namespace mcpdock::widgets
