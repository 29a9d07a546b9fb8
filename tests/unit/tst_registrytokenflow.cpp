// RegistryClient's Bearer token flow (Docker Hub, GHCR) against a small in-process HTTP server that
// answers as a token-auth registry does: 401 with a Bearer challenge, a token service at the realm,
// then 200 for the token. The test registry of testenv.sh speaks htpasswd (Basic) only, which
// tst_registryclient covers.

#include "registry/registryclient.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace mcpdock;
using namespace mcpdock::registry;

namespace {

struct SeenRequest
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

class FakeTokenRegistry : public QObject
{
public:
    FakeTokenRegistry()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }

    QByteArray user = "alice";
    QByteArray password = "s3cret";
    QByteArray token = "tok-123";
    QList<SeenRequest> seen;
    QList<SeenRequest> tokenRequests() const
    {
        QList<SeenRequest> out;
        for (const auto& r : seen)
            if (r.target.startsWith("/token"))
                out << r;
        return out;
    }

private:
    void onData(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        SeenRequest r;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        m_buffers.remove(socket);
        seen << r;
        socket->write(answer(r));
        socket->disconnectFromHost();
    }

    QByteArray respond(int status, const QByteArray& reason, const QByteArray& body,
                       const QList<QByteArray>& headers = {}) const
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const QByteArray& h : headers)
            out += h + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        return out;
    }

    QByteArray answer(const SeenRequest& r) const
    {
        const QByteArray auth = r.headers.value("authorization");
        if (r.target.startsWith("/token")) {
            const QByteArray expected = "Basic " + QByteArray(user + ':' + password).toBase64();
            if (!auth.isEmpty() && auth != expected)
                return respond(401, "Unauthorized", R"({"details":"incorrect username or password"})");
            return respond(200, "OK", "{\"token\":\"" + token + "\",\"expires_in\":300}",
                           {"Content-Type: application/json"});
        }
        if (auth != "Bearer " + token) {
            const QByteArray challenge =
                "WWW-Authenticate: Bearer realm=\"http://" + host().toLatin1() +
                "/token\",service=\"fake-registry\",scope=\"repository:acme/app:pull\"";
            return respond(401, "Unauthorized",
                           R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]})",
                           {challenge, "Content-Type: application/json"});
        }
        const QByteArray body =
            R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"})";
        return respond(200, "OK", body,
                       {"Content-Type: application/vnd.oci.image.manifest.v1+json",
                        "Docker-Content-Digest: " + RegistryClient::sha256Digest(body).toLatin1()});
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

docker::RegistryAuth credentials(const QString& user, const QString& password)
{
    docker::RegistryAuth a;
    a.username = user;
    a.password = password;
    return a;
}

} // namespace

class tst_RegistryTokenFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenWithCredentials();
    void anonymousToken();
    void wrongCredentialsAtTheTokenService();
};

void tst_RegistryTokenFlow::tokenWithCredentials()
{
    FakeTokenRegistry server;
    RegistryClient client(server.host(), credentials(QStringLiteral("alice"), QStringLiteral("s3cret")),
                          10000);
    const auto m = client.getManifest(QStringLiteral("acme/app"), QStringLiteral("v1"));
    QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().text()));
    QCOMPARE(m->mediaType, QString::fromLatin1(RegistryClient::OciManifestMediaType));
    QCOMPARE(m->digest, RegistryClient::sha256Digest(m->body));

    const auto tokens = server.tokenRequests();
    QCOMPARE(tokens.size(), 1);
    const QUrlQuery query(QUrl(QString::fromLatin1(tokens[0].target)));
    QCOMPARE(query.queryItemValue(QStringLiteral("service")), QStringLiteral("fake-registry"));
    QCOMPARE(query.queryItemValue(QStringLiteral("scope")), QStringLiteral("repository:acme/app:pull"));
    QCOMPARE(tokens[0].headers.value("authorization"),
             QByteArray("Basic " + QByteArray("alice:s3cret").toBase64()));

    // The token is kept for its scope: a second call asks the token service nothing.
    const auto again = client.getManifest(QStringLiteral("acme/app"), QStringLiteral("v1"));
    QVERIFY(again.ok());
    QCOMPARE(server.tokenRequests().size(), 1);
    // A push asks for a push scope: a new token.
    const auto put = client.putManifest(QStringLiteral("acme/app"), QStringLiteral("v2"), "{}",
                                        QString::fromLatin1(RegistryClient::OciIndexMediaType));
    QVERIFY(put.ok());
    QCOMPARE(server.tokenRequests().size(), 2);
    const QUrlQuery pushQuery(QUrl(QString::fromLatin1(server.tokenRequests().at(1).target)));
    QCOMPARE(pushQuery.queryItemValue(QStringLiteral("scope")),
             QStringLiteral("repository:acme/app:pull,push"));
}

void tst_RegistryTokenFlow::anonymousToken()
{
    FakeTokenRegistry server;
    RegistryClient client(server.host(), {}, 10000);
    const auto m = client.getManifest(QStringLiteral("acme/app"), QStringLiteral("v1"));
    QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().text()));
    QCOMPARE(server.tokenRequests().size(), 1);
    QVERIFY(!server.tokenRequests().at(0).headers.contains("authorization"));
}

void tst_RegistryTokenFlow::wrongCredentialsAtTheTokenService()
{
    FakeTokenRegistry server;
    RegistryClient client(server.host(), credentials(QStringLiteral("alice"), QStringLiteral("wrong")),
                          10000);
    const auto m = client.getManifest(QStringLiteral("acme/app"), QStringLiteral("v1"));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind, RegistryError::Kind::Unauthorized);
    QCOMPARE(m.error().httpStatus, 401);
    QVERIFY2(m.error().message.contains(QLatin1String("/token")), qPrintable(m.error().message));
    QVERIFY2(!m.error().text().contains(QLatin1String("wrong")), "the error must not carry the password");
}

QTEST_GUILESS_MAIN(tst_RegistryTokenFlow)
#include "tst_registrytokenflow.moc"
