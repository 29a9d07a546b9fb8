// JsonStreamReader on build and push streams recorded from a real daemon (body decoded by the HTTP
// parser), fed whole and split at every byte boundary; and on malformed streams.
#include "docker/httpresponseparser.h"
#include "docker/jsonstreamreader.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using mcpdock::docker::HttpResponseParser;
using mcpdock::docker::JsonMessage;
using mcpdock::docker::JsonStreamReader;

namespace {

QByteArray recordedBody(const QString& name)
{
    QFile f(mcpdock::test::testDataDir() + QStringLiteral("/http/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(f.fileName()));
    HttpResponseParser p;
    QByteArray body;
    p.feed(f.readAll(), &body);
    if (!p.isComplete())
        qFatal("recorded response %s does not parse", qPrintable(name));
    return body;
}

struct Seen
{
    QList<JsonMessage> messages;
    bool ok = true;
    QString streamError;
    QString auxId;
    QString auxDigest;
    QString auxTag;
};

Seen readAll(const QList<QByteArrayView>& pieces)
{
    JsonStreamReader reader;
    Seen seen;
    const auto handler = [&](const JsonMessage& m) {
        seen.messages.append(m);
    };
    for (QByteArrayView piece : pieces)
        if (!reader.feed(piece.data(), piece.size(), handler)) {
            seen.ok = false;
            break;
        }
    if (seen.ok)
        seen.ok = reader.finish();
    seen.streamError = reader.streamError();
    seen.auxId = reader.auxId();
    seen.auxDigest = reader.auxDigest();
    seen.auxTag = reader.auxTag();
    return seen;
}

QString streamText(const Seen& s)
{
    QString text;
    for (const JsonMessage& m : s.messages)
        text += m.stream;
    return text;
}

} // namespace

using mcpdock::test::everySplit;

class TestJsonStreamReader : public QObject
{
    Q_OBJECT

private slots:
    void buildStream()
    {
        const QByteArray body = recordedBody(QStringLiteral("build-chunked.bin"));
        for (const auto& pieces : everySplit(body)) {
            const Seen s = readAll(pieces);
            QVERIFY(s.ok);
            QCOMPARE(s.messages.size(), 20);
            QVERIFY(s.streamError.isEmpty());
            QCOMPARE(s.auxId, QStringLiteral(
                                  "sha256:9ee6d0626358b2224bd37a18811d26335f8761949b35ad1aaff463591aad7720"));
            const QString text = streamText(s);
            QVERIFY(text.startsWith(QStringLiteral("Step 1/4 : FROM scratch\n")));
            QVERIFY(text.contains(QStringLiteral("step output\n")));
            QVERIFY(text.endsWith(QStringLiteral("Successfully tagged mcpdock-record:latest\n")));
            QCOMPARE(s.messages.at(2).stream, QStringLiteral(" ---> \n")); // \u003e decoded
        }
    }

    void pushStreamWithErrorDetail()
    {
        const QByteArray body = recordedBody(QStringLiteral("push-error.bin"));
        for (const auto& pieces : everySplit(body)) {
            const Seen s = readAll(pieces);
            QVERIFY(s.ok); // well-formed: the failure is the daemon's, not a protocol error
            QCOMPARE(s.messages.size(), 4);
            QCOMPARE(s.streamError, QStringLiteral("no basic auth credentials"));
            QVERIFY(s.messages.last().isError());
            QCOMPARE(s.messages.at(1).status, QStringLiteral("Preparing"));
            QCOMPARE(s.messages.at(1).id, QStringLiteral("ae9a31f08d55"));
        }
    }

    void pushStreamWithDigest()
    {
        const QByteArray body = recordedBody(QStringLiteral("push-ok.bin"));
        for (const auto& pieces : everySplit(body)) {
            const Seen s = readAll(pieces);
            QVERIFY(s.ok);
            QVERIFY(s.streamError.isEmpty());
            QCOMPARE(
                s.auxDigest,
                QStringLiteral("sha256:f42dc2784fc8622dfa2ffd279825e08d5d4fa5af0f6f8f3f31bf49dcfab01e8b"));
            QCOMPARE(s.auxTag, QStringLiteral("v1"));
            bool sawProgress = false;
            for (const JsonMessage& m : s.messages)
                if (m.status == QLatin1String("Pushing") && m.total == 1982256 && m.current > 0)
                    sawProgress = true;
            QVERIFY(sawProgress);
            QCOMPARE(s.messages.first().current, qint64(-1));
        }
    }

    void framing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArrayList>("streams");
        QTest::newRow("concatenated") << QByteArray("{\"stream\":\"a\"}{\"stream\":\"b\"}{\"stream\":\"c\"}")
                                      << QByteArrayList{"a", "b", "c"};
        QTest::newRow("crlf separated")
            << QByteArray("{\"stream\":\"a\"}\r\n{\"stream\":\"b\"}\r\n") << QByteArrayList{"a", "b"};
        QTest::newRow("braces and quotes inside strings")
            << QByteArray("{\"stream\":\"}{ \\\"quoted\\\" \\\\\"} {\"stream\":\"[{\\\\\\\"}]\"}")
            << QByteArrayList{"}{ \"quoted\" \\", "[{\\\"}]"};
        QTest::newRow("nested objects")
            << QByteArray("{\"aux\":{\"ID\":\"x\",\"n\":{\"a\":[1,{\"b\":2}]}},\"stream\":\"s\"}")
            << QByteArrayList{"s"};
        QTest::newRow("unicode") << QByteArray("{\"stream\":\"gr\xc3\xbc\xc3\x9f \\u00e9\"}")
                                 << QByteArrayList{"gr\xc3\xbc\xc3\x9f \xc3\xa9"};
        QTest::newRow("surrogate pair")
            << QByteArray("{\"stream\":\"\\ud83d\\ude00 ok\"}") << QByteArrayList{"\xf0\x9f\x98\x80 ok"};
        QTest::newRow("all simple escapes")
            << QByteArray("{\"stream\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"}") << QByteArrayList{"\"\\/\b\f\n\r\t"};
        QTest::newRow("unknown keys and types")
            << QByteArray("{\"x\":[1,-2.5e3,true,false,null,{}],\"stream\":\"s\"}") << QByteArrayList{"s"};
        QTest::newRow("empty stream") << QByteArray("\r\n \n") << QByteArrayList{};
    }

    void framing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArrayList, streams);
        for (const auto& pieces : everySplit(data)) {
            const Seen s = readAll(pieces);
            QVERIFY(s.ok);
            QByteArrayList got;
            for (const JsonMessage& m : s.messages)
                got << m.stream.toUtf8();
            QCOMPARE(got, streams);
        }
    }

    void legacyErrorAndAux()
    {
        const Seen legacy = readAll({QByteArrayView("{\"error\":\"legacy failure\"}")});
        QVERIFY(legacy.ok);
        QCOMPARE(legacy.streamError, QStringLiteral("legacy failure"));

        const Seen detail = readAll({QByteArrayView("{\"errorDetail\":{\"code\":1,\"message\":\"The command "
                                                    "returned a non-zero code: 1\"},\"error\":\"x\"}")});
        QCOMPARE(detail.streamError, QStringLiteral("The command returned a non-zero code: 1"));
        QCOMPARE(detail.messages.first().errorCode, 1);

        const Seen firstWins = readAll({QByteArrayView("{\"error\":\"first\"}{\"error\":\"second\"}")});
        QCOMPARE(firstWins.streamError, QStringLiteral("first"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("not json") << QByteArray("not json at all");
        QTest::newRow("array at top level") << QByteArray("[1,2]");
        QTest::newRow("bad value") << QByteArray("{\"stream\": }");
        QTest::newRow("truncated object") << QByteArray("{\"stream\":\"abc");
        QTest::newRow("truncated nested") << QByteArray("{\"stream\":\"a\"}{\"aux\":{\"ID\":\"x\"");
        QTest::newRow("garbage between messages") << QByteArray("{\"stream\":\"a\"},{\"stream\":\"b\"}");
        QTest::newRow("mismatched brackets") << QByteArray("{\"a\":[}]");
        QTest::newRow("raw control char in string") << QByteArray("{\"stream\":\"a\x01b\"}");
        QTest::newRow("bad escape") << QByteArray("{\"stream\":\"\\q\"}");
        QTest::newRow("short unicode escape") << QByteArray("{\"stream\":\"\\u12\"}");
        QTest::newRow("bad number") << QByteArray("{\"progressDetail\":{\"current\":01}}");
        QTest::newRow("bad literal") << QByteArray("{\"x\":tru}");
        QTest::newRow("trailing comma") << QByteArray("{\"stream\":\"a\",}");
        QTest::newRow("missing colon") << QByteArray("{\"stream\" \"a\"}");
        QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    }

    void malformed()
    {
        QFETCH(QByteArray, data);
        for (const auto& pieces : everySplit(data)) {
            const Seen s = readAll(pieces);
            QVERIFY2(!s.ok, data.constData());
        }
    }

    void rawKeepsWhatFieldsDoNotHold()
    {
        const Seen s =
            readAll({QByteArrayView("{\"stream\":\"plain\"}\r\n"
                                    "{\"aux\":{\"Tag\":\"v1\",\"Digest\":\"sha256:ab\",\"Size\":735}}\r\n")});
        QVERIFY(s.ok);
        QCOMPARE(s.messages.size(), 2);
        QVERIFY(s.messages.at(0).raw.isEmpty()); // plain text messages skip the QJsonObject
        const QJsonObject aux = s.messages.at(1).raw.value(QStringLiteral("aux")).toObject();
        QCOMPARE(aux.value(QStringLiteral("Size")).toInteger(), 735);
        QCOMPARE(s.messages.at(1).auxDigest, QStringLiteral("sha256:ab"));
    }

    void decodeMatchesQJsonDocument()
    {
        // The fast path and the QJsonObject decoder agree on every recorded message.
        for (const char* file : {"build-chunked.bin", "push-ok.bin", "push-error.bin"}) {
            const QByteArray body = recordedBody(QString::fromLatin1(file));
            JsonStreamReader reader;
            QList<JsonMessage> fast;
            QVERIFY(reader.feed(body, [&](const JsonMessage& m) { fast << m; }));
            qsizetype k = 0;
            for (const QByteArray& line : body.split('\n')) {
                if (line.trimmed().isEmpty())
                    continue;
                JsonMessage slow;
                JsonStreamReader::decode(QJsonDocument::fromJson(line).object(), slow);
                QVERIFY(k < fast.size());
                const JsonMessage& f = fast.at(k++);
                QCOMPARE(f.stream, slow.stream);
                QCOMPARE(f.status, slow.status);
                QCOMPARE(f.id, slow.id);
                QCOMPARE(f.progress, slow.progress);
                QCOMPARE(f.current, slow.current);
                QCOMPARE(f.total, slow.total);
                QCOMPARE(f.error, slow.error);
                QCOMPARE(f.auxId, slow.auxId);
                QCOMPARE(f.auxDigest, slow.auxDigest);
                QCOMPARE(f.auxTag, slow.auxTag);
            }
            QCOMPARE(k, fast.size());
        }
    }

    void randomInputNeverCrashes()
    {
        // Mutated real streams, cut at random places: the reader either parses or reports an error,
        // and how the bytes are cut never changes what it reports.
        const QList<QByteArray> seeds{recordedBody(QStringLiteral("build-chunked.bin")),
                                      recordedBody(QStringLiteral("push-ok.bin"))};
        auto* rng = QRandomGenerator::global();
        for (int round = 0; round < 2000; ++round) {
            QByteArray data = seeds[round % seeds.size()];
            const int mutations = int(rng->bounded(6));
            for (int m = 0; m < mutations; ++m)
                data[qsizetype(rng->bounded(int(data.size())))] = "{}[]\\\"u:,0a\x80\x01"[rng->bounded(14)];
            const Seen whole = readAll({QByteArrayView(data)});
            QList<QByteArrayView> pieces;
            for (qsizetype pos = 0; pos < data.size();) {
                const qsizetype n = qMin<qsizetype>(data.size() - pos, 1 + rng->bounded(200));
                pieces << QByteArrayView(data).sliced(pos, n);
                pos += n;
            }
            const Seen cut = readAll(pieces);
            QCOMPARE(cut.ok, whole.ok);
            if (whole.ok) {
                QCOMPARE(cut.messages.size(), whole.messages.size());
                QCOMPARE(cut.streamError, whole.streamError);
                QCOMPARE(cut.auxId, whole.auxId);
            }
        }
    }

    void errorStateIsSticky()
    {
        JsonStreamReader reader;
        QVERIFY(!reader.feed(QByteArray("oops"), {}));
        QVERIFY(reader.hasError());
        QVERIFY(!reader.errorString().isEmpty());
        QVERIFY(!reader.feed(QByteArray("{\"stream\":\"a\"}"), {}));
        QVERIFY(!reader.finish());
    }

    void oversizedMessageIsRefused()
    {
        JsonStreamReader reader(1024);
        QByteArray big = "{\"stream\":\"" + QByteArray(2000, 'x');
        QVERIFY(!reader.feed(big, {}));
        QVERIFY(reader.errorString().contains(QStringLiteral("1024")));
    }
};

QTEST_APPLESS_MAIN(TestJsonStreamReader)
#include "tst_jsonstreamreader.moc"
