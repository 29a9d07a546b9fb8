#include "registry/credentialhelper.h"
#include "registry/credentialresolver.h"
#include "registry/dockerconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpdock::registry;

// A real credential helper process: a small Python program that keeps credentials in files next
// to itself and speaks the docker-credential-helpers protocol. It also records every action it was
// asked for, so the tests can see which helper docker's order picked.
static const char HelperScript[] = R"PY(#!/usr/bin/env python3
import base64, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
name = os.path.basename(__file__)[len("docker-credential-"):]
store = os.path.join(here, "store-" + name)
os.makedirs(store, exist_ok=True)
def path(url):
    return os.path.join(store, base64.urlsafe_b64encode(url.encode()).decode())
action = sys.argv[1]
with open(os.path.join(here, "calls.log"), "a") as log:
    log.write(name + " " + action + "\n")
if action == "get":
    url = sys.stdin.read().strip()
    if not os.path.exists(path(url)):
        print("credentials not found in native keychain")
        sys.exit(1)
    with open(path(url)) as f:
        user, secret = json.load(f)
    print(json.dumps({"ServerURL": url, "Username": user, "Secret": secret}))
elif action == "store":
    c = json.load(sys.stdin)
    with open(path(c["ServerURL"]), "w") as f:
        json.dump([c["Username"], c["Secret"]], f)
elif action == "erase":
    url = sys.stdin.read().strip()
    if os.path.exists(path(url)):
        os.remove(path(url))
    else:
        print("credentials not found in native keychain")
        sys.exit(1)
elif action == "list":
    out = {}
    for n in os.listdir(store):
        with open(os.path.join(store, n)) as f:
            out[base64.urlsafe_b64decode(n).decode()] = json.load(f)[0]
    print(json.dumps(out))
else:
    print("unknown action")
    sys.exit(1)
)PY";

class tst_DockerConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void credentialKey_data();
    void credentialKey();
    void missingConfigIsAnonymous();
    void authsBase64();
    void authsIdentityToken();
    void authsMatchedByHostname();
    void dockerHubKey();
    void credsStoreReplacesAuths();
    void credsStoreNotFoundIsAnonymous();
    void credHelperWinsOverCredsStore();
    void helperIdentityToken();
    void helperMissing();
    void helperRoundTrip();
    void invalidJson();
    void badAuthField();

private:
    void writeConfig(const QJsonObject& root);
    void installHelper(const QString& name);
    QStringList calls() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_env;
};

void tst_DockerConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir(m_dir->path()).mkpath(QStringLiteral("config"));
    QDir(m_dir->path()).mkpath(QStringLiteral("bin"));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("DOCKER_CONFIG"), m_dir->filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("PATH"), m_dir->filePath(QStringLiteral("bin")) + QLatin1Char(':') +
                                             m_env.value(QStringLiteral("PATH")));
}

void tst_DockerConfig::writeConfig(const QJsonObject& root)
{
    QFile f(m_dir->filePath(QStringLiteral("config/config.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(root).toJson());
}

void tst_DockerConfig::installHelper(const QString& name)
{
    QFile f(m_dir->filePath(QStringLiteral("bin/docker-credential-") + name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(HelperScript);
    f.close();
    QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

QStringList tst_DockerConfig::calls() const
{
    QFile f(m_dir->filePath(QStringLiteral("bin/calls.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

static QJsonObject authEntry(const QString& user, const QString& password)
{
    return {{QStringLiteral("auth"),
             QString::fromLatin1((user + QLatin1Char(':') + password).toUtf8().toBase64())}};
}

void tst_DockerConfig::credentialKey_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("key");
    QTest::newRow("docker.io") << "docker.io"
                               << "https://index.docker.io/v1/";
    QTest::newRow("index") << "index.docker.io"
                           << "https://index.docker.io/v1/";
    QTest::newRow("registry-1") << "registry-1.docker.io"
                                << "https://index.docker.io/v1/";
    QTest::newRow("hub url") << "https://index.docker.io/v1/"
                             << "https://index.docker.io/v1/";
    QTest::newRow("ghcr") << "ghcr.io"
                          << "ghcr.io";
    QTest::newRow("private") << "127.0.0.1:5000"
                             << "127.0.0.1:5000";
    QTest::newRow("private url") << "https://Registry.Lan:443/v2/"
                                 << "registry.lan:443";
}

void tst_DockerConfig::credentialKey()
{
    QFETCH(QString, host);
    QFETCH(QString, key);
    QCOMPARE(DockerConfig::credentialKey(host), key);
}

void tst_DockerConfig::missingConfigIsAnonymous()
{
    const auto config = DockerConfig::load(m_env);
    QVERIFY(config.ok());
    QVERIFY(!config->exists());
    const auto r = CredentialResolver(nullptr, nullptr, m_env).resolve(QStringLiteral("127.0.0.1:5000"));
    QVERIFY(r.ok());
    QVERIFY(!r->found());
    QCOMPARE(r->source.kind, CredentialSource::Kind::None);
    QCOMPARE(r->auth.serverAddress, QStringLiteral("127.0.0.1:5000"));
}

void tst_DockerConfig::authsBase64()
{
    writeConfig({{QStringLiteral("auths"),
                  QJsonObject{{QStringLiteral("127.0.0.1:5000"),
                               authEntry(QStringLiteral("alice"), QStringLiteral("p:w:d"))}}}});
    const auto r = CredentialResolver(nullptr, nullptr, m_env).resolve(QStringLiteral("127.0.0.1:5000"));
    QVERIFY(r.ok());
    QCOMPARE(r->source.kind, CredentialSource::Kind::ConfigAuths);
    QCOMPARE(r->source.detail, m_dir->filePath(QStringLiteral("config/config.json")));
    QCOMPARE(r->auth.username, QStringLiteral("alice"));
    QCOMPARE(r->auth.password, QStringLiteral("p:w:d")); // split at the first ':' only
    QVERIFY(!r->source.describe().contains(QStringLiteral("p:w:d")));
    // Another registry has nothing.
    const auto other = CredentialResolver(nullptr, nullptr, m_env).resolve(QStringLiteral("127.0.0.1:5001"));
    QVERIFY(other.ok());
    QVERIFY(!other->found());
}

void tst_DockerConfig::authsIdentityToken()
{
    writeConfig({{QStringLiteral("auths"),
                  QJsonObject{{QStringLiteral("ghcr.io"),
                               QJsonObject{{QStringLiteral("identitytoken"), QStringLiteral("tok-123")}}}}}});
    const auto r = CredentialResolver(nullptr, nullptr, m_env).resolve(QStringLiteral("ghcr.io"));
    QVERIFY(r.ok());
    QCOMPARE(r->source.kind, CredentialSource::Kind::ConfigAuths);
    QCOMPARE(r->auth.identityToken, QStringLiteral("tok-123"));
    QVERIFY(r->auth.password.isEmpty());
}

void tst_DockerConfig::authsMatchedByHostname()
{
    writeConfig({{QStringLiteral("auths"),
                  QJsonObject{{QStringLiteral("https://registry.lan:5000/v2/"),
                               authEntry(QStringLiteral("bob"), QStringLiteral("secret"))}}}});
    const auto r = CredentialResolver(nullptr, nullptr, m_env).resolve(QStringLiteral("registry.lan:5000"));
    QVERIFY(r.ok());
    QCOMPARE(r->auth.username, QStringLiteral("bob"));
}

void tst_DockerConfig::dockerHubKey()
{
    writeConfig({{QStringLiteral("auths"),
                  QJsonObject{{QStringLiteral("https://index.docker.io/v1/"),
                               authEntry(QStringLiteral("hubuser"), QStringLiteral("hubpw"))}}}});
    for (const QString& host : {QStringLiteral("docker.io"), QStringLiteral("index.docker.io")}) {
        const auto r = CredentialResolver(nullptr, nullptr, m_env).resolve(host);
        QVERIFY(r.ok());
        QCOMPARE(r->auth.username, QStringLiteral("hubuser"));
        QCOMPARE(r->auth.serverAddress, QStringLiteral("https://index.docker.io/v1/"));
    }
}

void tst_DockerConfig::credsStoreReplacesAuths()
{
    installHelper(QStringLiteral("storeA"));
    QVERIFY(CredentialHelper(QStringLiteral("storeA"), m_env)
                .store({QStringLiteral("127.0.0.1:5000"), QStringLiteral("fromstore"), QStringLiteral("s1")})
                .ok());
    writeConfig({{QStringLiteral("credsStore"), QStringLiteral("storeA")},
                 {QStringLiteral("auths"),
                  QJsonObject{{QStringLiteral("127.0.0.1:5000"),
                               authEntry(QStringLiteral("fromauths"), QStringLiteral("s2"))}}}});
    const auto r = CredentialResolver(nullptr, nullptr, m_env).resolve(QStringLiteral("127.0.0.1:5000"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->source.kind, CredentialSource::Kind::CredsStore);
    QCOMPARE(r->source.detail, QStringLiteral("storeA"));
    QCOMPARE(r->auth.username, QStringLiteral("fromstore"));
    QCOMPARE(r->auth.password, QStringLiteral("s1"));
    QVERIFY(calls().contains(QStringLiteral("storeA get")));
}

void tst_DockerConfig::credsStoreNotFoundIsAnonymous()
{
    // docker does not fall back to auths when a store is configured: neither do we.
    installHelper(QStringLiteral("storeA"));
    writeConfig({{QStringLiteral("credsStore"), QStringLiteral("storeA")},
                 {QStringLiteral("auths"),
                  QJsonObject{{QStringLiteral("127.0.0.1:5000"),
                               authEntry(QStringLiteral("fromauths"), QStringLiteral("s2"))}}}});
    const auto r = CredentialResolver(nullptr, nullptr, m_env).resolve(QStringLiteral("127.0.0.1:5000"));
    QVERIFY(r.ok());
    QCOMPARE(r->source.kind, CredentialSource::Kind::None);
    QVERIFY(r->auth.username.isEmpty());
    QCOMPARE(calls(), QStringList{QStringLiteral("storeA get")});
}

void tst_DockerConfig::credHelperWinsOverCredsStore()
{
    installHelper(QStringLiteral("storeA"));
    installHelper(QStringLiteral("helperB"));
    QVERIFY(CredentialHelper(QStringLiteral("storeA"), m_env)
                .store({QStringLiteral("127.0.0.1:5000"), QStringLiteral("fromstore"), QStringLiteral("s1")})
                .ok());
    QVERIFY(CredentialHelper(QStringLiteral("helperB"), m_env)
                .store({QStringLiteral("127.0.0.1:5000"), QStringLiteral("fromhelper"), QStringLiteral("s3")})
                .ok());
    writeConfig({{QStringLiteral("credsStore"), QStringLiteral("storeA")},
                 {QStringLiteral("credHelpers"),
                  QJsonObject{{QStringLiteral("127.0.0.1:5000"), QStringLiteral("helperB")}}}});
    QFile::remove(m_dir->filePath(QStringLiteral("bin/calls.log")));
    const auto r = CredentialResolver(nullptr, nullptr, m_env).resolve(QStringLiteral("127.0.0.1:5000"));
    QVERIFY(r.ok());
    QCOMPARE(r->source.kind, CredentialSource::Kind::CredHelper);
    QCOMPARE(r->source.detail, QStringLiteral("helperB"));
    QCOMPARE(r->auth.username, QStringLiteral("fromhelper"));
    QCOMPARE(calls(), QStringList{QStringLiteral("helperB get")});
    // A registry without a credHelpers entry goes to the credsStore.
    const auto other = CredentialResolver(nullptr, nullptr, m_env).resolve(QStringLiteral("ghcr.io"));
    QVERIFY(other.ok());
    QCOMPARE(calls().last(), QStringLiteral("storeA get"));
}

void tst_DockerConfig::helperIdentityToken()
{
    installHelper(QStringLiteral("tok"));
    QVERIFY(CredentialHelper(QStringLiteral("tok"), m_env)
                .store({QStringLiteral("ghcr.io"), QStringLiteral("<token>"), QStringLiteral("idtok")})
                .ok());
    writeConfig(
        {{QStringLiteral("credHelpers"), QJsonObject{{QStringLiteral("ghcr.io"), QStringLiteral("tok")}}}});
    const auto r = CredentialResolver(nullptr, nullptr, m_env).resolve(QStringLiteral("ghcr.io"));
    QVERIFY(r.ok());
    QCOMPARE(r->auth.identityToken, QStringLiteral("idtok"));
    QVERIFY(r->auth.username.isEmpty());
}

void tst_DockerConfig::helperMissing()
{
    writeConfig({{QStringLiteral("credsStore"), QStringLiteral("nosuchhelper")}});
    const auto r = CredentialResolver(nullptr, nullptr, m_env).resolve(QStringLiteral("127.0.0.1:5000"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, CredentialError::Kind::HelperMissing);
    QVERIFY(r.error().message.contains(QStringLiteral("docker-credential-nosuchhelper")));
}

void tst_DockerConfig::helperRoundTrip()
{
    installHelper(QStringLiteral("rt"));
    const CredentialHelper h(QStringLiteral("rt"), m_env);
    QVERIFY(!h.resolvedProgram().isEmpty());
    auto none = h.get(QStringLiteral("r.lan"));
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());
    QVERIFY(h.store({QStringLiteral("r.lan"), QStringLiteral("u"), QStringLiteral("p")}).ok());
    const auto listed = h.list();
    QVERIFY(listed.ok());
    QCOMPARE(listed->value(QStringLiteral("r.lan")), QStringLiteral("u"));
    auto got = h.get(QStringLiteral("r.lan"));
    QVERIFY(got.ok() && got->has_value());
    QCOMPARE((*got)->secret, QStringLiteral("p"));
    QVERIFY(h.erase(QStringLiteral("r.lan")).ok());
    QVERIFY(h.erase(QStringLiteral("r.lan")).ok()); // erasing what is gone is fine
    none = h.get(QStringLiteral("r.lan"));
    QVERIFY(none.ok() && !none->has_value());
}

void tst_DockerConfig::invalidJson()
{
    QFile f(m_dir->filePath(QStringLiteral("config/config.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ \"auths\": ");
    f.close();
    const auto r = CredentialResolver(nullptr, nullptr, m_env).resolve(QStringLiteral("127.0.0.1:5000"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, CredentialError::Kind::ConfigUnreadable);
    QVERIFY(r.error().message.contains(QStringLiteral("config.json")));
}

void tst_DockerConfig::badAuthField()
{
    writeConfig({{QStringLiteral("auths"),
                  QJsonObject{{QStringLiteral("r.lan"),
                               QJsonObject{{QStringLiteral("auth"),
                                            QStringLiteral("bm9jb2xvbg==")}}}}}}); // "nocolon"
    const auto r = DockerConfig::load(m_env);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.contains(QStringLiteral("nocolon")));
}

QTEST_GUILESS_MAIN(tst_DockerConfig)
#include "tst_dockerconfig.moc"
