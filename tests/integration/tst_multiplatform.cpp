// Multi-platform images against the test environment: weather-js built for linux/amd64 and
// linux/arm64 (the arm64 RUN steps under QEMU), pushed as an OCI index, read back through the
// registry's HTTP API, and the arm64 image verified under emulation. Fails (never skips) when the
// environment has no arm64 stand-ins.

#include "registrytesthelpers.h"
#include "testsupport.h"

#include "commands.h"
#include "docker/endpoint.h"
#include "docker/engineclient.h"
#include "imagebuild/multiplatformbuilder.h"
#include "mcp/mcpverifier.h"
#include "project/projectloader.h"
#include "registry/imagepusher.h"
#include "registry/registryclient.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace mcpdock;

class tst_MultiPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void platformList_data();
    void platformList();
    void daemonRunsArm64();
    void missingEmulationIsSaidUpFront();
    void buildPushIndexVerify();
    void failureOnOnePlatformLeavesNothing_data();
    void failureOnOnePlatformLeavesNothing();

private:
    QString amd64OnlyBase(QString* error);
    QString brokenAmd64Base(QString* error);
    docker::RegistryAuth auth() const;
    QProcessEnvironment cliEnv() const;
    QStringList localTagsOf(const QString& repository);

    QTemporaryDir m_tmp;
    QString m_runId;
    docker::Endpoint m_endpoint;
    std::unique_ptr<docker::EngineClient> m_client;
    QStringList m_repositories; // local repositories this run made, removed at the end
};

docker::RegistryAuth tst_MultiPlatform::auth() const
{
    const auto& env = test::testEnv();
    docker::RegistryAuth a;
    a.username = env.registryUser;
    a.password = env.registryPassword;
    a.serverAddress = env.registry;
    return a;
}

QProcessEnvironment tst_MultiPlatform::cliEnv() const
{
    const auto& env = test::testEnv();
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("DOCKER_HOST"), env.dockerHost);
    const QString config = m_tmp.filePath(QStringLiteral("docker-config"));
    QDir().mkpath(config);
    QFile f(config + QStringLiteral("/config.json"));
    if (f.open(QIODevice::WriteOnly)) {
        const QByteArray basic =
            (env.registryUser + QLatin1Char(':') + env.registryPassword).toUtf8().toBase64();
        f.write(QJsonDocument(
                    QJsonObject{{QStringLiteral("auths"),
                                 QJsonObject{{env.registry, QJsonObject{{QStringLiteral("auth"),
                                                                         QString::fromLatin1(basic)}}}}}})
                    .toJson());
    }
    e.insert(QStringLiteral("DOCKER_CONFIG"), config);
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("xdg")));
    return e;
}

QStringList tst_MultiPlatform::localTagsOf(const QString& repository)
{
    docker::ImageFilters filters;
    filters.references = {repository};
    const auto images = m_client->listImages(filters);
    if (!images)
        return {QStringLiteral("listImages failed: ") + images.error().message};
    QStringList tags;
    for (const auto& image : *images)
        tags << image.repoTags;
    return tags;
}

void tst_MultiPlatform::initTestCase()
{
    MCPDOCK_REQUIRE_TESTENV();
    QVERIFY(m_tmp.isValid());
    const auto& env = test::testEnv();
    // Not a skip: without the arm64 stand-ins nothing here can be shown, and that is a failure.
    QVERIFY2(env.all.value(QStringLiteral("MCPDOCK_TEST_ARM64")) == QLatin1String("1"),
             "the test environment has no arm64 stand-in base images (MCPDOCK_TEST_ARM64 is not 1 in its env "
             "file): install qemu-user-static and binfmt-support and restart tests/support/testenv.sh");
    m_runId = QString::number(QDateTime::currentMSecsSinceEpoch(), 36) +
              QString::number(QRandomGenerator::global()->bounded(1000000), 36);
    const auto endpoint = docker::parseHost(env.dockerHost, QStringLiteral("test environment"));
    QVERIFY2(endpoint.ok(), endpoint.ok() ? "" : qPrintable(endpoint.error().message));
    m_endpoint = endpoint.value();
    m_client = std::make_unique<docker::EngineClient>(m_endpoint);
}

void tst_MultiPlatform::cleanupTestCase()
{
    if (!m_client)
        return;
    for (const QString& repository : std::as_const(m_repositories))
        for (const QString& tag : localTagsOf(repository))
            m_client->removeImage(tag, true);
}

void tst_MultiPlatform::platformList_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("expected"); // texts joined by ',' or the start of the error
    QTest::newRow("both") << QStringLiteral("linux/amd64,linux/arm64")
                          << QStringLiteral("linux/amd64,linux/arm64");
    QTest::newRow("aliases") << QStringLiteral(" linux/aarch64 , linux/x86_64")
                             << QStringLiteral("linux/arm64,linux/amd64");
    QTest::newRow("twice") << QStringLiteral("linux/arm64,linux/arm64/v8")
                           << QStringLiteral("error:--platform: linux/arm64 is given twice");
    QTest::newRow("unknown") << QStringLiteral("linux/s390x")
                             << QStringLiteral("error:--platform: 'linux/s390x'");
    QTest::newRow("empty entry") << QStringLiteral("linux/amd64,") << QStringLiteral("error:--platform: ''");
}

void tst_MultiPlatform::platformList()
{
    QFETCH(QString, list);
    QFETCH(QString, expected);
    const auto parsed = imagebuild::Platform::parseList(list);
    if (expected.startsWith(QLatin1String("error:"))) {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().startsWith(expected.mid(6)), qPrintable(parsed.error()));
        return;
    }
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error()));
    QStringList texts;
    for (const auto& p : *parsed)
        texts << p.text();
    QCOMPARE(texts.join(QLatin1Char(',')), expected);
}

void tst_MultiPlatform::daemonRunsArm64()
{
    imagebuild::Platform arm64;
    arm64.architecture = QStringLiteral("arm64");
    const auto failed = imagebuild::MultiPlatformBuilder::checkEmulation(m_endpoint, arm64);
    QVERIFY2(!failed, failed ? qPrintable(failed->message + QLatin1Char(' ') + failed->suggestion) : "");
}

// The environment registers QEMU for aarch64 only, so a riscv64 binary is what a machine without
// QEMU sees for arm64: the check must fail with what to install, not pass or say "exec format error"
// alone.
void tst_MultiPlatform::missingEmulationIsSaidUpFront()
{
    QVERIFY2(
        !QFile::exists(QStringLiteral("/proc/sys/fs/binfmt_misc/qemu-riscv64")),
        "this machine registers qemu-riscv64 in binfmt_misc, so the missing-emulation case cannot be shown "
        "here (update-binfmts --disable qemu-riscv64)");
    imagebuild::Platform riscv;
    riscv.architecture = QStringLiteral("riscv64");
    const auto failed = imagebuild::MultiPlatformBuilder::checkEmulation(m_endpoint, riscv);
    QVERIFY2(failed.has_value(), "a platform without a binfmt_misc handler must fail the check");
    QCOMPARE(failed->kind, imagebuild::BuildFailure::Kind::Build);
    QVERIFY2(failed->message.contains(QLatin1String("cannot run linux/riscv64 binaries")),
             qPrintable(failed->message));
    QVERIFY2(failed->message.contains(QLatin1String("exec format error")), qPrintable(failed->message));
    QVERIFY2(failed->suggestion.contains(QLatin1String("qemu-user-static binfmt-support")) &&
                 failed->suggestion.contains(QLatin1String("tonistiigi/binfmt --install riscv64")),
             qPrintable(failed->suggestion));
}

void tst_MultiPlatform::buildPushIndexVerify()
{
    const auto& env = test::testEnv();
    const QString name = QStringLiteral("mp-weather-") + m_runId;
    const QString project = test::copyExample(QStringLiteral("weather-js"), name, m_tmp.path());
    QVERIFY(!project.isEmpty());
    m_repositories << name;
    const QString ns = QStringLiteral("mp") + m_runId;

    // The whole path as a user types it: build both, push, one index.
    QString out;
    QString err;
    {
        QTextStream os(&out);
        QTextStream es(&err);
        QBuffer in;
        in.open(QIODevice::ReadOnly);
        cli::CliIo io{os, es, &in, cliEnv()};
        const int code = cli::runBuild(
            {QStringLiteral("mcpdock build"), project, QStringLiteral("--platform"),
             QStringLiteral("linux/amd64,linux/arm64"), QStringLiteral("-t"), name + QStringLiteral(":t1"),
             QStringLiteral("--push"), env.registry + QLatin1Char('/') + ns},
            io);
        os.flush();
        es.flush();
        QVERIFY2(code == 0, qPrintable(out.right(3000) + err.right(3000)));
    }
    QVERIFY2(out.contains(QLatin1String("[linux/arm64] ")), "progress is marked per platform");
    // The native platform is built last, so the base's local tag names the native image again: a
    // later single build (no pull) must not build FROM the arm64 base.
    const auto base = m_client->inspectImage(QStringLiteral("node:22-alpine"));
    QVERIFY(base.ok());
    QCOMPARE(base->value(QStringLiteral("Architecture")).toString(), QStringLiteral("amd64"));
    const qsizetype at = out.indexOf(QLatin1String("Index digest: sha256:"));
    QVERIFY2(at >= 0, qPrintable(out.right(2000)));
    const QString printedDigest = out.mid(at + 14, 71);

    // Locally: one image per platform, with the asked architecture.
    const QStringList tags = localTagsOf(name);
    QVERIFY2(tags.contains(name + QStringLiteral(":t1")) &&
                 tags.contains(name + QStringLiteral(":t1-linux-amd64")) &&
                 tags.contains(name + QStringLiteral(":t1-linux-arm64")),
             qPrintable(tags.join(QLatin1Char(' '))));
    const auto armImage = m_client->inspectImage(name + QStringLiteral(":t1-linux-arm64"));
    QVERIFY(armImage.ok());
    QCOMPARE(armImage->value(QStringLiteral("Architecture")).toString(), QStringLiteral("arm64"));

    // In the registry: the tag is an OCI index of exactly the two, each config naming its architecture.
    registry::RegistryClient client(env.registry, auth());
    const QString repository = ns + QLatin1Char('/') + name;
    const auto index = client.getManifest(repository, QStringLiteral("t1"));
    QVERIFY2(index.ok(), index.ok() ? "" : qPrintable(index.error().text()));
    QCOMPARE(index->mediaType, QString::fromLatin1(registry::RegistryClient::OciIndexMediaType));
    QCOMPARE(index->digest, printedDigest);
    const auto entries = registry::RegistryClient::parseIndex(index->body);
    QVERIFY2(entries.ok(), entries.ok() ? "" : qPrintable(entries.error()));
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).architecture, QStringLiteral("amd64"));
    QCOMPARE(entries->at(1).architecture, QStringLiteral("arm64"));
    QVERIFY(entries->at(0).digest != entries->at(1).digest);
    for (const auto& e : *entries) {
        const auto manifest = client.getManifest(repository, e.digest);
        QVERIFY2(manifest.ok(), manifest.ok() ? "" : qPrintable(manifest.error().text()));
        QCOMPARE(qint64(manifest->body.size()), e.size);
        QCOMPARE(manifest->mediaType, e.mediaType);
        const QString configDigest = QJsonDocument::fromJson(manifest->body)
                                         .object()
                                         .value(QLatin1String("config"))
                                         .toObject()
                                         .value(QLatin1String("digest"))
                                         .toString();
        const auto config = client.getBlob(repository, configDigest);
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().text()));
        QCOMPARE(QJsonDocument::fromJson(*config).object().value(QLatin1String("architecture")).toString(),
                 e.architecture);
    }

    // The arm64 image answers MCP under emulation, with the tools its label names.
    mcp::McpVerifier verifier(m_endpoint);
    verifier.setTimeoutMs(120000); // node under QEMU on a loaded 2-core machine
    const auto verified = verifier.verify(name + QStringLiteral(":t1-linux-arm64"));
    QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().message));
    QVERIFY(verified->matches());
    QCOMPARE(verified->tools.size(), 3);
}

// A node base published for amd64 only (in the mirror, under a name of this run): the daemon
// builds the arm64 "platform" FROM the amd64 image with only a warning.
QString tst_MultiPlatform::amd64OnlyBase(QString* error)
{
    const QString base = test::testEnv().hubMirror + QStringLiteral("/amd64only/node-") + m_runId;
    if (auto tagged = m_client->tagImage(QStringLiteral("mcpdock-test/node:22"), base, QStringLiteral("22"));
        !tagged) {
        *error = tagged.error().message;
        return {};
    }
    const auto pushed =
        m_client->pushImage(base, QStringLiteral("22"), {}, [](const docker::JsonMessage&) {});
    m_client->removeImage(base + QStringLiteral(":22"), false, true);
    if (!pushed) {
        *error = pushed.error().message;
        return {};
    }
    return base + QStringLiteral(":22");
}

// An index of the arm64 node stand-in and an amd64 one without node: the daemon's own platform is
// built last, so the amd64 build fails at its RUN node step after the arm64 build succeeded.
QString tst_MultiPlatform::brokenAmd64Base(QString* error)
{
    const QString mirror = test::testEnv().hubMirror;
    const QString repo = QStringLiteral("brokenarm/node-") + m_runId;
    const QString name = mirror + QLatin1Char('/') + repo;
    docker::BuildOptions options;
    options.tags = {name + QStringLiteral(":amd64")};
    const QByteArray dockerfile = "FROM mcpdock-test/node:22\nRUN rm /usr/local/bin/node\n";
    const auto produce = [&](docker::BodyWriter& out, QString* produceError) {
        struct archive* a = archive_write_new();
        archive_write_set_format_pax_restricted(a);
        test::detail::ArchiveSink sink{&out};
        archive_write_open(a, &sink, nullptr, test::detail::archiveWrite, nullptr);
        const bool ok = test::detail::addFile(a, QStringLiteral("Dockerfile"), dockerfile, 0644);
        if (!ok)
            *produceError = QString::fromUtf8(archive_error_string(a));
        archive_write_close(a);
        archive_write_free(a);
        return ok;
    };
    const auto built = m_client->buildImage(options, produce, {});
    if (!built) {
        *error = QStringLiteral("building the amd64 image without node: ") + built.error().message;
        return {};
    }
    m_client->tagImage(QStringLiteral("mcpdock-test/node:22-arm64"), name, QStringLiteral("arm64"));
    QList<registry::IndexEntry> entries;
    registry::RegistryClient registry(mirror, {});
    for (const QString& arch : {QStringLiteral("amd64"), QStringLiteral("arm64")}) {
        const auto digest = m_client->pushImage(name, arch, {}, [](const docker::JsonMessage&) {});
        m_client->removeImage(name + QLatin1Char(':') + arch, false, true);
        if (!digest) {
            *error = digest.error().message;
            return {};
        }
        const auto manifest = registry.getManifest(repo, *digest);
        if (!manifest) {
            *error = manifest.error().text();
            return {};
        }
        entries.append({manifest->mediaType,
                        manifest->digest,
                        qint64(manifest->body.size()),
                        QStringLiteral("linux"),
                        arch,
                        {}});
    }
    m_client->removeImage(*built, true);
    const auto put =
        registry.putManifest(repo, QStringLiteral("22"), registry::RegistryClient::imageIndex(entries),
                             QString::fromLatin1(registry::RegistryClient::OciIndexMediaType));
    if (!put) {
        *error = put.error().text();
        return {};
    }
    return name + QStringLiteral(":22");
}

void tst_MultiPlatform::failureOnOnePlatformLeavesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("failing");  // the platform whose build fails
    QTest::addColumn<QString>("expected"); // in the failure's message
    QTest::addColumn<QString>("built");    // the platform built before the failure, or empty
    QTest::newRow("base without arm64") << QStringLiteral("amd64-only") << QStringLiteral("linux/arm64")
                                        << QStringLiteral("arm64") << QString();
    QTest::newRow("amd64 RUN step fails after arm64 built")
        << QStringLiteral("broken-amd64") << QStringLiteral("linux/amd64") << QStringLiteral("node")
        << QStringLiteral("linux/arm64");
}

void tst_MultiPlatform::failureOnOnePlatformLeavesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, failing);
    QFETCH(QString, expected);
    QFETCH(QString, built);
    QString error;
    const QString base =
        kind == QLatin1String("amd64-only") ? amd64OnlyBase(&error) : brokenAmd64Base(&error);
    QVERIFY2(!base.isEmpty(), qPrintable(error));

    const QString name = QStringLiteral("mp-fail-") + kind + QLatin1Char('-') + m_runId;
    const QString dir = test::copyExample(QStringLiteral("weather-js"), name, m_tmp.path());
    QVERIFY(!dir.isEmpty());
    m_repositories << name;
    const auto project = project::loadProject(dir);
    QVERIFY(project.ok());

    imagebuild::ImageBuildOptions options;
    options.endpoint = m_endpoint;
    options.bases.node = base;
    options.tags = {name + QStringLiteral(":t1")};
    options.writeLog = false;
    const auto platforms = imagebuild::Platform::parseList(QStringLiteral("linux/amd64,linux/arm64"));
    QVERIFY(platforms.ok());
    imagebuild::MultiPlatformBuilder builder(options, *platforms);
    QMap<QString, QString> builtIds; // platform -> image ID from the events
    QStringList errors;
    builder.setEventHandler([&](const imagebuild::BuildEvent& e) {
        if (e.kind == imagebuild::BuildEvent::Kind::ImageId)
            builtIds.insert(e.platform, e.text);
        if (e.kind == imagebuild::BuildEvent::Kind::Error)
            errors << e.text;
    });
    const auto result = builder.build(*project);
    QVERIFY2(!result.ok(), "the build of one platform cannot succeed, so the whole build must fail");
    QVERIFY2(result.error().message.startsWith(failing + QStringLiteral(": ")),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));

    // All or nothing: no tag, and the image of the platform built before the failure is gone.
    QVERIFY2(localTagsOf(name).isEmpty(), qPrintable(localTagsOf(name).join(QLatin1Char(' '))));
    if (built.isEmpty())
        return;
    QVERIFY2(builtIds.contains(built), qPrintable(errors.join(QLatin1Char('\n'))));
    const QString builtId = builtIds.value(built);
    QVERIFY2(!m_client->inspectImage(builtId).ok(), qPrintable(builtId + QStringLiteral(" is still there")));
    QVERIFY(result.error().removedImages.contains(builtId));
}

QTEST_GUILESS_MAIN(tst_MultiPlatform)
#include "tst_multiplatform.moc"
