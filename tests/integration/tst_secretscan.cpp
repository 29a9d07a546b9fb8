// No secret leaks (issue 8): after the login, build and push flows have run with the test registry's
// password, no file they wrote (settings, logs, .build.log, temporary files), no image label or
// history entry and no output holds the password or a token made from it; no process argument or
// environment of `mcpdock login` carries it (it reads --password-stdin).
//
// Every flow runs with HOME, XDG_* and TMPDIR pointing into one temporary folder, so "every file
// written" is every file under it. The one file that holds the credentials on purpose, the docker
// config.json the CLI push reads them from (as a user's would), is left out of the scan.

#include "docker/endpoint.h"
#include "docker/engineclient.h"
#include "imagebuild/buildcontextwriter.h"
#include "imagebuild/imagebuilder.h"
#include "registry/imagepusher.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace mcpdock;

namespace {

docker::Endpoint endpointFor(const QString& host)
{
    const auto e = docker::parseHost(host, QStringLiteral("test"));
    return e.ok() ? e.value() : docker::Endpoint{};
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSecretScan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home{QStringLiteral("/tmp/mcpdock-secretscan-XXXXXX")};
    QString m_runId = QUuid::createUuid().toString(QUuid::Id128).left(10);
    QString m_password;
    QString m_user;
    QString m_registry;
    QByteArrayList m_needles;
    QStringList m_images;  // on the shared daemon, removed at the end
    QStringList m_outputs; // what the CLI printed
    QString m_dockerConfigFile;

    QProcessEnvironment childEnv() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("TMPDIR"), m_home.path() + QStringLiteral("/tmp"));
        env.insert(QStringLiteral("DOCKER_HOST"), test::testEnv().dockerHost);
        env.insert(QStringLiteral("DOCKER_CONFIG"), m_home.path() + QStringLiteral("/docker"));
        return env;
    }

    QString mcpdockBinary() const { return QStringLiteral(MCPDOCK_BINARY_DIR "/app/mcpdock"); }

    // Which needle a blob holds, or an empty string.
    QString leak(const QByteArray& blob) const
    {
        for (const QByteArray& n : m_needles)
            if (blob.contains(n))
                return QString::fromLatin1(n.left(3)) + QStringLiteral("...(%1 bytes)").arg(n.size());
        return {};
    }

    // A small image built by ImageBuilder with the password among its secrets, as the GUI does.
    QString buildImage(const QString& tag)
    {
        const QString project =
            m_home.path() + QStringLiteral("/project-") + tag.section(QLatin1Char(':'), -1);
        QDir().mkpath(project);
        imagebuild::BuildContextWriter ctx(project);
        QFile bb(QStringLiteral("/bin/busybox"));
        if (!bb.open(QIODevice::ReadOnly))
            return {};
        ctx.addMemoryFile(QStringLiteral("busybox"), bb.readAll(), true);
        // The build really holds the password, as a build with registry tokens does: an .npmrc in a
        // first stage, whose step prints it (npm's errors can). Only the second stage is the image,
        // so the password reaches the build's output and log, never a layer or the history.
        ctx.addMemoryFile(QStringLiteral(".npmrc"),
                          "//" + m_registry.toUtf8() + "/:_authToken=" + m_password.toUtf8() + "\n");
        ctx.addMemoryFile(QStringLiteral("Dockerfile"),
                          "FROM scratch AS deps\nCOPY busybox /bin/busybox\nCOPY .npmrc /deps/.npmrc\n"
                          "RUN [\"/bin/busybox\", \"sh\", \"-c\", \"echo token: $(/bin/busybox cut -d= -f2 "
                          "/deps/.npmrc)\"]\n"
                          "FROM scratch\nCOPY --from=deps /bin/busybox /bin/busybox\n"
                          "RUN [\"/bin/busybox\", \"sh\", \"-c\", \"echo built " +
                              m_runId.toUtf8() + "\"]\n");
        imagebuild::ImageBuildOptions options;
        options.endpoint = endpointFor(test::testEnv().dockerHost);
        options.tags = {tag};
        options.writeLog = true;
        options.secrets = {m_password};
        options.noCache = true; // the first stage must run (and print) on every run
        imagebuild::ImageBuilder builder(options);
        // What the GUI's log pane and the CLI would show.
        QString shown;
        bool printedToken = false;
        builder.setEventHandler([&](const imagebuild::BuildEvent& e) {
            shown += e.text + QLatin1Char('\n');
            printedToken = printedToken || e.text.startsWith(QStringLiteral("token: "));
        });
        const auto result =
            builder.buildContext(ctx, project, {{QStringLiteral("io.mcpdock.test"), m_runId}});
        if (!result.ok()) {
            qWarning() << "build failed:" << result.error().message;
            return {};
        }
        m_outputs.append(shown);
        if (!printedToken) {
            qWarning() << "the build's first stage did not print the token: the scan would prove nothing";
            return {};
        }
        m_images.append(tag);
        return result->imageId;
    }

private slots:
    void initTestCase()
    {
        MCPDOCK_REQUIRE_TESTENV();
        QVERIFY(m_home.isValid());
        m_password = test::testEnv().registryPassword;
        m_user = test::testEnv().registryUser;
        m_registry = test::testEnv().registry;
        QVERIFY2(m_password.size() >= 8, "the test registry password is too short to scan for");
        QDir().mkpath(m_home.path() + QStringLiteral("/tmp"));
        QDir().mkpath(m_home.path() + QStringLiteral("/docker"));
        // Our own temporary files land in the scanned folder too.
        qputenv("TMPDIR", (m_home.path() + QStringLiteral("/tmp")).toLocal8Bit());

        const QByteArray pw = m_password.toUtf8();
        docker::RegistryAuth auth{m_user, m_password, m_registry, {}};
        m_needles = {pw,
                     pw.toBase64(),
                     pw.toBase64(QByteArray::Base64UrlEncoding),
                     QByteArray(m_user.toUtf8() + ':' + pw).toBase64(),
                     QUrl::toPercentEncoding(m_password),
                     auth.toHeaderValue()};
        // base64 of the password at each of the three alignments inside a longer blob: the groups of
        // four characters that encode password bytes only (the first group holds the bytes before it
        // when shift > 0, the last one the bytes after it), in both alphabets.
        for (int shift = 0; shift < 3; ++shift) {
            for (const auto encoding : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
                const QByteArray b = QByteArray(QByteArray(shift, 'x') + pw).toBase64(encoding);
                const qsizetype first = shift == 0 ? 0 : 4;
                const qsizetype end = (shift + pw.size()) / 3 * 4;
                m_needles.append(b.mid(first, end - first));
            }
        }
        // The needles must find the password base64-encoded inside a longer blob at every offset
        // (the three alignments of base64), in both alphabets: otherwise the scan can miss a leak.
        for (int offset = 0; offset < 6; ++offset) {
            for (const auto encoding : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
                const QByteArray blob =
                    QByteArray(QByteArray(offset, '{') + pw + QByteArray("\"}, more text follows"))
                        .toBase64(encoding);
                QVERIFY2(!leak(blob).isEmpty(),
                         qPrintable(
                             QStringLiteral("the scan misses the password base64-encoded at offset %1 (%2)")
                                 .arg(offset)
                                 .arg(encoding == QByteArray::Base64Encoding ? QStringLiteral("base64")
                                                                             : QStringLiteral("base64url"))));
            }
        }

        // The credentials as a user's docker config holds them: the CLI push reads them from here.
        m_dockerConfigFile = m_home.path() + QStringLiteral("/docker/config.json");
        QFile config(m_dockerConfigFile);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{\"auths\": {\"" + m_registry.toUtf8() + "\": {\"auth\": \"" +
                     QByteArray(m_user.toUtf8() + ':' + pw).toBase64() + "\"}}}\n");
    }

    void cleanupTestCase()
    {
        docker::EngineClient client(endpointFor(test::testEnv().dockerHost));
        for (const QString& image : std::as_const(m_images))
            client.removeImage(image, true);
    }

    // mcpdock login reads the password from stdin only: while it waits there, neither its arguments
    // nor its environment hold it.
    void loginTakesThePasswordFromStdinOnly()
    {
        QVERIFY2(QFileInfo(mcpdockBinary()).isExecutable(),
                 qPrintable(mcpdockBinary() + QStringLiteral(" is not built")));
        QProcess login;
        login.setProcessEnvironment(childEnv());
        login.start(mcpdockBinary(), {QStringLiteral("login"), m_registry, QStringLiteral("--username"),
                                      m_user, QStringLiteral("--password-stdin")});
        QVERIFY(login.waitForStarted(10000));
        const qint64 pid = login.processId();
        // It is blocked reading stdin now (nothing written yet); give it time to get there.
        QTest::qWait(500);
        QCOMPARE(login.state(), QProcess::Running);
        const QByteArray cmdline = readAll(QStringLiteral("/proc/%1/cmdline").arg(pid));
        const QByteArray environment = readAll(QStringLiteral("/proc/%1/environ").arg(pid));
        QVERIFY(cmdline.contains("--password-stdin"));
        QVERIFY2(leak(cmdline).isEmpty(), "the password is in mcpdock login's arguments");
        QVERIFY2(leak(environment).isEmpty(), "the password is in mcpdock login's environment");
        login.write(m_password.toUtf8() + '\n');
        login.closeWriteChannel();
        QVERIFY(login.waitForFinished(60000));
        const QString out = QString::fromUtf8(login.readAllStandardOutput() + login.readAllStandardError());
        m_outputs.append(out);
        qInfo() << "login exit" << login.exitCode() << out.trimmed();
        // The keychain needs a Secret Service (CI: dbus-run-session + gnome-keyring); without one the
        // login fails after checking the credentials. Either way nothing may leak; with a wrong
        // password it must fail.
        QProcess wrong;
        wrong.setProcessEnvironment(childEnv());
        wrong.start(mcpdockBinary(), {QStringLiteral("login"), m_registry, QStringLiteral("-u"), m_user,
                                      QStringLiteral("--password-stdin")});
        QVERIFY(wrong.waitForStarted(10000));
        wrong.write("wrong-" + m_password.toUtf8() + '\n');
        wrong.closeWriteChannel();
        QVERIFY(wrong.waitForFinished(60000));
        QVERIFY(wrong.exitCode() != 0);
        m_outputs.append(QString::fromUtf8(wrong.readAllStandardOutput() + wrong.readAllStandardError()));
    }

    // Build and push in-process (the GUI's path) and through the CLI (credentials from config.json).
    void buildAndPush()
    {
        const QString local = QStringLiteral("mcpdock-secretscan/app:") + m_runId;
        QVERIFY(!buildImage(local).isEmpty());

        docker::EngineClient client(endpointFor(test::testEnv().dockerHost));
        const registry::PushTarget target{m_registry, QStringLiteral("secretscan/app"), m_runId};
        m_images.append(target.reference());
        const auto pushed =
            registry::ImagePusher::push(client, local, target, {m_user, m_password, m_registry, {}});
        QVERIFY2(pushed.ok(), pushed.ok() ? "" : qPrintable(pushed.error().text()));
        // A refused push: its message must not echo what was sent.
        const auto refused = registry::ImagePusher::push(
            client, local, target, {m_user, QStringLiteral("x") + m_password, m_registry, {}});
        QVERIFY(!refused.ok());
        QVERIFY2(leak(refused.error().text().toUtf8()).isEmpty(),
                 "a refused push's message holds the password");
        QVERIFY2(!refused.error().text().contains(QStringLiteral("x") + m_password),
                 "a refused push's message holds the password");

        QProcess push;
        push.setProcessEnvironment(childEnv());
        push.start(mcpdockBinary(), {QStringLiteral("push"), local, QStringLiteral("--registry"), m_registry,
                                     QStringLiteral("--namespace"), QStringLiteral("secretscan"),
                                     QStringLiteral("--tag"), QStringLiteral("cli-") + m_runId});
        QVERIFY(push.waitForStarted(10000));
        QTest::qWait(300);
        if (push.state() == QProcess::Running)
            QVERIFY2(leak(readAll(QStringLiteral("/proc/%1/cmdline").arg(push.processId()))).isEmpty(),
                     "the password is in mcpdock push's arguments");
        QVERIFY(push.state() == QProcess::NotRunning || push.waitForFinished(120000));
        const QString out = QString::fromUtf8(push.readAllStandardOutput() + push.readAllStandardError());
        m_outputs.append(out);
        m_images.append(m_registry + QStringLiteral("/secretscan/app:cli-") + m_runId);
        QVERIFY2(push.exitCode() == 0, qPrintable(out));
    }

    // The scan: every file under the folder all flows wrote to, every output, and the images' labels,
    // config and history as the daemon reports them.
    void nothingLeaks()
    {
        QStringList leaks;
        int files = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path == m_dockerConfigFile)
                continue;
            const QFileInfo fi(path);
            if (fi.isSymLink() || fi.size() > 64 * 1024 * 1024)
                continue;
            ++files;
            const QString found = leak(readAll(path));
            if (!found.isEmpty())
                leaks.append(path + QStringLiteral(": ") + found);
        }
        qInfo() << "scanned" << files << "files under" << m_home.path();
        QVERIFY2(files > 0, "no file was written: the flows did not run");
        bool sawBuildLog = false;
        QDirIterator logs(m_home.path(), {QStringLiteral(".build.log")}, QDir::Files | QDir::Hidden,
                          QDirIterator::Subdirectories);
        sawBuildLog = logs.hasNext();
        QVERIFY2(sawBuildLog, "no .build.log was written");

        for (const QString& out : std::as_const(m_outputs)) {
            const QString found = leak(out.toUtf8());
            if (!found.isEmpty())
                leaks.append(QStringLiteral("output: ") + found);
        }

        docker::EngineClient client(endpointFor(test::testEnv().dockerHost));
        int images = 0;
        for (const QString& image : std::as_const(m_images)) {
            const auto inspect = client.inspectImage(image);
            if (!inspect.ok())
                continue;
            ++images;
            const QString inInspect = leak(QJsonDocument(inspect.value()).toJson());
            if (!inInspect.isEmpty())
                leaks.append(image + QStringLiteral(" inspect (labels, config): ") + inInspect);
            const auto history = client.imageHistory(image);
            QVERIFY2(history.ok(), qPrintable(image));
            const QString inHistory = leak(QJsonDocument(history.value()).toJson());
            if (!inHistory.isEmpty())
                leaks.append(image + QStringLiteral(" history: ") + inHistory);
        }
        QVERIFY2(images >= 2, "the built and pushed images are not there to scan");
        QVERIFY2(leaks.isEmpty(),
                 qPrintable(QStringLiteral("secrets found:\n") + leaks.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
