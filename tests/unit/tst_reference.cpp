#include "registry/reference.h"

#include <QTest>

using mcpdock::registry::ImageReference;
using mcpdock::registry::ReferenceError;
using mcpdock::registry::ReferenceParser;

Q_DECLARE_METATYPE(ReferenceError::Part)

class tst_Reference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void familiarForms();
    void sanitizeTag_data();
    void sanitizeTag();
    void sanitizePathComponent_data();
    void sanitizePathComponent();
    void nameLength();
};

void tst_Reference::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<QString>("familiar");

    const QString d = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    QTest::newRow("official") << "ubuntu"
                              << "docker.io"
                              << "library/ubuntu"
                              << ""
                              << ""
                              << "ubuntu";
    QTest::newRow("official tag") << "ubuntu:22.04"
                                  << "docker.io"
                                  << "library/ubuntu"
                                  << "22.04"
                                  << ""
                                  << "ubuntu:22.04";
    QTest::newRow("user repo") << "acme/weather:v1.2.0"
                               << "docker.io"
                               << "acme/weather"
                               << "v1.2.0"
                               << ""
                               << "acme/weather:v1.2.0";
    // Regression (fuzz_reference): a Docker Hub path whose first component looks like a host keeps
    // its domain in the familiar form, or it would read back as that host.
    QTest::newRow("hub path like a host") << "docker.io/my.org/app:1"
                                          << "docker.io"
                                          << "my.org/app"
                                          << "1"
                                          << ""
                                          << "docker.io/my.org/app:1";
    QTest::newRow("docker.io explicit") << "docker.io/library/node:20"
                                        << "docker.io"
                                        << "library/node"
                                        << "20"
                                        << ""
                                        << "node:20";
    QTest::newRow("legacy index") << "index.docker.io/acme/x"
                                  << "docker.io"
                                  << "acme/x"
                                  << ""
                                  << ""
                                  << "acme/x";
    QTest::newRow("ghcr") << "ghcr.io/acme/weather:latest"
                          << "ghcr.io"
                          << "acme/weather"
                          << "latest"
                          << ""
                          << "ghcr.io/acme/weather:latest";
    QTest::newRow("host port") << "127.0.0.1:5000/acme/w:1"
                               << "127.0.0.1:5000"
                               << "acme/w"
                               << "1"
                               << ""
                               << "127.0.0.1:5000/acme/w:1";
    QTest::newRow("localhost") << "localhost/weather"
                               << "localhost"
                               << "weather"
                               << ""
                               << ""
                               << "localhost/weather";
    QTest::newRow("localhost port") << "localhost:5000/weather:x"
                                    << "localhost:5000"
                                    << "weather"
                                    << "x"
                                    << ""
                                    << "localhost:5000/weather:x";
    QTest::newRow("ipv6") << "[::1]:5000/weather"
                          << "[::1]:5000"
                          << "weather"
                          << ""
                          << ""
                          << "[::1]:5000/weather";
    QTest::newRow("ipv6 no port") << "[2001:db8::1]/a/b:t"
                                  << "[2001:db8::1]"
                                  << "a/b"
                                  << "t"
                                  << ""
                                  << "[2001:db8::1]/a/b:t";
    QTest::newRow("uppercase domain") << "Registry.Example.COM/a"
                                      << "Registry.Example.COM"
                                      << "a"
                                      << ""
                                      << ""
                                      << "Registry.Example.COM/a";
    QTest::newRow("separators") << "acme/a.b_c__d---e"
                                << "docker.io"
                                << "acme/a.b_c__d---e"
                                << ""
                                << ""
                                << "acme/a.b_c__d---e";
    // A first component with a '.' is a host (docker's rule), and '_' is not allowed in a host.
    QTest::newRow("dot makes a domain") << "a.b/c"
                                        << "a.b"
                                        << "c"
                                        << ""
                                        << ""
                                        << "a.b/c";
    QTest::newRow("digest") << (QStringLiteral("weather@") + d) << "docker.io"
                            << "library/weather"
                            << "" << d << (QStringLiteral("weather@") + d);
    QTest::newRow("tag and digest") << (QStringLiteral("ghcr.io/a/b:v1@") + d) << "ghcr.io"
                                    << "a/b"
                                    << "v1" << d << (QStringLiteral("ghcr.io/a/b:v1@") + d);
    QTest::newRow("tag 128") << (QStringLiteral("w:") + QString(128, QLatin1Char('x'))) << "docker.io"
                             << "library/w" << QString(128, QLatin1Char('x')) << ""
                             << (QStringLiteral("w:") + QString(128, QLatin1Char('x')));
    QTest::newRow("tag underscore first") << "w:_x.Y-1"
                                          << "docker.io"
                                          << "library/w"
                                          << "_x.Y-1"
                                          << ""
                                          << "w:_x.Y-1";
    QTest::newRow("timestamp tag") << "w:20261124T101500Z"
                                   << "docker.io"
                                   << "library/w"
                                   << "20261124T101500Z"
                                   << ""
                                   << "w:20261124T101500Z";
    QTest::newRow("deep path") << "r.example:443/a/b/c/d"
                               << "r.example:443"
                               << "a/b/c/d"
                               << ""
                               << ""
                               << "r.example:443/a/b/c/d";
    QTest::newRow("name only localhost tag") << "localhost:5000"
                                             << "docker.io"
                                             << "library/localhost"
                                             << "5000"
                                             << ""
                                             << "localhost:5000";
}

void tst_Reference::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, domain);
    QFETCH(QString, path);
    QFETCH(QString, tag);
    QFETCH(QString, digest);
    QFETCH(QString, familiar);
    const auto r = ReferenceParser::parse(input);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
    QCOMPARE(r->domain, domain);
    QCOMPARE(r->path, path);
    QCOMPARE(r->tag, tag);
    QCOMPARE(r->digest, digest);
    QCOMPARE(r->familiarString(), familiar);
    // The normalised form parses to the same reference.
    const auto again = ReferenceParser::parse(r->toString());
    QVERIFY(again.ok());
    QCOMPARE(*again, *r);
}

void tst_Reference::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ReferenceError::Part>("part");
    QTest::addColumn<QString>("messageContains");
    QTest::addColumn<QString>("suggestion");

    using P = ReferenceError::Part;
    QTest::newRow("empty") << "" << P::Empty << "is empty"
                           << "";
    QTest::newRow("blank") << "   " << P::Empty << "is empty"
                           << "";
    QTest::newRow("uppercase name") << "Weather" << P::Path << "\"Weather\" contains uppercase"
                                    << "weather";
    QTest::newRow("uppercase path") << "ghcr.io/Acme/Weather:v1" << P::Path
                                    << "\"Acme/Weather\" contains uppercase"
                                    << "ghcr.io/acme/weather:v1";
    QTest::newRow("plus in tag") << "weather:1.0.0+build5" << P::Tag << "tag \"1.0.0+build5\" is invalid"
                                 << "weather:1.0.0_build5";
    QTest::newRow("colon in tag") << "weather:2026-11-24T10:15:00Z" << P::Tag << "is invalid"
                                  << "weather:2026-11-24T10-15-00Z";
    QTest::newRow("tag starts with dot") << "weather:.hidden" << P::Tag << "must not start with"
                                         << "weather:_.hidden";
    QTest::newRow("tag starts with dash") << "weather:-x" << P::Tag << "must not start"
                                          << "weather:_-x";
    QTest::newRow("tag too long") << (QStringLiteral("w:") + QString(129, QLatin1Char('a'))) << P::Tag
                                  << "1 to 128" << (QStringLiteral("w:") + QString(128, QLatin1Char('a')));
    QTest::newRow("empty tag") << "weather:" << P::Tag << "tag \"\" is invalid"
                               << "weather:latest";
    QTest::newRow("space in name") << "my weather" << P::Path << "path component \"my weather\""
                                   << "my-weather";
    QTest::newRow("leading separator") << "-weather" << P::Path << "path component \"-weather\""
                                       << "weather";
    QTest::newRow("trailing separator") << "weather_" << P::Path << "path component"
                                        << "weather";
    QTest::newRow("triple underscore") << "a___b" << P::Path << "path component \"a___b\""
                                       << "a-b";
    QTest::newRow("dot dash") << "a.-b" << P::Path << "path component"
                              << "a-b";
    QTest::newRow("double slash") << "acme//weather" << P::Path << "empty path component"
                                  << "acme/weather";
    QTest::newRow("trailing slash") << "ghcr.io/acme/" << P::Path << "empty path component"
                                    << "ghcr.io/acme";
    QTest::newRow("no path after domain") << "ghcr.io/" << P::Path << "is missing"
                                          << "";
    QTest::newRow("bad port") << "registry.local:port/x" << P::Domain
                              << "registry address \"registry.local:port\""
                              << "";
    QTest::newRow("domain dash end") << "bad-.example.com/x" << P::Domain << "registry address"
                                     << "";
    QTest::newRow("underscore in host") << "my_host.lan/x" << P::Domain << "registry address \"my_host.lan\""
                                        << "";
    QTest::newRow("ipv6 unbracketed") << "::1:5000/x" << P::Domain << "registry address"
                                      << "";
    QTest::newRow("short digest") << "weather@sha256:abc" << P::Digest << "digest \"sha256:abc\""
                                  << "weather";
    QTest::newRow("digest uppercase hex")
        << (QStringLiteral("w@sha256:") + QString(64, QLatin1Char('A'))) << P::Digest << "digest"
        << "w";
    QTest::newRow("unknown algorithm")
        << (QStringLiteral("w@md5:") + QString(32, QLatin1Char('a'))) << P::Digest << "digest"
        << "w";
    QTest::newRow("image id") << QString(64, QLatin1Char('f')) << P::Path << "image ID"
                              << "";
    QTest::newRow("unicode") << QStringLiteral("wetter-ü") << P::Path << "path component"
                             << "wetter";
}

void tst_Reference::invalid()
{
    QFETCH(QString, input);
    QFETCH(ReferenceError::Part, part);
    QFETCH(QString, messageContains);
    QFETCH(QString, suggestion);
    const auto r = ReferenceParser::parse(input);
    QVERIFY2(!r.ok(), qPrintable(r.ok() ? r->toString() : QString()));
    QCOMPARE(r.error().part, part);
    QVERIFY2(r.error().message.contains(messageContains), qPrintable(r.error().message));
    QCOMPARE(r.error().suggestion, suggestion);
    if (!suggestion.isEmpty()) {
        QVERIFY(ReferenceParser::parse(suggestion).ok());
        QVERIFY(r.error().text().contains(suggestion));
    }
}

void tst_Reference::familiarForms()
{
    const auto r = ReferenceParser::parse(QStringLiteral("weather:v1"));
    QVERIFY(r.ok());
    QCOMPARE(r->name(), QStringLiteral("docker.io/library/weather"));
    QCOMPARE(r->toString(), QStringLiteral("docker.io/library/weather:v1"));
    QCOMPARE(r->familiarName(), QStringLiteral("weather"));
    QCOMPARE(r->withTag(QStringLiteral("latest")).familiarString(), QStringLiteral("weather:latest"));
    QVERIFY(r->isDockerHub());
    const auto noTag = ReferenceParser::parse(QStringLiteral("127.0.0.1:5000/a/b"));
    QVERIFY(noTag.ok());
    QCOMPARE(noTag->tagOrLatest(), QStringLiteral("latest"));
    QVERIFY(!noTag->isDockerHub());
    // library/ is only implied for a single component on Docker Hub.
    const auto deep = ReferenceParser::parse(QStringLiteral("docker.io/library/a/b"));
    QVERIFY(deep.ok());
    QCOMPARE(deep->familiarName(), QStringLiteral("library/a/b"));
}

void tst_Reference::sanitizeTag_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("valid") << "v1.2.0"
                           << "v1.2.0";
    QTest::newRow("plus") << "1.0+b"
                          << "1.0_b";
    QTest::newRow("colon") << "10:15"
                           << "10-15";
    QTest::newRow("space slash") << "a b/c"
                                 << "a-b-c";
    QTest::newRow("leading dot") << ".x"
                                 << "_.x";
    QTest::newRow("empty") << ""
                           << "latest";
    QTest::newRow("long") << QString(300, QLatin1Char('a')) << QString(128, QLatin1Char('a'));
}

void tst_Reference::sanitizeTag()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ReferenceParser::sanitizeTag(input), expected);
    QVERIFY(ReferenceParser::isValidTag(ReferenceParser::sanitizeTag(input)));
}

void tst_Reference::sanitizePathComponent_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("upper") << "Weather"
                           << "weather";
    QTest::newRow("spaces") << "My Weather Server"
                            << "my-weather-server";
    QTest::newRow("keep separators") << "a.b_c__d--e"
                                     << "a.b_c__d--e";
    QTest::newRow("bad run") << "a._b"
                             << "a-b";
    QTest::newRow("edges") << "__a__"
                           << "a";
    QTest::newRow("nothing left") << "!!!"
                                  << "";
}

void tst_Reference::sanitizePathComponent()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ReferenceParser::sanitizePathComponent(input), expected);
    if (!expected.isEmpty())
        QVERIFY(ReferenceParser::isValidPathComponent(expected));
}

void tst_Reference::nameLength()
{
    // docker.io/ + library/ count: the limit is on the normalised name, as in distribution.
    const QString ok = QStringLiteral("r.example/") + QString(245, QLatin1Char('a'));
    QCOMPARE(ok.size(), 255);
    QVERIFY(ReferenceParser::parse(ok).ok());
    const auto tooLong = ReferenceParser::parse(ok + QLatin1Char('a'));
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().part, ReferenceError::Part::Length);
    QVERIFY(tooLong.error().message.contains(QStringLiteral("256 characters")));
}

QTEST_APPLESS_MAIN(tst_Reference)
#include "tst_reference.moc"
