// The desktop application against the real test daemon, offscreen: load by drop, build, watch the
// progress and the log, see the image; cancel; save a registry credential to a real Secret Service;
// the modal error when the daemon does not answer.
#include "common/daemonmonitor.h"
#include "common/dialogs.h"
#include "common/taskrunner.h"
#include "docker/engineclient.h"
#include "guitestsupport.h"
#include "images/imagespane.h"
#include "images/pushdialog.h"
#include "itemmodels/buildlogmodel.h"
#include "itemmodels/imagelistmodel.h"
#include "itemmodels/manifesttreemodel.h"
#include "itemmodels/registrylistmodel.h"
#include "jobs/jobqueue.h"
#include "jobs/jobspanel.h"
#include "mainwindow.h"
#include "projects/dockerfilepane.h"
#include "registries/registrycontroller.h"
#include "registries/registrydialog.h"
#include "registry/keychainstore.h"
#include "registry/registrystore.h"
#include "secretservice.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpdock;
using mcpdock::settings::Settings;
using mcpdock::widgets::Dialogs;
using mcpdock::widgets::Job;
using mcpdock::widgets::MainWindow;
using K = Settings::Key;

namespace {

using test::copyExample;

void drop(QWidget* target, const QList<QUrl>& urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

QStringList tagsWithPrefix(const QString& prefix)
{
    auto ep = docker::parseHost(test::testEnv().dockerHost, QStringLiteral("test"));
    docker::EngineClient client(*ep);
    QStringList tags;
    auto images = client.listImages();
    if (!images)
        return {QStringLiteral("<listImages failed: %1>").arg(images.error().message)};
    for (const auto& img : *images) {
        for (const QString& t : img.repoTags) {
            if (t.startsWith(prefix))
                tags << t;
        }
    }
    return tags;
}

QAction* action(MainWindow& w, const char* name)
{
    return w.findChild<QAction*>(QString::fromLatin1(name));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_run;   // unique per run
    QString m_built; // the image dropBuildAndSeeTheImage built (name:latest)
    std::unique_ptr<Settings> m_settings;
    test::SecretService m_secrets;

    std::unique_ptr<Settings> freshSettings() { return test::windowSettings(); }

private slots:
    void initTestCase()
    {
        MCPDOCK_REQUIRE_WINDOW_TESTENV();
        QVERIFY(m_dir.isValid());
        m_run = QStringLiteral("guitest-%1").arg(QRandomGenerator::global()->generate() % 1000000);
        const QString problem = m_secrets.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase()
    {
        auto ep = docker::parseHost(test::testEnv().dockerHost, QStringLiteral("test"));
        if (!ep) // no environment: initTestCase already failed and said why
            return;
        docker::EngineClient client(*ep);
        for (const QString& t : tagsWithPrefix(m_run))
            client.removeImage(t, true);
    }

    void init() { Dialogs::clearHistory(); }

    void refusedDropSaysWhatIsAccepted()
    {
        auto settings = freshSettings();
        MainWindow w(settings.get());
        w.show();
        const QString readme = test::sourceDir() + QStringLiteral("/README.md");
        Dialogs::setNextAnswer(QMessageBox::Ok);
        drop(&w, {QUrl::fromLocalFile(readme)});
        QTRY_COMPARE(Dialogs::messageCount(), 1);
        QVERIFY2(Dialogs::lastMessage().text.contains(
                     QStringLiteral("Drop an mcp.yaml, mcp.yml or manifest.json, or a folder holding one")),
                 qPrintable(Dialogs::lastMessage().text));
        QCOMPARE(w.manifestModel()->projectCount(), 0);
    }

    void dropBuildAndSeeTheImage()
    {
        const QString name = m_run + QStringLiteral("-weather");
        const QString project = copyExample(QStringLiteral("weather-js"), name, m_dir.path());
        QVERIFY(!project.isEmpty());
        auto settings = freshSettings();
        MainWindow w(settings.get());
        w.show();

        // Two at once: a folder and a manifest file.
        const QString other =
            copyExample(QStringLiteral("notes-py"), m_run + QStringLiteral("-notes"), m_dir.path());
        drop(&w, {QUrl::fromLocalFile(project), QUrl::fromLocalFile(other + QStringLiteral("/mcp.yaml"))});
        QTRY_COMPARE(w.manifestModel()->projectCount(), 2);
        QCOMPARE(Dialogs::messageCount(), 0);
        QVERIFY(w.manifestModel()->manifestAt(0));
        QCOMPARE(w.manifestModel()->manifestAt(0)->name, name);
        QVERIFY(settings->list(K::RecentManifests).size() == 2);
        w.selectProject(0);
        QVERIFY(w.dockerfilePane() != nullptr);
        QTRY_VERIFY(w.daemonMonitor()->state() == widgets::DaemonMonitor::State::Running);
        QVERIFY2(w.daemonLabel()->text().contains(QStringLiteral("Docker")),
                 qPrintable(w.daemonLabel()->text()));

        QSignalSpy started(&w, &MainWindow::buildStarted);
        action(w, "actionBuild")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10'000);
        Job* job = started.at(0).at(0).value<Job*>();
        QVERIFY(job);
        QCOMPARE(w.tabs()->currentIndex(), int(MainWindow::Tab::BuildLog));
        // The status bar shows the running build's progress.
        QTRY_VERIFY(w.statusProgress()->isVisible() || !job->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 300'000);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->resultMessage()));

        // The job's own progress bar reached the end.
        QWidget* row = w.jobsPanel()->rowOf(job);
        QVERIFY(row);
        auto* bar = row->findChild<QProgressBar*>(QStringLiteral("jobProgress"));
        QVERIFY(bar);
        QVERIFY(bar->maximum() > 1);
        QCOMPARE(bar->value(), bar->maximum());

        // The log filled (batched) and says what was tagged.
        QTRY_VERIFY(w.buildLog()->rowCount() > 10);
        // The last events may still sit in the model's batch for a few milliseconds.
        auto logMentions = [&](const QString& text) {
            for (int r = 0; r < w.buildLog()->rowCount(); ++r) {
                if (w.buildLog()->lineText(r).contains(text))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(logMentions(name + QStringLiteral(":latest")));

        // The image appears in the Images tab.
        QTRY_VERIFY_WITH_TIMEOUT(w.imageModel()->rowCount() > 0, 20'000);
        auto hasImage = [&] {
            for (const auto& img : w.imageModel()->images()) {
                if (img.tags.contains(name + QStringLiteral(":latest")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasImage(), 20'000);
        m_built = name + QStringLiteral(":latest");
        // Filtering by the project name through the proxy finds exactly it.
        w.imagesPane()->proxy()->setFilterFixedString(name);
        QCOMPARE(w.imagesPane()->proxy()->rowCount(), 1);
    }

    // A folder with an SDK-based server and no mcp.yaml: dropped, shown with its command, built
    // (npm through the host's network), and its tools, asked from the server, are in the Images tab.
    void dropSdkFolderBuildsItWithTheServersTools()
    {
        const QString name = m_run + QStringLiteral("-hello-sdk");
        const QString project = m_dir.filePath(name);
        QVERIFY(test::copyProjectTree(test::sourceDir() + QStringLiteral("/examples/hello-sdk-ts"), project));
        QFile pkg(project + QStringLiteral("/package.json"));
        QVERIFY(pkg.open(QIODevice::ReadOnly));
        QByteArray json = pkg.readAll();
        pkg.close();
        json.replace(QByteArray("\"name\": \"hello-sdk-ts\""),
                     QByteArray("\"name\": \"" + name.toUtf8() + "\""));
        QVERIFY(pkg.open(QIODevice::WriteOnly | QIODevice::Truncate));
        pkg.write(json);
        pkg.close();

        auto settings = freshSettings();
        settings->setValue(K::BuildNetworkMode, QStringLiteral("host"));
        MainWindow w(settings.get());
        w.show();
        drop(&w, {QUrl::fromLocalFile(project)});
        QTRY_COMPARE(w.manifestModel()->projectCount(), 1);
        QCOMPARE(Dialogs::messageCount(), 0);
        const project::Project* loaded = w.manifestModel()->manifestAt(0);
        QVERIFY(loaded);
        QCOMPARE(loaded->kind, project::Project::Kind::SdkServer);
        QCOMPARE(loaded->name, name);
        w.selectProject(0);
        QVERIFY2(w.dockerfilePane()->text().contains(QLatin1String("RUN [\"npm\", \"run\", \"build\"]")),
                 qPrintable(w.dockerfilePane()->text()));
        QTRY_VERIFY(w.daemonMonitor()->state() == widgets::DaemonMonitor::State::Running);

        QSignalSpy started(&w, &MainWindow::buildStarted);
        action(w, "actionBuild")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10'000);
        Job* job = started.at(0).at(0).value<Job*>();
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 300'000);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->resultMessage()));
        auto toolsOfImage = [&] {
            for (const auto& img : w.imageModel()->images())
                if (img.tags.contains(name + QStringLiteral(":latest")))
                    return img.tools;
            return QStringList{QStringLiteral("<no image>")};
        };
        QTRY_COMPARE_WITH_TIMEOUT(toolsOfImage(),
                                  (QStringList{QStringLiteral("greet"), QStringLiteral("add")}), 20'000);
    }

    void pushTheBuiltImageWithByteProgress()
    {
        QVERIFY2(!m_built.isEmpty(), "needs the image dropBuildAndSeeTheImage built");
        auto settings = freshSettings();
        const QString service = QStringLiteral("mcpdock-guitest-push-") + m_run;
        MainWindow w(settings.get(), nullptr, service);
        w.show();
        // The registry with its password in the keychain (as the settings dialog saves it).
        registry::RegistryEntry entry = registry::RegistryEntry::forHost(test::testEnv().registry);
        entry.username = test::testEnv().registryUser;
        QCOMPARE(w.registryController()->store()->save(entry), QString());
        QVERIFY(w.registryController()
                    ->keychain()
                    ->writeSecret(entry.credentialKey(), test::testEnv().registryPassword)
                    .ok());

        QTRY_VERIFY_WITH_TIMEOUT(w.imageModel()->rowCount() > 0, 20'000); // the first refresh after start
        QString id;
        for (const auto& img : w.imageModel()->images()) {
            if (img.tags.contains(m_built))
                id = img.id;
        }
        QVERIFY(!id.isEmpty());
        w.imagesPane()->selectId(id);
        QCOMPARE(w.imagesPane()->selectedReference().section(QLatin1Char(':'), 0, 0),
                 m_built.section(QLatin1Char(':'), 0, 0));

        QSignalSpy added(w.jobQueue(), &widgets::JobQueue::jobAdded);
        action(w, "actionPush")->trigger();
        auto* dialog = w.findChild<widgets::PushDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->registry().host, test::testEnv().registry);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 30'000);
        Job* job = added.at(0).at(0).value<Job*>();
        QCOMPARE(job->kind(), Job::Kind::Push);
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 300'000);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->resultMessage()));
        QVERIFY2(job->maximum() > 1000, qPrintable(QString::number(job->maximum()))); // bytes, not steps
        QCOMPARE(job->value(), job->maximum());
        QVERIFY2(job->resultMessage().contains(QStringLiteral("sha256:")), qPrintable(job->resultMessage()));
        QVERIFY(w.registryController()->keychain()->deleteSecret(entry.credentialKey()).ok());
    }

    void verifyTheBuiltImage()
    {
        QVERIFY2(!m_built.isEmpty(), "needs the image dropBuildAndSeeTheImage built");
        auto settings = freshSettings();
        MainWindow w(settings.get());
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.imageModel()->rowCount() > 0, 20'000);
        QString id;
        for (const auto& img : w.imageModel()->images()) {
            if (img.tags.contains(m_built))
                id = img.id;
        }
        QVERIFY(!id.isEmpty());
        w.imagesPane()->selectId(id);
        QSignalSpy added(w.jobQueue(), &widgets::JobQueue::jobAdded);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        auto* verify = w.imagesPane()->findChild<QPushButton*>(QStringLiteral("imagesVerify"));
        QVERIFY(verify && verify->isEnabled());
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_COMPARE(added.count(), 1);
        Job* job = added.at(0).at(0).value<Job*>();
        QCOMPARE(job->kind(), Job::Kind::Verify);
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 120'000);
        QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->resultMessage()));
        QTRY_COMPARE(Dialogs::messageCount(), 1);
        QCOMPARE(Dialogs::lastMessage().icon, QMessageBox::Information);
        QVERIFY2(Dialogs::lastMessage().text.contains(QStringLiteral("convert_temperature")),
                 qPrintable(Dialogs::lastMessage().text));
    }

    void cancelLeavesNoTag()
    {
        const QString name = m_run + QStringLiteral("-cancel");
        const QString project = copyExample(QStringLiteral("weather-js"), name, m_dir.path());
        // A change no earlier build has seen, so the steps after it cannot come from the cache.
        QFile tool(project + QStringLiteral("/tools/convert.js"));
        QVERIFY(tool.open(QIODevice::Append));
        tool.write("\n// " + name.toUtf8() + "\n");
        tool.close();
        auto settings = freshSettings();
        MainWindow w(settings.get());
        w.show();
        w.openPaths({project}, QDir::currentPath());
        QCOMPARE(w.manifestModel()->projectCount(), 1);

        QSignalSpy started(&w, &MainWindow::buildStarted);
        action(w, "actionBuild")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10'000);
        Job* job = started.at(0).at(0).value<Job*>();
        // Cancel mid-build: once the daemon reports the first step.
        QTRY_VERIFY_WITH_TIMEOUT(job->value() >= 1 || !job->isActive(), 60'000);
        QVERIFY2(job->isActive(), "the build ended before it could be cancelled");
        QVERIFY(action(w, "actionCancel")->isEnabled());
        action(w, "actionCancel")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 60'000);
        QCOMPARE(job->state(), Job::State::Cancelled);
        QCOMPARE(tagsWithPrefix(name), QStringList());
    }

    void settingsDialogSavesTheCredentialToTheKeychainOnly()
    {
        auto settings = freshSettings();
        const QString service = QStringLiteral("mcpdock-guitest-") + m_run;
        MainWindow w(settings.get(), nullptr, service);
        w.show();
        action(w, "actionSettings")->trigger();
        widgets::SettingsDialog* dialog = w.settingsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->selectRegistriesPage();

        widgets::RegistryController* registries = w.registryController();
        registries->addRegistry(dialog);
        widgets::RegistryDialog* edit = registries->openDialog();
        QVERIFY(edit);
        QTRY_VERIFY(edit->isVisible());
        const QString password = test::testEnv().registryPassword;
        QTest::keyClicks(edit->hostEdit(), test::testEnv().registry);
        QTest::keyClicks(edit->usernameEdit(), test::testEnv().registryUser);
        QTest::keyClicks(edit->secretEdit(), password);

        // Test login with what is typed: the daemon logs in to the test registry.
        QSignalSpy tested(registries, &widgets::RegistryController::loginTested);
        QTest::mouseClick(edit->testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 30'000);
        QVERIFY2(tested.at(0).at(1).toBool(), qPrintable(tested.at(0).at(2).toString()));

        QSignalSpy saved(registries, &widgets::RegistryController::secretSaved);
        auto* buttons = edit->findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20'000);
        QVERIFY2(saved.at(0).at(1).toBool(), qPrintable(saved.at(0).at(2).toString()));

        // In the keychain...
        registry::KeychainStore keychain(service);
        const auto secret = keychain.readSecret(test::testEnv().registry);
        QVERIFY2(secret.ok(), secret.ok() ? "" : qPrintable(secret.error().message));
        QCOMPARE(secret.value(), password);
        // ...listed with its source...
        const int row = registries->model()->rowOfHost(test::testEnv().registry);
        QVERIFY(row >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            registries->model()->index(row, 0).data(RegistryListModel::SourceKindRole).toInt(),
            int(registry::CredentialSource::Kind::Keychain), 20'000);
        // ...and not in the settings file.
        settings->sync();
        QFile file(settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(test::testEnv().registryUser.toUtf8()));
        QVERIFY(!text.contains(password.toUtf8()));

        QVERIFY(keychain.deleteSecret(test::testEnv().registry).ok());
        dialog->close();
        QVERIFY(w.taskRunner()->waitForIdle(30'000));
    }

    void buildWithTheDaemonStoppedShowsAModalError()
    {
        auto settings = freshSettings();
        const QString missing = m_dir.filePath(QStringLiteral("no-daemon/docker.sock"));
        settings->setValue(K::DockerSocket, missing);
        MainWindow w(settings.get());
        w.show();
        const QString project =
            copyExample(QStringLiteral("weather-js"), m_run + QStringLiteral("-nodaemon"), m_dir.path());
        w.openPaths({project}, QDir::currentPath());
        QTRY_VERIFY(w.daemonMonitor()->state() == widgets::DaemonMonitor::State::Unreachable);
        QVERIFY2(
            w.daemonLabel()->text().contains(QStringLiteral("Docker is not running at unix://") + missing),
            qPrintable(w.daemonLabel()->text()));

        Dialogs::setNextAnswer(QMessageBox::Ok);
        action(w, "actionBuild")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(Dialogs::messageCount(), 1, 10'000);
        QCOMPARE(Dialogs::lastMessage().icon, QMessageBox::Critical);
        QVERIFY2(Dialogs::lastMessage().text.contains(QStringLiteral("Docker is not running at unix://") +
                                                      missing),
                 qPrintable(Dialogs::lastMessage().text));
        QCOMPARE(w.jobQueue()->jobs().size(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
