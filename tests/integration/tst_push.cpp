// Pushes to the real test registry (htpasswd auth, plain HTTP) through the real daemon with every
// credential source, and checks what arrived through the registry's own HTTP API.
#include "registrytesthelpers.h"
#include "secretservice.h"
#include "testsupport.h"

#include "commands.h"
#include "docker/endpoint.h"
#include "docker/engineclient.h"
#include "registry/credentialhelper.h"
#include "registry/credentialresolver.h"
#include "registry/imagepusher.h"
#include "registry/keychainstore.h"
#include "registry/pushjob.h"
#include "registry/registrystore.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mcpdock;
using namespace mcpdock::registry;

class tst_Push : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void keychainRoundTrip();
    void pushWithKeychain();
    void pushWithConfigAuths();
    void pushWithCredentialHelperPass();
    void cancelledPushIsNoSuccess();
    void wrongPasswordFails();
    void unknownRegistryFails();
    void registryDownFails();
    void dryRunPushesNothing();
    void cliLoginPushLogout();
    void cliTag();
    void noSecretInFilesWritten();

private:
    QString dir(const QString& name) const;
    QProcessEnvironment envWithConfig(const QString& configDir) const;
    QString writeAuthsConfig(const QString& name, const QString& password) const;
    void verifyArrived(const QString& repository, const QString& tag, const QString& digest);
    int runCli(int (*verb)(const QStringList&, cli::CliIo&), const QStringList& args,
               const QProcessEnvironment& env, QString* out, QString* err, const QByteArray& stdinData = {});
    bool runTool(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                 QByteArray* out = nullptr, const QByteArray& input = {});

    std::unique_ptr<docker::EngineClient> m_client;
    docker::Endpoint m_endpoint;
    test::SecretService m_secretService;
    QTemporaryDir m_tmp;
    QString m_runId;
    QString m_registry;
    QString m_user;
    QString m_password;
    QString m_localRepo; // mcpdock-regtest-<run>/pushme
    QString m_localRef;  // ...:v1
    QString m_imageId;
    QString m_ns; // namespace in the registry, unique per run
    QProcessEnvironment m_baseEnv;
    QStringList m_capturedOutput; // everything the CLI printed, scanned for the password at the end
    std::unique_ptr<QProcess> m_ownRegistry;
    bool m_gpgStarted = false;
};

QString tst_Push::dir(const QString& name) const
{
    const QString path = m_tmp.filePath(name);
    QDir().mkpath(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

QProcessEnvironment tst_Push::envWithConfig(const QString& configDir) const
{
    QProcessEnvironment env = m_baseEnv;
    env.insert(QStringLiteral("DOCKER_CONFIG"), configDir);
    return env;
}

QString tst_Push::writeAuthsConfig(const QString& name, const QString& password) const
{
    const QString d = dir(name);
    QFile f(d + QStringLiteral("/config.json"));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    const QJsonObject root{
        {QStringLiteral("auths"),
         QJsonObject{
             {m_registry, QJsonObject{{QStringLiteral("auth"),
                                       QString::fromLatin1(
                                           (m_user + QLatin1Char(':') + password).toUtf8().toBase64())}}}}}};
    f.write(QJsonDocument(root).toJson());
    return d;
}

void tst_Push::verifyArrived(const QString& repository, const QString& tag, const QString& digest)
{
    test::RegistryApi api(m_registry, m_user, m_password);
    int status = 0;
    const QStringList tags = api.tags(repository, &status);
    QCOMPARE(status, 200);
    QVERIFY2(tags.contains(tag), qPrintable(tags.join(QLatin1Char(','))));
    const QString remote = api.manifestDigest(repository, tag, &status);
    QCOMPARE(status, 200);
    QCOMPARE(remote, digest);
}

int tst_Push::runCli(int (*verb)(const QStringList&, cli::CliIo&), const QStringList& args,
                     const QProcessEnvironment& env, QString* out, QString* err, const QByteArray& stdinData)
{
    QString o;
    QString e;
    QTextStream os(&o);
    QTextStream es(&e);
    QBuffer in;
    in.setData(stdinData);
    in.open(QIODevice::ReadOnly);
    cli::CliIo io{os, es, &in, env};
    const int code = verb(args, io);
    os.flush();
    es.flush();
    m_capturedOutput << o << e;
    if (out)
        *out = o;
    if (err)
        *err = e;
    return code;
}

bool tst_Push::runTool(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                       QByteArray* out, const QByteArray& input)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return false;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning().noquote() << program << args.join(QLatin1Char(' '))
                             << "failed:" << p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void tst_Push::initTestCase()
{
    MCPDOCK_REQUIRE_TESTENV();
    QCoreApplication::setOrganizationName(QStringLiteral("MCPDock"));
    QCoreApplication::setApplicationName(QStringLiteral("mcpdock"));
    QVERIFY(m_tmp.isValid());
    const auto& env = test::testEnv();
    m_registry = env.registry;
    m_user = env.registryUser;
    m_password = env.registryPassword;
    QVERIFY(!m_password.isEmpty());
    m_runId = QString::number(QDateTime::currentMSecsSinceEpoch(), 36) +
              QString::number(QRandomGenerator::global()->bounded(1000000), 36);
    m_localRepo = QStringLiteral("mcpdock-regtest-") + m_runId + QStringLiteral("/pushme");
    m_localRef = m_localRepo + QStringLiteral(":v1");
    m_ns = QStringLiteral("t") + m_runId;

    m_baseEnv = QProcessEnvironment::systemEnvironment();
    m_baseEnv.insert(QStringLiteral("DOCKER_CONFIG"), dir(QStringLiteral("empty-docker-config")));
    m_baseEnv.insert(QStringLiteral("XDG_CONFIG_HOME"), dir(QStringLiteral("xdg-config")));

    // A private Secret Service before anything touches QtKeychain (libsecret keeps its first bus).
    const QString problem = m_secretService.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const auto endpoint = docker::parseHost(env.dockerHost, QStringLiteral("test environment"));
    QVERIFY2(endpoint.ok(), endpoint.ok() ? "" : qPrintable(endpoint.error().message));
    m_endpoint = endpoint.value();
    m_client = std::make_unique<docker::EngineClient>(m_endpoint);

    QString error;
    m_imageId =
        test::buildManagedImage(*m_client, {m_localRef}, QStringLiteral("pushme"), QStringLiteral("1.0.0"),
                                (QStringLiteral("push test ") + m_runId).toUtf8(), &error);
    QVERIFY2(!m_imageId.isEmpty(), qPrintable(error));
}

void tst_Push::cleanupTestCase()
{
    if (m_client && !m_imageId.isEmpty())
        m_client->removeImage(m_imageId, true); // all our tags: the image is this run's own
    if (m_ownRegistry && m_ownRegistry->state() != QProcess::NotRunning) {
        m_ownRegistry->terminate();
        m_ownRegistry->waitForFinished(5000);
    }
    if (m_gpgStarted) {
        QProcessEnvironment env = m_baseEnv;
        env.insert(QStringLiteral("GNUPGHOME"), m_tmp.filePath(QStringLiteral("gnupg")));
        runTool(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")}, env);
    }
    m_secretService.stop();
}

void tst_Push::keychainRoundTrip()
{
    const KeychainStore keychain(QStringLiteral("mcpdock-test-") + m_runId);
    const QString key = QStringLiteral("roundtrip.example:5000");
    const auto missing = keychain.readSecret(key);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, KeychainError::Kind::NotFound);
    const auto written = keychain.writeSecret(key, QStringLiteral("rt-") + m_runId);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    const auto read = keychain.readSecret(key);
    QVERIFY(read.ok());
    QCOMPARE(read.value(), QStringLiteral("rt-") + m_runId);

    // The async form delivers on the context's thread, and not at all once the context is gone.
    QObject context;
    std::optional<KeychainResult<QString>> asyncResult;
    keychain.readSecretAsync(key, &context, [&](KeychainResult<QString> r) { asyncResult = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(asyncResult.has_value(), 10000);
    QVERIFY(asyncResult->ok());
    QCOMPARE(asyncResult->value(), QStringLiteral("rt-") + m_runId);
    bool called = false;
    {
        QObject shortLived;
        keychain.deleteSecretAsync(key, &shortLived, [&](KeychainResult<Done>) { called = true; });
    }
    QTRY_VERIFY_WITH_TIMEOUT(!keychain.readSecret(key).ok(), 10000);
    QTest::qWait(200);
    QVERIFY(!called);

    // Synchronous calls work from a worker thread too (a QThread has an event dispatcher).
    bool threadOk = false;
    QThread* worker = QThread::create([&] {
        threadOk = keychain.writeSecret(key, QStringLiteral("t")).ok() && keychain.readSecret(key).ok() &&
                   keychain.deleteSecret(key).ok();
    });
    worker->start();
    // The keychain jobs run on this (the application) thread: keep its event loop turning.
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 30000);
    worker->wait();
    delete worker;
    QVERIFY(threadOk);
}

void tst_Push::pushWithKeychain()
{
    QSettings settings(m_tmp.filePath(QStringLiteral("keychain-settings.conf")), QSettings::IniFormat);
    RegistryStore store(&settings);
    RegistryEntry entry = RegistryEntry::forHost(m_registry);
    entry.username = m_user;
    QVERIFY(store.save(entry).isEmpty());
    const KeychainStore keychain;
    QVERIFY(keychain.writeSecret(entry.credentialKey(), m_password).ok());

    const CredentialResolver resolver(&store, &keychain, m_baseEnv);
    auto creds = resolver.resolve(m_registry);
    QVERIFY(creds.ok());
    QCOMPARE(creds->source.kind, CredentialSource::Kind::Keychain);
    QCOMPARE(creds->auth.username, m_user);

    const auto target = ImagePusher::targetFor(m_localRef, entry, m_ns, QStringLiteral("keychain"));
    QVERIFY(target.ok());
    QCOMPARE(target->reference(), m_registry + QLatin1Char('/') + m_ns + QStringLiteral("/pushme:keychain"));

    // Through the GUI's worker on its own thread.
    PushJob job(m_endpoint, m_localRef, *target, creds->auth);
    creds->wipe();
    QThread thread;
    job.moveToThread(&thread);
    QSignalSpy progress(&job, &PushJob::progress);
    QSignalSpy finished(&job, &PushJob::finished);
    QSignalSpy failed(&job, &PushJob::failed);
    thread.start();
    QMetaObject::invokeMethod(&job, &PushJob::start, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 180000);
    thread.quit();
    QVERIFY(thread.wait(10000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().value<PushError>().text()));
    QVERIFY(progress.count() > 0);
    const QList<QVariant> last = progress.last();
    QVERIFY(last.at(1).toLongLong() > 0);
    QCOMPARE(last.at(0).toLongLong(), last.at(1).toLongLong()); // all bytes done at the end
    const PushResult result = finished.first().first().value<PushResult>();
    QCOMPARE(result.reference, target->reference());
    verifyArrived(target->repository, QStringLiteral("keychain"), result.digest);
}

void tst_Push::pushWithConfigAuths()
{
    const QProcessEnvironment env =
        envWithConfig(writeAuthsConfig(QStringLiteral("auths-config"), m_password));
    auto creds = CredentialResolver(nullptr, nullptr, env).resolve(m_registry);
    QVERIFY(creds.ok());
    QCOMPARE(creds->source.kind, CredentialSource::Kind::ConfigAuths);
    const auto target =
        ImagePusher::targetFor(m_localRef, RegistryEntry::forHost(m_registry), m_ns, QStringLiteral("auths"));
    QVERIFY(target.ok());
    QList<PushProgress> seen;
    const auto result = ImagePusher::push(*m_client, m_localRef, *target, creds->auth,
                                          [&](const PushProgress& p) { seen << p; });
    creds->wipe();
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().text()));
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last().layersDone, seen.last().layers);
    verifyArrived(target->repository, QStringLiteral("auths"), result->digest);
}

void tst_Push::pushWithCredentialHelperPass()
{
    // A real docker-credential-pass: a throwaway GnuPG key and password store in temp folders.
    QProcessEnvironment env = envWithConfig(dir(QStringLiteral("pass-config")));
    env.insert(QStringLiteral("GNUPGHOME"), dir(QStringLiteral("gnupg")));
    env.insert(QStringLiteral("PASSWORD_STORE_DIR"), dir(QStringLiteral("password-store")));
    m_gpgStarted = true;
    QVERIFY(runTool(QStringLiteral("gpg"),
                    {QStringLiteral("--batch"), QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"),
                     QStringLiteral("--passphrase"), QString(), QStringLiteral("--quick-gen-key"),
                     QStringLiteral("MCP Dock Test <test@mcpdock.invalid>"), QStringLiteral("default"),
                     QStringLiteral("default"), QStringLiteral("never")},
                    env));
    QByteArray listing;
    QVERIFY(runTool(
        QStringLiteral("gpg"),
        {QStringLiteral("--batch"), QStringLiteral("--with-colons"), QStringLiteral("--list-secret-keys")},
        env, &listing));
    QString fingerprint;
    for (const QByteArray& line : listing.split('\n')) {
        if (line.startsWith("fpr:")) {
            fingerprint = QString::fromLatin1(line.split(':').value(9));
            break;
        }
    }
    QVERIFY(!fingerprint.isEmpty());
    QVERIFY(runTool(QStringLiteral("pass"), {QStringLiteral("init"), fingerprint}, env));

    const CredentialHelper pass(QStringLiteral("pass"), env);
    QVERIFY(!pass.resolvedProgram().isEmpty());
    const auto stored = pass.store({m_registry, m_user, m_password});
    QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
    const auto listed = pass.list();
    QVERIFY(listed.ok());
    QCOMPARE(listed->value(m_registry), m_user);

    QFile config(env.value(QStringLiteral("DOCKER_CONFIG")) + QStringLiteral("/config.json"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QJsonDocument(QJsonObject{{QStringLiteral("credHelpers"),
                                            QJsonObject{{m_registry, QStringLiteral("pass")}}}})
                     .toJson());
    config.close();

    auto creds = CredentialResolver(nullptr, nullptr, env).resolve(m_registry);
    QVERIFY2(creds.ok(), creds.ok() ? "" : qPrintable(creds.error().message));
    QCOMPARE(creds->source.kind, CredentialSource::Kind::CredHelper);
    QCOMPARE(creds->source.detail, QStringLiteral("pass"));
    QCOMPARE(creds->auth.username, m_user);
    const auto target =
        ImagePusher::targetFor(m_localRef, RegistryEntry::forHost(m_registry), m_ns, QStringLiteral("pass"));
    QVERIFY(target.ok());
    const auto result = ImagePusher::push(*m_client, m_localRef, *target, creds->auth);
    creds->wipe();
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().text()));
    verifyArrived(target->repository, QStringLiteral("pass"), result->digest);
}

void tst_Push::cancelledPushIsNoSuccess()
{
    docker::RegistryAuth auth;
    auth.username = m_user;
    auth.password = m_password;
    auth.serverAddress = m_registry;
    const QString ns = m_ns + QStringLiteral("cancel");
    const auto target =
        ImagePusher::targetFor(m_localRef, RegistryEntry::forHost(m_registry), ns, QStringLiteral("c"));
    QVERIFY(target.ok());
    PushJob job(m_endpoint, m_localRef, *target, auth);
    QSignalSpy finished(&job, &PushJob::finished);
    QSignalSpy failed(&job, &PushJob::failed);
    job.cancel(); // before it starts: the flag is checked by the client while it pushes
    QVERIFY(job.isCancelled());
    job.start();
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<PushError>().kind, PushError::Kind::Cancelled);
    int status = 0;
    test::RegistryApi(m_registry, m_user, m_password).tags(target->repository, &status);
    QCOMPARE(status, 404);
    QVERIFY(!m_client->inspectImage(target->reference()).ok());
}

void tst_Push::wrongPasswordFails()
{
    docker::RegistryAuth auth;
    auth.username = m_user;
    auth.password = m_password + QStringLiteral("-wrong");
    auth.serverAddress = m_registry;
    const auto check = m_client->checkAuth(auth);
    QVERIFY(!check.ok());

    const QString ns = m_ns + QStringLiteral("wrong");
    const auto target =
        ImagePusher::targetFor(m_localRef, RegistryEntry::forHost(m_registry), ns, QStringLiteral("w"));
    QVERIFY(target.ok());
    const auto result = ImagePusher::push(*m_client, m_localRef, *target, auth);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, PushError::Kind::Unauthorized);
    QVERIFY2(result.error().message.contains(QStringLiteral("auth"), Qt::CaseInsensitive),
             qPrintable(result.error().message));
    QVERIFY(result.error().hint.contains(QStringLiteral("credentials")));
    QVERIFY(!result.error().text().contains(auth.password));
    int status = 0;
    const QStringList tags =
        test::RegistryApi(m_registry, m_user, m_password).tags(target->repository, &status);
    QCOMPARE(status, 404);
    QVERIFY(tags.isEmpty());
}

void tst_Push::unknownRegistryFails()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // now nothing listens there
    const QString host = QStringLiteral("127.0.0.1:%1").arg(port);
    const auto target =
        ImagePusher::targetFor(m_localRef, RegistryEntry::forHost(host), m_ns, QStringLiteral("x"));
    QVERIFY(target.ok());
    const auto result = ImagePusher::push(*m_client, m_localRef, *target, docker::RegistryAuth{});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, PushError::Kind::Unreachable);
    QVERIFY2(result.error().message.contains(QStringLiteral("connection refused")),
             qPrintable(result.error().message));
    QVERIFY(result.error().hint.contains(host));
    // The registry tag made for the failed push is gone again; the image keeps its own name.
    QVERIFY(!m_client->inspectImage(target->reference()).ok());
    QVERIFY(m_client->inspectImage(m_localRef).ok());
}

void tst_Push::registryDownFails()
{
    // A registry of our own that we can stop: push works while it runs, fails once it is down.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString host = QStringLiteral("127.0.0.1:%1").arg(port);
    const QString root = dir(QStringLiteral("own-registry"));
    QFile cfg(root + QStringLiteral("/config.yml"));
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    cfg.write(QStringLiteral(
                  "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: %1/data\n"
                  "http:\n  addr: %2\n")
                  .arg(root, host)
                  .toUtf8());
    cfg.close();
    m_ownRegistry = std::make_unique<QProcess>();
    m_ownRegistry->setProcessChannelMode(QProcess::MergedChannels);
    m_ownRegistry->start(QStringLiteral("docker-registry"), {QStringLiteral("serve"), cfg.fileName()});
    QVERIFY(m_ownRegistry->waitForStarted(10000));
    int status = 0;
    test::RegistryApi api(host, QString(), QString());
    QTRY_VERIFY_WITH_TIMEOUT((api.tags(QStringLiteral("x/y"), &status), status == 404), 20000);

    const RegistryEntry entry = RegistryEntry::forHost(host);
    const auto up = ImagePusher::targetFor(m_localRef, entry, m_ns, QStringLiteral("up"));
    QVERIFY(up.ok());
    const auto pushed = ImagePusher::push(*m_client, m_localRef, *up, docker::RegistryAuth{});
    QVERIFY2(pushed.ok(), pushed.ok() ? "" : qPrintable(pushed.error().text()));
    QCOMPARE(api.manifestDigest(up->repository, QStringLiteral("up")), pushed->digest);

    m_ownRegistry->terminate();
    QVERIFY(m_ownRegistry->waitForFinished(10000));
    const auto down = ImagePusher::targetFor(m_localRef, entry, m_ns, QStringLiteral("down"));
    QVERIFY(down.ok());
    const auto failed = ImagePusher::push(*m_client, m_localRef, *down, docker::RegistryAuth{});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, PushError::Kind::Unreachable);
    QVERIFY(failed.error().hint.contains(host));
}

void tst_Push::dryRunPushesNothing()
{
    const QString ns = m_ns + QStringLiteral("dry");
    const QString expected = m_registry + QLatin1Char('/') + ns + QStringLiteral("/pushme:dryrun");
    const QStringList args{QStringLiteral("mcpdock push"), m_localRef,
                           QStringLiteral("--registry"),   m_registry,
                           QStringLiteral("--namespace"),  ns,
                           QStringLiteral("--tag"),        QStringLiteral("dryrun"),
                           QStringLiteral("--dry-run"),    QStringLiteral("--host"),
                           test::testEnv().dockerHost};
    const QString configDir = writeAuthsConfig(QStringLiteral("dry-config"), m_password);
    QString out;
    QString err;
    QCOMPARE(runCli(cli::runPush, args, envWithConfig(configDir), &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("Would push:  ") + expected), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("auths in ") + configDir), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Login Succeeded")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("Registry:    ") + m_registry));

    QCOMPARE(runCli(cli::runPush, args + QStringList{QStringLiteral("--json")}, envWithConfig(configDir),
                    &out, &err),
             0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("target")).toString(), expected);
    QCOMPARE(json.value(QStringLiteral("credentialSource")).toString(), QStringLiteral("auths"));
    QCOMPARE(json.value(QStringLiteral("authCheck")).toString(), QStringLiteral("ok"));

    // Wrong credentials: the dry run says so and fails.
    const QString badDir =
        writeAuthsConfig(QStringLiteral("dry-bad-config"), m_password + QStringLiteral("x"));
    QCOMPARE(runCli(cli::runPush, args, envWithConfig(badDir), &out, &err), 1);
    QVERIFY(out.contains(QStringLiteral("Auth check:")));

    // Nothing reached the registry, and no local tag was made.
    int status = 0;
    test::RegistryApi(m_registry, m_user, m_password).tags(ns + QStringLiteral("/pushme"), &status);
    QCOMPARE(status, 404);
    const auto local = m_client->inspectImage(expected);
    QVERIFY(!local.ok());
    QCOMPARE(local.error().kind, docker::DockerError::Kind::NotFound);
}

void tst_Push::cliLoginPushLogout()
{
    const QString dockerHost = test::testEnv().dockerHost;
    const QProcessEnvironment env = m_baseEnv; // empty DOCKER_CONFIG: only the keychain can help

    QString out;
    QString err;
    // A password on the command line is refused outright.
    QCOMPARE(runCli(cli::runLogin,
                    {QStringLiteral("mcpdock login"), m_registry, QStringLiteral("--username"), m_user,
                     QStringLiteral("--password"), QStringLiteral("argv-password")},
                    env, &out, &err),
             2);

    // Wrong password: refused by /auth, nothing saved.
    QCOMPARE(runCli(cli::runLogin,
                    {QStringLiteral("mcpdock login"), m_registry, QStringLiteral("--username"), m_user,
                     QStringLiteral("--password-stdin"), QStringLiteral("--host"), dockerHost},
                    env, &out, &err, (m_password + QStringLiteral("-bad\n")).toUtf8()),
             1);
    QVERIFY2(err.contains(QStringLiteral("failed")), qPrintable(err));
    const RegistryEntry entry = RegistryEntry::forHost(m_registry);
    const KeychainStore keychain;
    keychain.deleteSecret(entry.credentialKey()); // pushWithKeychain left one
    QCOMPARE(runCli(cli::runLogin,
                    {QStringLiteral("mcpdock login"), m_registry, QStringLiteral("--username"), m_user,
                     QStringLiteral("--password-stdin"), QStringLiteral("--host"), dockerHost},
                    env, &out, &err, (m_password + QStringLiteral("\n")).toUtf8()),
             0);
    QVERIFY2(out.contains(QStringLiteral("saved in the keychain")), qPrintable(out + err));
    const auto secret = keychain.readSecret(entry.credentialKey());
    QVERIFY(secret.ok());
    QCOMPARE(secret.value(), m_password); // the trailing newline is not part of it

    const QString settingsFile = RegistryStore::appSettingsFile(env);
    QVERIFY2(settingsFile.startsWith(m_tmp.path()), qPrintable(settingsFile));
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        QCOMPARE(RegistryStore(&settings).find(m_registry).username, m_user);
    }

    QCOMPARE(runCli(cli::runPush,
                    {QStringLiteral("mcpdock push"), m_localRef, QStringLiteral("--registry"), m_registry,
                     QStringLiteral("--namespace"), m_ns, QStringLiteral("--tag"), QStringLiteral("cli"),
                     QStringLiteral("--json"), QStringLiteral("--host"), dockerHost},
                    env, &out, &err),
             0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("credentialSource")).toString(), QStringLiteral("keychain"));
    verifyArrived(m_ns + QStringLiteral("/pushme"), QStringLiteral("cli"),
                  json.value(QStringLiteral("digest")).toString());

    QCOMPARE(runCli(cli::runLogout, {QStringLiteral("mcpdock logout"), m_registry}, env, &out, &err), 0);
    const auto gone = keychain.readSecret(entry.credentialKey());
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, KeychainError::Kind::NotFound);
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        QCOMPARE(RegistryStore(&settings).find(m_registry).username, QString());
    }
    // Without credentials a push is refused by the registry: a failure, never success.
    QCOMPARE(runCli(cli::runPush,
                    {QStringLiteral("mcpdock push"), m_localRef, QStringLiteral("--registry"), m_registry,
                     QStringLiteral("--namespace"), m_ns, QStringLiteral("--tag"), QStringLiteral("anon"),
                     QStringLiteral("--host"), dockerHost},
                    env, &out, &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("Check the credentials")), qPrintable(err));
    QVERIFY(!test::RegistryApi(m_registry, m_user, m_password)
                 .tags(m_ns + QStringLiteral("/pushme"))
                 .contains(QStringLiteral("anon")));
}

void tst_Push::cliTag()
{
    const QString dockerHost = test::testEnv().dockerHost;
    QString out;
    QString err;
    const QString copy = m_localRepo + QStringLiteral("-copy:x");
    // One invalid tag: nothing is tagged at all, and the message suggests a valid form.
    QCOMPARE(runCli(cli::runTag,
                    {QStringLiteral("mcpdock tag"), m_localRef, QStringLiteral("extra1"), copy,
                     QStringLiteral("1.0+b1"), QStringLiteral("--host"), dockerHost},
                    m_baseEnv, &out, &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("1.0_b1")), qPrintable(err));
    QVERIFY(!m_client->inspectImage(m_localRepo + QStringLiteral(":extra1")).ok());

    QCOMPARE(runCli(cli::runTag,
                    {QStringLiteral("mcpdock tag"), m_localRef, QStringLiteral("extra1"), copy,
                     QStringLiteral("--host"), dockerHost},
                    m_baseEnv, &out, &err),
             0);
    const auto a = m_client->inspectImage(m_localRepo + QStringLiteral(":extra1"));
    const auto b = m_client->inspectImage(copy);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->value(QStringLiteral("Id")).toString(), m_imageId);
    QCOMPARE(b->value(QStringLiteral("Id")).toString(), m_imageId);
}

void tst_Push::noSecretInFilesWritten()
{
    const QStringList hits =
        test::filesContaining({m_tmp.path(), m_secretService.dataDir()}, m_password.toUtf8());
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    for (const QString& text : m_capturedOutput)
        QVERIFY(!text.contains(m_password));
    // The scan can find what it looks for: the helper test store holds it nowhere in plain text,
    // but a file we write on purpose must be found.
    QFile canary(m_tmp.filePath(QStringLiteral("canary")));
    QVERIFY(canary.open(QIODevice::WriteOnly));
    canary.write(m_password.toUtf8());
    canary.close();
    QCOMPARE(test::filesContaining({m_tmp.path()}, m_password.toUtf8()).size(), 1);
    canary.remove();
}

QTEST_GUILESS_MAIN(tst_Push)
#include "tst_push.moc"
