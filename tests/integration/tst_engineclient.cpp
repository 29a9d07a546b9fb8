// EngineClient against the real test daemon (tests/support/testenv.sh): ping, version, a build with a
// RUN step from a tar made here with libarchive, list by label, tag, inspect, run with separated
// logs, attach with a stdin round trip, removal; the error kinds a user meets (no daemon, no
// permission on the socket, as an unprivileged user for real); and a second daemon this test starts
// on TLS tcp://127.0.0.1 with certificates it generates.
#include "docker/endpoint.h"
#include "docker/engineclient.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <archive.h>
#include <archive_entry.h>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <csignal>
#include <cstring>
#include <memory>

using namespace mcpdock::docker;

namespace {

const char* const Busybox = "/bin/busybox";

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A build context tar written by libarchive straight into the request body, no temporary file.
struct TarSink
{
    BodyWriter* out = nullptr;
    bool failed = false;
};

la_ssize_t tarWrite(struct archive*, void* clientData, const void* buffer, size_t length)
{
    auto* sink = static_cast<TarSink*>(clientData);
    if (!sink->out->write(static_cast<const char*>(buffer), qint64(length))) {
        sink->failed = true;
        return -1;
    }
    return la_ssize_t(length);
}

bool addEntry(struct archive* a, const char* name, const QByteArray& data, int mode)
{
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, name);
    archive_entry_set_size(e, data.size());
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, mode);
    archive_entry_set_mtime(e, 1700000000, 0);
    const bool ok = archive_write_header(a, e) == ARCHIVE_OK &&
                    archive_write_data(a, data.constData(), size_t(data.size())) == data.size();
    archive_entry_free(e);
    return ok;
}

BodyProducer contextProducer(const QByteArray& dockerfile)
{
    return [dockerfile](BodyWriter& out, QString* error) {
        const QByteArray busybox = readFile(QString::fromLatin1(Busybox));
        if (busybox.isEmpty()) {
            *error = QStringLiteral("cannot read /bin/busybox (apt-get install busybox-static)");
            return false;
        }
        TarSink sink{&out};
        archive* a = archive_write_new();
        archive_write_set_format_pax_restricted(a);
        archive_write_open(a, &sink, nullptr, tarWrite, nullptr);
        const bool ok = addEntry(a, "Dockerfile", dockerfile, 0644) && addEntry(a, "busybox", busybox, 0755);
        archive_write_close(a);
        archive_write_free(a);
        if (!ok && !sink.failed)
            *error = QStringLiteral("libarchive failed to write the context");
        return ok && !sink.failed;
    };
}

QString errorText(const DockerError& e)
{
    return DockerError::kindName(e.kind) + QStringLiteral(": ") + e.message;
}

bool runTool(const QString& program, const QStringList& args, const QString& dir, QString* output)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        *output = program + QStringLiteral(" did not finish: ") + p.errorString();
        return false;
    }
    *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestEngineClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineClient> m_client;
    QString m_runId;
    QString m_repo;
    QString m_imageId;
    QStringList m_containers;
    // The TLS daemon of tlsDaemon(), stopped in cleanupTestCase() if the test did not get there.
    std::unique_ptr<QProcess> m_tlsDaemon;
    std::unique_ptr<QTemporaryDir> m_tlsDir;

    Result<QString> runContainer(const QJsonArray& cmd, QJsonObject extra = {})
    {
        QJsonObject config = std::move(extra);
        config.insert(QStringLiteral("Image"), m_imageId);
        config.insert(QStringLiteral("Cmd"), cmd);
        config.insert(QStringLiteral("Labels"), QJsonObject{{QStringLiteral("mcpdock.test.run"), m_runId}});
        config.insert(QStringLiteral("HostConfig"),
                      QJsonObject{{QStringLiteral("NetworkMode"), QStringLiteral("none")}});
        auto id = m_client->createContainer(
            config, QStringLiteral("mcpdock-engine-%1-%2").arg(m_runId).arg(m_containers.size()));
        if (id)
            m_containers << id.value();
        return id;
    }

    void stopTlsDaemon()
    {
        if (!m_tlsDaemon)
            return;
        const qint64 pid = m_tlsDaemon->processId();
        if (pid > 0 && m_tlsDaemon->state() != QProcess::NotRunning) {
            ::kill(pid_t(pid), SIGTERM);
            if (!m_tlsDaemon->waitForFinished(30000)) {
                ::kill(pid_t(pid), SIGKILL);
                m_tlsDaemon->waitForFinished(5000);
            }
        }
        m_tlsDaemon.reset();
        m_tlsDir.reset();
    }

private slots:
    void initTestCase()
    {
        MCPDOCK_REQUIRE_TESTENV();
        const auto endpoint =
            parseHost(mcpdock::test::testEnv().dockerHost, QStringLiteral("the test environment"));
        QVERIFY2(endpoint.ok(), endpoint.ok() ? "" : qPrintable(endpoint.error().message));
        m_client = std::make_unique<EngineClient>(endpoint.value());
        m_runId = QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') +
                  QString::number(QRandomGenerator::global()->generate(), 16);
        m_repo = QStringLiteral("mcpdock-test-engine-%1").arg(m_runId);
        QVERIFY2(QFile::exists(QString::fromLatin1(Busybox)),
                 "/bin/busybox is missing (apt-get install busybox-static)");
    }

    void pingAndVersion()
    {
        QVERIFY(m_client->negotiatedApiVersion().isEmpty());
        const auto ping = m_client->ping();
        QVERIFY2(ping.ok(), ping.ok() ? "" : qPrintable(errorText(ping.error())));
        QVERIFY(!ping->apiVersion.isEmpty());
        QCOMPARE(ping->osType, QStringLiteral("linux"));
        QVERIFY(!m_client->negotiatedApiVersion().isEmpty());

        const auto version = m_client->version();
        QVERIFY2(version.ok(), version.ok() ? "" : qPrintable(errorText(version.error())));
        QVERIFY(!version->version.isEmpty());
        QCOMPARE(version->os, QStringLiteral("linux"));
        QVERIFY(!version->arch.isEmpty());
        QCOMPARE(version->negotiatedApiVersion, m_client->negotiatedApiVersion());
        // min(ours, server): never above what the server or we speak.
        const auto minor = [](const QString& v) {
            return v.section(QLatin1Char('.'), 1).toInt();
        };
        QCOMPARE(minor(m_client->negotiatedApiVersion()),
                 qMin(minor(version->apiVersion), minor(QString::fromLatin1(EngineClient::MaxApiVersion))));

        const auto info = m_client->info();
        QVERIFY(info.ok());
        QVERIFY(info->contains(QStringLiteral("Containers")));
    }

    void usableFromWorkerThreads()
    {
        // Blocking calls on threads without an event loop, several clients at once, as build and
        // push jobs use them.
        QAtomicInt failures = 0;
        QList<QThread*> threads;
        for (int t = 0; t < 3; ++t) {
            threads << QThread::create([&] {
                EngineClient client(m_client->endpoint());
                for (int i = 0; i < 5; ++i)
                    if (!client.ping().ok() || !client.version().ok() || !client.listImages().ok())
                        failures.fetchAndAddRelaxed(1);
            });
            threads.last()->start();
        }
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
    }

    void buildWithRunStep()
    {
        BuildOptions options;
        options.tags = {m_repo + QStringLiteral(":built")};
        options.labels = {{QStringLiteral("mcpdock.test.run"), m_runId},
                          {QStringLiteral("mcpdock.test.kind"), QStringLiteral("engine")}};
        options.buildArgs = {{QStringLiteral("UNUSED_ARG"), QStringLiteral("x y&z")}};
        options.networkMode = QStringLiteral("none");
        QList<JsonMessage> messages;
        const QByteArray dockerfile = "FROM scratch\n"
                                      "COPY busybox /bin/busybox\n"
                                      "RUN [\"/bin/busybox\",\"sh\",\"-c\",\"echo built > /hello\"]\n";
        const auto id = m_client->buildImage(options, contextProducer(dockerfile),
                                             [&](const JsonMessage& m) { messages << m; });
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(errorText(id.error())));
        QVERIFY(id->startsWith(QStringLiteral("sha256:")));
        m_imageId = id.value();
        QString output;
        for (const JsonMessage& m : messages)
            output += m.stream;
        QVERIFY2(
            output.contains(QStringLiteral(": RUN [\"/bin/busybox\",\"sh\",\"-c\",\"echo built > /hello\"]")),
            qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("Successfully tagged ") + m_repo + QStringLiteral(":built")));
    }

    void listWithLabelFilter()
    {
        ImageFilters filters;
        filters.labels = {QStringLiteral("mcpdock.test.run=") + m_runId};
        const auto images = m_client->listImages(filters);
        QVERIFY2(images.ok(), images.ok() ? "" : qPrintable(errorText(images.error())));
        QCOMPARE(images->size(), 1);
        QCOMPARE(images->first().id, m_imageId);
        QCOMPARE(images->first().repoTags, QStringList{m_repo + QStringLiteral(":built")});
        QCOMPARE(images->first().labels.value(QStringLiteral("mcpdock.test.kind")), QStringLiteral("engine"));
        QVERIFY(images->first().size > 1000000); // busybox is in it

        filters.labels = {QStringLiteral("mcpdock.test.run=no-such-run-") + m_runId};
        const auto none = m_client->listImages(filters);
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());

        ImageFilters byReference;
        byReference.references = {m_repo};
        const auto byRef = m_client->listImages(byReference);
        QVERIFY(byRef.ok());
        QCOMPARE(byRef->size(), 1);
    }

    void tagAndInspect()
    {
        const auto tagged = m_client->tagImage(m_imageId, m_repo, QStringLiteral("v1"));
        QVERIFY2(tagged.ok(), tagged.ok() ? "" : qPrintable(errorText(tagged.error())));
        const auto inspected = m_client->inspectImage(m_repo + QStringLiteral(":v1"));
        QVERIFY2(inspected.ok(), inspected.ok() ? "" : qPrintable(errorText(inspected.error())));
        QCOMPARE(inspected->value(QStringLiteral("Id")).toString(), m_imageId);
        const QStringList tags = [&] {
            QStringList t;
            for (const QJsonValue& v : inspected->value(QStringLiteral("RepoTags")).toArray())
                t << v.toString();
            return t;
        }();
        QVERIFY(tags.contains(m_repo + QStringLiteral(":v1")));
        QVERIFY(tags.contains(m_repo + QStringLiteral(":built")));
        const QJsonObject labels =
            inspected->value(QStringLiteral("Config")).toObject().value(QStringLiteral("Labels")).toObject();
        QCOMPARE(labels.value(QStringLiteral("mcpdock.test.run")).toString(), m_runId);

        const auto history = m_client->imageHistory(m_imageId);
        QVERIFY(history.ok());
        QVERIFY(history->value(QStringLiteral("history")).toArray().size() >= 2);

        const auto missing = m_client->inspectImage(m_repo + QStringLiteral(":no-such-tag"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, DockerError::Kind::NotFound);
        QCOMPARE(missing.error().httpStatus, 404);
        QVERIFY(missing.error().message.contains(QStringLiteral("no-such-tag")));
    }

    void runAndReadLogs()
    {
        const auto id =
            runContainer({QString::fromLatin1(Busybox), QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("echo to-stdout; echo to-stderr >&2; cat /hello; exit 3")});
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(errorText(id.error())));
        const auto started = m_client->startContainer(id.value());
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(errorText(started.error())));
        const auto exitCode = m_client->waitContainer(id.value());
        QVERIFY2(exitCode.ok(), exitCode.ok() ? "" : qPrintable(errorText(exitCode.error())));
        QCOMPARE(exitCode.value(), 3);
        const auto logs = m_client->containerLogs(id.value());
        QVERIFY2(logs.ok(), logs.ok() ? "" : qPrintable(errorText(logs.error())));
        QCOMPARE(logs->out, QByteArray("to-stdout\nbuilt\n")); // built by the RUN step
        QCOMPARE(logs->err, QByteArray("to-stderr\n"));

        const auto listed =
            m_client->listContainers(true, {QStringLiteral("label=mcpdock.test.run=") + m_runId});
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().state, QStringLiteral("exited"));
    }

    void attachStdinRoundTrip()
    {
        QJsonObject extra{{QStringLiteral("OpenStdin"), true},
                          {QStringLiteral("StdinOnce"), true},
                          {QStringLiteral("AttachStdin"), true},
                          {QStringLiteral("AttachStdout"), true},
                          {QStringLiteral("AttachStderr"), true}};
        const auto id =
            runContainer({QString::fromLatin1(Busybox), QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("/bin/busybox cat; echo done >&2")},
                         extra);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(errorText(id.error())));
        auto attached = m_client->attachContainer(id.value());
        QVERIFY2(attached.ok(), attached.ok() ? "" : qPrintable(errorText(attached.error())));
        std::unique_ptr<AttachedStream> stream = std::move(attached.value());
        QVERIFY(m_client->startContainer(id.value()).ok());

        const QByteArray input = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\"}\nsecond line\n";
        QVERIFY(stream->writeStdin(input));
        QByteArray out;
        QByteArray err;
        QElapsedTimer timer;
        timer.start();
        // The echo comes back before stdin is closed: a real round trip, not a buffer flushed at exit.
        while (out.size() < input.size() && timer.elapsed() < 30000 &&
               stream->waitForOutput(&out, &err, 500)) {
        }
        QCOMPARE(out, input);
        stream->closeStdin(); // half-close: cat sees EOF and exits
        while (timer.elapsed() < 30000 && stream->waitForOutput(&out, &err, 500)) {
        }
        QVERIFY2(stream->atEnd(), "the attached stream did not end after stdin was closed");
        QCOMPARE(out, input);
        QCOMPARE(err, QByteArray("done\n"));
        const auto exitCode = m_client->waitContainer(id.value());
        QVERIFY(exitCode.ok());
        QCOMPARE(exitCode.value(), 0);
    }

    void failingBuildIsStreamError()
    {
        BuildOptions options;
        options.labels = {{QStringLiteral("mcpdock.test.run"), m_runId}};
        options.networkMode = QStringLiteral("none");
        const QByteArray dockerfile =
            "FROM scratch\nCOPY busybox /bin/busybox\nRUN [\"/bin/busybox\",\"sh\",\"-c\",\"exit 7\"]\n";
        const auto id = m_client->buildImage(options, contextProducer(dockerfile), {});
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, DockerError::Kind::StreamError);
        QVERIFY2(id.error().message.contains(QStringLiteral("7")), qPrintable(id.error().message));
    }

    void cancelledBuildStopsQuickly()
    {
        CancelFlag cancel{false};
        BuildOptions options;
        options.labels = {{QStringLiteral("mcpdock.test.run"), m_runId}};
        // A valid tar whose one file is far too big to ever finish: only the cancel flag stops the
        // upload (a daemon that got a broken tar would answer with an error first).
        const BodyProducer endless = [&](BodyWriter& out, QString*) {
            TarSink sink{&out};
            archive* a = archive_write_new();
            archive_write_set_format_pax_restricted(a);
            archive_write_open(a, &sink, nullptr, tarWrite, nullptr);
            archive_entry* e = archive_entry_new();
            archive_entry_set_pathname(e, "huge");
            archive_entry_set_size(e, qint64(1) << 36);
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, 0644);
            archive_write_header(a, e);
            archive_entry_free(e);
            const QByteArray block(64 * 1024, 'x');
            QElapsedTimer t;
            t.start();
            while (archive_write_data(a, block.constData(), size_t(block.size())) > 0 &&
                   t.elapsed() < 60000) {
                if (t.elapsed() > 300)
                    cancel = true;
            }
            archive_write_free(a);
            return false;
        };
        QElapsedTimer timer;
        timer.start();
        const auto id = m_client->buildImage(options, endless, {}, &cancel);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, DockerError::Kind::Cancelled);
        QVERIFY(timer.elapsed() < 60000); // the body is endless: only the cancel ends the call
        // The client is still usable afterwards.
        QVERIFY(m_client->ping().ok());
    }

    void pushAndCheckAuth()
    {
        const auto& env = mcpdock::test::testEnv();
        QVERIFY2(!env.registry.isEmpty(), "the test environment has no registry");
        const QString target = env.registry + QLatin1Char('/') + m_repo;
        QVERIFY(m_client->tagImage(m_imageId, target, QStringLiteral("v1")).ok());

        RegistryAuth good{env.registryUser, env.registryPassword, env.registry, {}};
        const auto login = m_client->checkAuth(good);
        QVERIFY2(login.ok(), login.ok() ? "" : qPrintable(errorText(login.error())));
        QCOMPARE(login->status, QStringLiteral("Login Succeeded"));

        RegistryAuth bad{env.registryUser, QStringLiteral("wrong-password"), env.registry, {}};
        const auto refusedLogin = m_client->checkAuth(bad);
        QVERIFY(!refusedLogin.ok());
        QVERIFY2(refusedLogin.error().kind == DockerError::Kind::Unauthorized,
                 qPrintable(errorText(refusedLogin.error())));

        const auto refusedPush = m_client->pushImage(target, QStringLiteral("v1"), bad, {});
        QVERIFY(!refusedPush.ok());
        QVERIFY2(refusedPush.error().kind == DockerError::Kind::Unauthorized,
                 qPrintable(errorText(refusedPush.error())));

        QList<JsonMessage> messages;
        const auto digest = m_client->pushImage(target, QStringLiteral("v1"), good,
                                                [&](const JsonMessage& m) { messages << m; });
        QVERIFY2(digest.ok(), digest.ok() ? "" : qPrintable(errorText(digest.error())));
        QVERIFY(digest->startsWith(QStringLiteral("sha256:")));
        QVERIFY(!messages.isEmpty());
        QVERIFY(m_client->removeImage(target + QStringLiteral(":v1")).ok());
    }

    void removeContainerAndImage()
    {
        // In use by (stopped) containers: the daemon refuses without force.
        const auto inUse = m_client->removeImage(m_imageId, false);
        QVERIFY(!inUse.ok());
        QVERIFY2(inUse.error().kind == DockerError::Kind::Conflict, qPrintable(errorText(inUse.error())));
        QCOMPARE(inUse.error().httpStatus, 409);

        for (const QString& id : std::as_const(m_containers)) {
            const auto removed = m_client->removeContainer(id, true);
            QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(errorText(removed.error())));
        }
        m_containers.clear();
        const auto left =
            m_client->listContainers(true, {QStringLiteral("label=mcpdock.test.run=") + m_runId});
        QVERIFY(left.ok());
        QVERIFY(left->isEmpty());

        const auto removed = m_client->removeImage(m_imageId, true);
        QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(errorText(removed.error())));
        QVERIFY(removed->untagged.contains(m_repo + QStringLiteral(":built")));
        QVERIFY(removed->deleted.contains(m_imageId));
        const auto gone = m_client->inspectImage(m_imageId);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, DockerError::Kind::NotFound);
        m_imageId.clear();
    }

    void missingSocketIsDaemonNotRunning()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/docker.sock");
        QProcessEnvironment env;
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + path);
        const auto endpoint = resolveEndpoint(env);
        QVERIFY(endpoint.ok());
        EngineClient client(endpoint.value());
        const auto ping = client.ping();
        QVERIFY(!ping.ok());
        QCOMPARE(ping.error().kind, DockerError::Kind::DaemonNotRunning);
        QVERIFY2(ping.error().message.contains(path), qPrintable(ping.error().message));
        QVERIFY(ping.error().message.contains(QStringLiteral("DOCKER_HOST=unix://") + path));
        QVERIFY(ping.error().message.contains(QStringLiteral("Start Docker")));
        // A socket file nobody listens on (a daemon that died): refused, not "missing".
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray stale = QFile::encodeName(dir.path() + QStringLiteral("/stale.sock"));
        std::memcpy(addr.sun_path, stale.constData(), size_t(stale.size()));
        QVERIFY(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
        ::close(fd);
        const auto staleEndpoint =
            parseHost(QStringLiteral("unix://") + QString::fromLocal8Bit(stale), QStringLiteral("test"));
        QVERIFY(staleEndpoint.ok());
        const auto refused = EngineClient(staleEndpoint.value()).ping();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().kind == DockerError::Kind::ConnectionRefused,
                 qPrintable(errorText(refused.error())));
        QVERIFY(refused.error().message.contains(QString::fromLocal8Bit(stale)));

        // Every operation reports the same, never an empty message.
        const auto images = client.listImages();
        QVERIFY(!images.ok());
        QCOMPARE(images.error().kind, DockerError::Kind::DaemonNotRunning);
    }

    void permissionDeniedAsUnprivilegedUser()
    {
        const QString socket = mcpdock::test::testEnv().dockerSocket;
        struct stat st
        {};
        QVERIFY(::stat(QFile::encodeName(socket).constData(), &st) == 0);
        QVERIFY2((st.st_mode & 0006) == 0,
                 "the test daemon's socket is open to everyone, so no permission error can be provoked");
        const QString app = QStringLiteral(MCPDOCK_BINARY_DIR "/app/mcpdock");
        QVERIFY2(QFile::exists(app),
                 qPrintable(app + QStringLiteral(" is not built: build the mcpdock target")));
        // A copy where user 65534 can execute it (the build tree may not be reachable for it).
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                      QFile::ExeOther));
        const QString copy = dir.path() + QStringLiteral("/mcpdock");
        QVERIFY(QFile::copy(app, copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                QFile::ExeOther));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.remove(QStringLiteral("DOCKER_HOST"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                            QStringLiteral("--clear-groups"), copy, QStringLiteral("ping"),
                                            QStringLiteral("--host"), QStringLiteral("unix://") + socket});
        QVERIFY2(p.waitForFinished(30000), qPrintable(p.errorString()));
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 1, qPrintable(QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(err)));
        QVERIFY2(err.contains(QStringLiteral("Permission denied on ") + socket), qPrintable(err));
        QVERIFY2(
            err.contains(QStringLiteral("add your user to the docker group (sudo usermod -aG docker $USER)")),
            qPrintable(err));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void pingCommandAgainstTheDaemon()
    {
        const QString app = QStringLiteral(MCPDOCK_BINARY_DIR "/app/mcpdock");
        QVERIFY2(QFile::exists(app),
                 qPrintable(app + QStringLiteral(" is not built: build the mcpdock target")));
        QProcess p;
        p.start(app, {QStringLiteral("ping"), QStringLiteral("--host"), mcpdock::test::testEnv().dockerHost});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("Docker Engine ")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("API version:")));
        QVERIFY(out.contains(QStringLiteral("OS/Arch:      linux/")));
        QVERIFY(out.contains(mcpdock::test::testEnv().dockerHost));
    }

    void sshTransport()
    {
        // The ssh transport end to end, without an sshd: an `ssh` first on PATH that does what the
        // remote side would, `docker system dial-stdio` against the test daemon (docker CLI).
        QTemporaryDir dir;
        const QString log = dir.path() + QStringLiteral("/args.log");
        QFile shim(dir.path() + QStringLiteral("/ssh"));
        QVERIFY(shim.open(QIODevice::WriteOnly));
        shim.write(QStringLiteral("#!/bin/sh\necho \"$*\" >> '%1'\nexec docker -H '%2' system dial-stdio\n")
                       .arg(log, mcpdock::test::testEnv().dockerHost)
                       .toUtf8());
        shim.close();
        QVERIFY(shim.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(dir.path()) + ':' + oldPath);
        const auto restorePath = qScopeGuard([&] { qputenv("PATH", oldPath); });

        const auto endpoint =
            parseHost(QStringLiteral("ssh://builder@build-host:2222"), QStringLiteral("test"));
        QVERIFY(endpoint.ok());
        EngineClient client(endpoint.value());
        const auto version = client.version();
        QVERIFY2(version.ok(), version.ok() ? "" : qPrintable(errorText(version.error())));
        QVERIFY(!version->version.isEmpty());
        const auto images = client.listImages();
        QVERIFY(images.ok());
        const QString args = QString::fromUtf8(readFile(log)).trimmed();
        // One ssh process for all three calls (keep-alive), with the docker CLI's arguments.
        QCOMPARE(args.count(QLatin1Char('\n')), 0);
        QVERIFY2(args.contains(QStringLiteral("-p 2222 -l builder -- build-host docker system dial-stdio")),
                 qPrintable(args));
        QVERIFY(args.contains(QStringLiteral("BatchMode=yes")));

        // ssh failing before it reaches the daemon is reported with ssh's own words.
        QVERIFY(shim.open(QIODevice::WriteOnly | QIODevice::Truncate));
        shim.write("#!/bin/sh\necho 'builder@build-host: Permission denied (publickey).' >&2\nexit 255\n");
        shim.close();
        EngineClient denied(endpoint.value());
        const auto ping = denied.ping();
        QVERIFY(!ping.ok());
        QCOMPARE(ping.error().kind, DockerError::Kind::PermissionDenied);
        QVERIFY2(ping.error().message.contains(QStringLiteral("Permission denied (publickey)")),
                 qPrintable(ping.error().message));
    }

    void tlsDaemon()
    {
        m_tlsDir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/mcpdock-tls-XXXXXX"));
        QVERIFY(m_tlsDir->isValid());
        const QString dir = m_tlsDir->path();
        QString out;
        QVERIFY(QDir(dir).mkpath(QStringLiteral("client")) && QDir(dir).mkpath(QStringLiteral("wrong")));
        QFile ext(dir + QStringLiteral("/server.ext"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
        ext.close();
        QFile clientExt(dir + QStringLiteral("/client.ext"));
        QVERIFY(clientExt.open(QIODevice::WriteOnly));
        clientExt.write("extendedKeyUsage=clientAuth\n");
        clientExt.close();
        const QList<QList<const char*>> steps = {
            {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca-key.pem", "-out", "ca.pem",
             "-days", "2", "-subj", "/CN=mcpdock test CA"},
            {"req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server-key.pem", "-out", "server.csr",
             "-subj", "/CN=127.0.0.1"},
            {"x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial",
             "-out", "server-cert.pem", "-days", "2", "-extfile", "server.ext"},
            {"req", "-newkey", "rsa:2048", "-nodes", "-keyout", "client/key.pem", "-out", "client.csr",
             "-subj", "/CN=mcpdock client"},
            {"x509", "-req", "-in", "client.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial",
             "-out", "client/cert.pem", "-days", "2", "-extfile", "client.ext"},
            {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "wrong-ca-key.pem", "-out",
             "wrong/ca.pem", "-days", "2", "-subj", "/CN=some other CA"},
        };
        for (const auto& step : steps) {
            QStringList args;
            for (const char* arg : step)
                args << QString::fromLatin1(arg);
            QVERIFY2(runTool(QStringLiteral("openssl"), args, dir, &out), qPrintable(out));
        }
        QVERIFY(QFile::copy(dir + QStringLiteral("/ca.pem"), dir + QStringLiteral("/client/ca.pem")));
        QVERIFY(
            QFile::copy(dir + QStringLiteral("/client/cert.pem"), dir + QStringLiteral("/wrong/cert.pem")));
        QVERIFY(QFile::copy(dir + QStringLiteral("/client/key.pem"), dir + QStringLiteral("/wrong/key.pem")));

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QFile config(dir + QStringLiteral("/daemon.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{}\n");
        config.close();

        m_tlsDaemon = std::make_unique<QProcess>();
        m_tlsDaemon->setProcessChannelMode(QProcess::MergedChannels);
        m_tlsDaemon->setStandardOutputFile(dir + QStringLiteral("/dockerd.log"));
        m_tlsDaemon->start(QStringLiteral("dockerd"), {QStringLiteral("--host"),
                                                       QStringLiteral("tcp://127.0.0.1:%1").arg(port),
                                                       QStringLiteral("--tlsverify"),
                                                       QStringLiteral("--tlscacert"),
                                                       dir + QStringLiteral("/ca.pem"),
                                                       QStringLiteral("--tlscert"),
                                                       dir + QStringLiteral("/server-cert.pem"),
                                                       QStringLiteral("--tlskey"),
                                                       dir + QStringLiteral("/server-key.pem"),
                                                       QStringLiteral("--data-root"),
                                                       dir + QStringLiteral("/data"),
                                                       QStringLiteral("--exec-root"),
                                                       dir + QStringLiteral("/exec"),
                                                       QStringLiteral("--pidfile"),
                                                       dir + QStringLiteral("/docker.pid"),
                                                       QStringLiteral("--config-file"),
                                                       dir + QStringLiteral("/daemon.json"),
                                                       QStringLiteral("--iptables=false"),
                                                       QStringLiteral("--ip-masq=false"),
                                                       QStringLiteral("--bridge=none"),
                                                       QStringLiteral("--storage-driver=vfs")});
        QVERIFY2(m_tlsDaemon->waitForStarted(10000), qPrintable(m_tlsDaemon->errorString()));

        QProcessEnvironment env;
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://127.0.0.1:%1").arg(port));
        env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
        env.insert(QStringLiteral("DOCKER_CERT_PATH"), dir + QStringLiteral("/client"));
        const auto endpoint = resolveEndpoint(env);
        QVERIFY(endpoint.ok());
        QVERIFY(endpoint->tls);
        QVERIFY(endpoint->tlsVerify);
        QCOMPARE(endpoint->port, port);

        // Wait for the daemon, through the TLS client itself.
        QElapsedTimer timer;
        timer.start();
        Result<PingInfo> ping = DockerError{};
        while (timer.elapsed() < 90000) {
            EngineClient client(endpoint.value());
            client.setConnectTimeout(2000);
            ping = client.ping();
            if (ping.ok() || m_tlsDaemon->state() == QProcess::NotRunning)
                break;
            QThread::msleep(250);
        }
        const QString log =
            QString::fromLocal8Bit(readFile(dir + QStringLiteral("/dockerd.log")).right(3000));
        QVERIFY2(ping.ok(),
                 ping.ok() ? "" : qPrintable(errorText(ping.error()) + QStringLiteral("\n") + log));

        EngineClient client(endpoint.value());
        const auto version = client.version();
        QVERIFY2(version.ok(), version.ok() ? "" : qPrintable(errorText(version.error())));
        QVERIFY(!version->version.isEmpty());
        QVERIFY(!client.negotiatedApiVersion().isEmpty());
        const auto images = client.listImages();
        QVERIFY(images.ok());
        QVERIFY(images->isEmpty()); // its own empty data root, not the test daemon's

        // A client trusting another CA must refuse the daemon's certificate.
        env.insert(QStringLiteral("DOCKER_CERT_PATH"), dir + QStringLiteral("/wrong"));
        const auto wrongEndpoint = resolveEndpoint(env);
        QVERIFY(wrongEndpoint.ok());
        EngineClient wrong(wrongEndpoint.value());
        const auto refused = wrong.ping();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().kind == DockerError::Kind::Tls, qPrintable(errorText(refused.error())));
        QVERIFY(refused.error().message.contains(dir + QStringLiteral("/wrong")));

        // Plain HTTP to a TLS port is not silently "working".
        Endpoint plain = endpoint.value();
        plain.tls = false;
        EngineClient plainClient(plain);
        QVERIFY(!plainClient.ping().ok());

        stopTlsDaemon();
    }

    void cleanupTestCase()
    {
        stopTlsDaemon();
        if (!m_client)
            return;
        for (const QString& id : std::as_const(m_containers))
            m_client->removeContainer(id, true);
        if (!m_imageId.isEmpty())
            m_client->removeImage(m_imageId, true);
        // Anything else this run left (a failed build's dangling image).
        ImageFilters filters;
        filters.labels = {QStringLiteral("mcpdock.test.run=") + m_runId};
        filters.all = true;
        if (const auto images = m_client->listImages(filters); images.ok())
            for (const ImageSummary& image : images.value())
                m_client->removeImage(image.id, true);
    }
};

QTEST_GUILESS_MAIN(TestEngineClient)
#include "tst_engineclient.moc"
