// resolveEndpoint/parseHost: DOCKER_HOST forms, precedence, contexts in a temporary DOCKER_CONFIG,
// TLS from the environment, as the docker CLI resolves them.
#include "docker/endpoint.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using mcpdock::docker::DockerError;
using mcpdock::docker::Endpoint;
using mcpdock::docker::parseHost;
using mcpdock::docker::resolveEndpoint;

Q_DECLARE_METATYPE(Endpoint::Kind)

namespace {

void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

QString contextId(const QString& name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// A context as `docker context create` stores it.
void makeContext(const QString& configDir, const QString& name, const QString& host, bool skipTls,
                 bool tlsFiles)
{
    const QString id = contextId(name);
    writeFile(configDir + QStringLiteral("/contexts/meta/") + id + QStringLiteral("/meta.json"),
              QStringLiteral("{\"Name\":\"%1\",\"Metadata\":{\"Description\":\"test\"},\"Endpoints\":{"
                             "\"docker\":{\"Host\":\"%2\",\"SkipTLSVerify\":%3}}}")
                  .arg(name, host, skipTls ? QStringLiteral("true") : QStringLiteral("false"))
                  .toUtf8());
    if (tlsFiles)
        for (const char* file : {"ca.pem", "cert.pem", "key.pem"})
            writeFile(configDir + QStringLiteral("/contexts/tls/") + id + QStringLiteral("/docker/") +
                          QString::fromLatin1(file),
                      "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
}

QProcessEnvironment envWith(const QMap<QString, QString>& vars)
{
    QProcessEnvironment env;
    for (auto it = vars.cbegin(); it != vars.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

} // namespace

class TestEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void hostForms_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Endpoint::Kind>("kind");
        QTest::addColumn<QString>("socketPath");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("display");

        QTest::newRow("unix absolute")
            << "unix:///run/user/1000/docker.sock" << Endpoint::Kind::Unix << "/run/user/1000/docker.sock"
            << "" << 0 << "" << false << "unix:///run/user/1000/docker.sock";
        QTest::newRow("unix empty path = default")
            << "unix://" << Endpoint::Kind::Unix << "/var/run/docker.sock"
            << "" << 0 << "" << false << "unix:///var/run/docker.sock";
        QTest::newRow("tcp host port") << "tcp://10.0.0.5:2376" << Endpoint::Kind::Tcp << ""
                                       << "10.0.0.5" << 2376 << "" << false << "tcp://10.0.0.5:2376";
        QTest::newRow("tcp default port")
            << "tcp://docker.example.com" << Endpoint::Kind::Tcp << ""
            << "docker.example.com" << 2375 << "" << false << "tcp://docker.example.com:2375";
        QTest::newRow("tcp trailing slash") << "tcp://127.0.0.1:2375/" << Endpoint::Kind::Tcp << ""
                                            << "127.0.0.1" << 2375 << "" << false << "tcp://127.0.0.1:2375";
        QTest::newRow("tcp empty host") << "tcp://:2375" << Endpoint::Kind::Tcp << ""
                                        << "localhost" << 2375 << "" << false << "tcp://localhost:2375";
        QTest::newRow("tcp ipv6") << "tcp://[::1]:2376" << Endpoint::Kind::Tcp << ""
                                  << "::1" << 2376 << "" << false << "tcp://[::1]:2376";
        QTest::newRow("bare host:port is tcp")
            << "localhost:4243" << Endpoint::Kind::Tcp << ""
            << "localhost" << 4243 << "" << false << "tcp://localhost:4243";
        QTest::newRow("uppercase scheme") << "TCP://h:1" << Endpoint::Kind::Tcp << ""
                                          << "h" << 1 << "" << false << "tcp://h:1";
        QTest::newRow("https is tcp+tls") << "https://h" << Endpoint::Kind::Tcp << ""
                                          << "h" << 2376 << "" << true << "tcp://h:2376";
        QTest::newRow("ssh user host") << "ssh://me@build-box" << Endpoint::Kind::Ssh << ""
                                       << "build-box" << 22 << "me" << false << "ssh://me@build-box";
        QTest::newRow("ssh port") << "ssh://me@build-box:2222" << Endpoint::Kind::Ssh << ""
                                  << "build-box" << 2222 << "me" << false << "ssh://me@build-box:2222";
        QTest::newRow("ssh no user") << "ssh://build-box" << Endpoint::Kind::Ssh << ""
                                     << "build-box" << 22 << "" << false << "ssh://build-box";
    }

    void hostForms()
    {
        QFETCH(QString, url);
        QFETCH(Endpoint::Kind, kind);
        QFETCH(QString, socketPath);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(bool, tls);
        QFETCH(QString, display);
        const auto ep = parseHost(url, QStringLiteral("test"));
        QVERIFY2(ep.ok(), ep.ok() ? "" : qPrintable(ep.error().message));
        QCOMPARE(ep->kind, kind);
        if (kind == Endpoint::Kind::Unix)
            QCOMPARE(ep->socketPath, socketPath);
        else
            QCOMPARE(ep->host, host);
        if (kind != Endpoint::Kind::Unix)
            QCOMPARE(int(ep->port), port);
        QCOMPARE(ep->sshUser, user);
        QCOMPARE(ep->tls, tls);
        QCOMPARE(ep->displayAddress(), display);
        QCOMPARE(ep->origin, QStringLiteral("test"));
    }

    void invalidHosts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("empty") << "";
        QTest::newRow("npipe") << "npipe:////./pipe/docker_engine";
        QTest::newRow("fd") << "fd://";
        QTest::newRow("unknown scheme") << "ftp://host";
        QTest::newRow("port not a number") << "tcp://host:abc";
        QTest::newRow("port zero") << "tcp://host:0";
        QTest::newRow("port too big") << "tcp://host:70000";
        QTest::newRow("path in tcp") << "tcp://host:2375/path";
        QTest::newRow("user in tcp") << "tcp://me@host:2375";
        QTest::newRow("password in ssh") << "ssh://me:secret@host";
        QTest::newRow("ssh without host") << "ssh://me@";
        QTest::newRow("unclosed ipv6") << "tcp://[::1:2375";
    }

    void invalidHosts()
    {
        QFETCH(QString, url);
        const auto ep = parseHost(url, QStringLiteral("DOCKER_HOST=%1").arg(url));
        QVERIFY(!ep.ok());
        QCOMPARE(ep.error().kind, DockerError::Kind::Config);
        QVERIFY(ep.error().message.contains(QStringLiteral("DOCKER_HOST")));
    }

    void precedence()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        makeContext(config.path(), QStringLiteral("ctx-env"), QStringLiteral("tcp://ctx-env:2375"), false,
                    false);
        makeContext(config.path(), QStringLiteral("ctx-file"), QStringLiteral("unix:///ctx/file.sock"), false,
                    false);
        writeFile(config.path() + QStringLiteral("/config.json"),
                  "{\"auths\":{},\"currentContext\":\"ctx-file\"}");

        QMap<QString, QString> vars{{QStringLiteral("DOCKER_CONFIG"), config.path()},
                                    {QStringLiteral("DOCKER_HOST"), QStringLiteral("unix:///from/env.sock")},
                                    {QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("ctx-env")}};
        // Explicit host wins over everything.
        auto ep = resolveEndpoint(envWith(vars), QStringLiteral("unix:///explicit.sock"));
        QVERIFY(ep.ok());
        QCOMPARE(ep->socketPath, QStringLiteral("/explicit.sock"));
        QVERIFY(ep->origin.contains(QStringLiteral("--host")));
        // Then DOCKER_HOST.
        ep = resolveEndpoint(envWith(vars));
        QVERIFY(ep.ok());
        QCOMPARE(ep->socketPath, QStringLiteral("/from/env.sock"));
        QCOMPARE(ep->origin, QStringLiteral("DOCKER_HOST=unix:///from/env.sock"));
        // Then DOCKER_CONTEXT.
        vars.remove(QStringLiteral("DOCKER_HOST"));
        ep = resolveEndpoint(envWith(vars));
        QVERIFY(ep.ok());
        QCOMPARE(ep->kind, Endpoint::Kind::Tcp);
        QCOMPARE(ep->host, QStringLiteral("ctx-env"));
        QVERIFY(ep->origin.contains(QStringLiteral("ctx-env")));
        QVERIFY(ep->origin.contains(QStringLiteral("DOCKER_CONTEXT")));
        // Then currentContext of config.json.
        vars.remove(QStringLiteral("DOCKER_CONTEXT"));
        ep = resolveEndpoint(envWith(vars));
        QVERIFY(ep.ok());
        QCOMPARE(ep->socketPath, QStringLiteral("/ctx/file.sock"));
        QVERIFY(ep->origin.contains(QStringLiteral("ctx-file")));
        // DOCKER_CONTEXT=default means the default socket even when config.json names another.
        vars.insert(QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("default"));
        ep = resolveEndpoint(envWith(vars));
        QVERIFY(ep.ok());
        QCOMPARE(ep->socketPath, QStringLiteral("/var/run/docker.sock"));
        // Nothing set at all: the default socket.
        QTemporaryDir emptyConfig;
        ep = resolveEndpoint(envWith({{QStringLiteral("DOCKER_CONFIG"), emptyConfig.path()}}));
        QVERIFY(ep.ok());
        QCOMPARE(ep->kind, Endpoint::Kind::Unix);
        QCOMPARE(ep->socketPath, QStringLiteral("/var/run/docker.sock"));
        QCOMPARE(ep->origin, QStringLiteral("default"));
    }

    void configDirFromHome()
    {
        QTemporaryDir home;
        makeContext(home.path() + QStringLiteral("/.docker"), QStringLiteral("remote"),
                    QStringLiteral("ssh://ops@remote-host"), false, false);
        writeFile(home.path() + QStringLiteral("/.docker/config.json"), "{\"currentContext\":\"remote\"}");
        const auto ep = resolveEndpoint(envWith({{QStringLiteral("HOME"), home.path()}}));
        QVERIFY(ep.ok());
        QCOMPARE(ep->kind, Endpoint::Kind::Ssh);
        QCOMPARE(ep->sshUser, QStringLiteral("ops"));
        QCOMPARE(ep->host, QStringLiteral("remote-host"));
    }

    void contextTls_data()
    {
        QTest::addColumn<bool>("skipVerify");
        QTest::addColumn<bool>("tlsFiles");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("verify");
        QTest::addColumn<bool>("certPathIsContext");
        QTest::newRow("tls files, verify") << false << true << true << true << true;
        QTest::newRow("tls files, skip verify") << true << true << true << false << true;
        QTest::newRow("skip verify only") << true << false << true << false << false;
        QTest::newRow("plain tcp") << false << false << false << true << false;
    }

    void contextTls()
    {
        QFETCH(bool, skipVerify);
        QFETCH(bool, tlsFiles);
        QFETCH(bool, tls);
        QFETCH(bool, verify);
        QFETCH(bool, certPathIsContext);
        QTemporaryDir config;
        makeContext(config.path(), QStringLiteral("secure"), QStringLiteral("tcp://secure-host"), skipVerify,
                    tlsFiles);
        const auto ep =
            resolveEndpoint(envWith({{QStringLiteral("DOCKER_CONFIG"), config.path()},
                                     {QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("secure")}}));
        QVERIFY2(ep.ok(), ep.ok() ? "" : qPrintable(ep.error().message));
        QCOMPARE(ep->tls, tls);
        if (tls)
            QCOMPARE(ep->tlsVerify, verify);
        QCOMPARE(int(ep->port), tls ? 2376 : 2375);
        const QString contextTlsDir = config.path() + QStringLiteral("/contexts/tls/") +
                                      contextId(QStringLiteral("secure")) + QStringLiteral("/docker");
        QCOMPARE(ep->certPath == contextTlsDir, certPathIsContext);
    }

    void contextErrors()
    {
        QTemporaryDir config;
        auto ep = resolveEndpoint(envWith({{QStringLiteral("DOCKER_CONFIG"), config.path()},
                                           {QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("missing")}}));
        QVERIFY(!ep.ok());
        QCOMPARE(ep.error().kind, DockerError::Kind::Config);
        QVERIFY(ep.error().message.contains(QStringLiteral("\"missing\"")));
        QVERIFY(ep.error().message.contains(QStringLiteral("docker context ls")));

        writeFile(config.path() + QStringLiteral("/contexts/meta/") + contextId(QStringLiteral("broken")) +
                      QStringLiteral("/meta.json"),
                  "{not json");
        ep = resolveEndpoint(envWith({{QStringLiteral("DOCKER_CONFIG"), config.path()},
                                      {QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("broken")}}));
        QVERIFY(!ep.ok());
        QCOMPARE(ep.error().kind, DockerError::Kind::Config);

        writeFile(config.path() + QStringLiteral("/config.json"), "{broken");
        ep = resolveEndpoint(envWith({{QStringLiteral("DOCKER_CONFIG"), config.path()}}));
        QVERIFY(!ep.ok());
        QVERIFY(ep.error().message.contains(QStringLiteral("config.json")));
    }

    void tlsFromEnvironment_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("tlsVerify");
        QTest::addColumn<QString>("certPath");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("verify");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("certPathIsConfigDir");
        QTest::newRow("verify + cert path") << "tcp://127.0.0.1"
                                            << "1"
                                            << "/certs" << true << true << 2376 << false;
        QTest::newRow("verify, explicit port kept") << "tcp://127.0.0.1:2375"
                                                    << "1"
                                                    << "/certs" << true << true << 2375 << false;
        QTest::newRow("verify, default cert path") << "tcp://127.0.0.1:9999"
                                                   << "1"
                                                   << "" << true << true << 9999 << true;
        QTest::newRow("cert path only: tls without verify") << "tcp://h:1"
                                                            << ""
                                                            << "/certs" << true << false << 1 << false;
        QTest::newRow("nothing: plain tcp") << "tcp://h:1"
                                            << ""
                                            << "" << false << true << 1 << false;
        QTest::newRow("unix ignores tls") << "unix:///x.sock"
                                          << "1"
                                          << "/certs" << false << true << 0 << false;
    }

    void tlsFromEnvironment()
    {
        QFETCH(QString, host);
        QFETCH(QString, tlsVerify);
        QFETCH(QString, certPath);
        QFETCH(bool, tls);
        QFETCH(bool, verify);
        QFETCH(int, port);
        QFETCH(bool, certPathIsConfigDir);
        QMap<QString, QString> vars{{QStringLiteral("DOCKER_HOST"), host},
                                    {QStringLiteral("DOCKER_CONFIG"), QStringLiteral("/cfg")}};
        if (!tlsVerify.isEmpty())
            vars.insert(QStringLiteral("DOCKER_TLS_VERIFY"), tlsVerify);
        if (!certPath.isEmpty())
            vars.insert(QStringLiteral("DOCKER_CERT_PATH"), certPath);
        const auto ep = resolveEndpoint(envWith(vars));
        QVERIFY(ep.ok());
        QCOMPARE(ep->tls, tls);
        if (tls) {
            QCOMPARE(ep->tlsVerify, verify);
            QCOMPARE(ep->certPath, certPathIsConfigDir ? QStringLiteral("/cfg") : certPath);
        }
        if (ep->kind == Endpoint::Kind::Tcp)
            QCOMPARE(int(ep->port), port);
    }

    void kindNames()
    {
        QCOMPARE(DockerError::kindName(DockerError::Kind::DaemonNotRunning),
                 QStringLiteral("DaemonNotRunning"));
        QCOMPARE(DockerError::kindName(DockerError::Kind::PermissionDenied),
                 QStringLiteral("PermissionDenied"));
        QCOMPARE(DockerError::kindName(DockerError::Kind::Tls), QStringLiteral("Tls"));
    }
};

QTEST_APPLESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
