// HttpResponseParser on responses recorded from a real Docker daemon (curl --raw, tests/data/http)
// and on malformed input, fed whole, split at every byte boundary and byte by byte.
#include "docker/httpresponseparser.h"
#include "testsupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using mcpdock::docker::HttpResponseParser;

namespace {

QByteArray recorded(const QString& name)
{
    QFile f(mcpdock::test::testDataDir() + QStringLiteral("/http/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

struct Outcome
{
    bool complete = false;
    bool error = false;
    bool truncated = false;
    int status = 0;
    QByteArray body;
    qsizetype consumed = 0;
    QString errorString;
};

// Feeds the pieces in order, like a socket delivering them; closes the connection at the end when
// closeAtEnd. Stops at completion (what is left belongs to the next response).
Outcome run(const QList<QByteArrayView>& pieces, bool closeAtEnd, bool stopAfterHeaders = false)
{
    HttpResponseParser p;
    p.setStopAfterHeaders(stopAfterHeaders);
    Outcome o;
    for (QByteArrayView piece : pieces) {
        const qsizetype used = p.feed(piece, &o.body);
        o.consumed += used;
        if (p.isComplete() || p.hasError())
            break;
        if (used != piece.size())
            qFatal("parser left bytes unconsumed without completing");
    }
    if (closeAtEnd && !p.isComplete() && !p.hasError())
        p.finish();
    o.complete = p.isComplete();
    o.error = p.hasError();
    o.truncated = p.truncated();
    o.status = p.statusCode();
    o.errorString = p.errorString();
    return o;
}

} // namespace

using mcpdock::test::everySplit;

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void recordedResponses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<QByteArray>("bodyStart");
        QTest::addColumn<QByteArray>("bodyEnd");

        QTest::newRow("ping") << "ping.bin" << 200 << false << QByteArray("OK") << QByteArray("OK");
        QTest::newRow("version") << "version.bin" << 200 << false << QByteArray("{\"Platform\"")
                                 << QByteArray("}\n");
        QTest::newRow("error 404 json")
            << "error404.bin" << 404 << false << QByteArray("{\"message\":\"no such image")
            << QByteArray("No such image: mcpdock-no-such-image:latest\"}\n");
        QTest::newRow("chunked build stream after 100 Continue")
            << "build-chunked.bin" << 200 << true << QByteArray("{\"stream\":\"Step 1/4 : FROM scratch\"}")
            << QByteArray("{\"stream\":\"Successfully tagged mcpdock-record:latest\\n\"}\r\n");
        QTest::newRow("push stream with errorDetail")
            << "push-error.bin" << 200 << true
            << QByteArray("{\"status\":\"The push refers to repository [127.0.0.1:46023/mcpdock-record]\"}")
            << QByteArray("\"error\":\"no basic auth credentials\"}\r\n");
        QTest::newRow("push stream with aux digest")
            << "push-ok.bin" << 200 << true << QByteArray("{\"status\":\"The push refers to repository")
            << QByteArray("\"Size\":735}}\r\n");
        QTest::newRow("multiplexed logs")
            << "logs-multiplexed.bin" << 200 << true << QByteArray("\x01\0\0\0\0\0\0\x05out1\n", 13)
            << QByteArray("\x02\0\0\0\0\0\0\x05"
                          "err1\n",
                          13);
    }

    void recordedResponses()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(bool, chunked);
        QFETCH(QByteArray, bodyStart);
        QFETCH(QByteArray, bodyEnd);
        const QByteArray data = recorded(file);

        HttpResponseParser whole;
        QByteArray reference;
        QCOMPARE(whole.feed(data, &reference), data.size());
        QVERIFY2(whole.isComplete(), qPrintable(whole.errorString()));
        QCOMPARE(whole.statusCode(), status);
        QCOMPARE(whole.isChunked(), chunked);
        QCOMPARE(whole.header("api-version"), QByteArray("1.41"));
        QVERIFY(whole.keepAlive());
        QVERIFY2(reference.startsWith(bodyStart), reference.left(80).constData());
        QVERIFY2(reference.endsWith(bodyEnd), reference.right(80).constData());
        if (!chunked)
            QCOMPARE(reference.size(), whole.contentLength());

        for (const auto& pieces : everySplit(data)) {
            const Outcome o = run(pieces, false);
            QVERIFY2(
                o.complete,
                qPrintable(QStringLiteral("split into %1 pieces: %2").arg(pieces.size()).arg(o.errorString)));
            QCOMPARE(o.status, status);
            QCOMPARE(o.consumed, data.size());
            QCOMPARE(o.body, reference);
        }
    }

    void truncatedRecordedStreamIsAnError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("version") << "version.bin";
        QTest::newRow("build") << "build-chunked.bin";
        QTest::newRow("push") << "push-ok.bin";
    }

    void truncatedRecordedStreamIsAnError()
    {
        QFETCH(QString, file);
        const QByteArray data = recorded(file);
        // Every prefix, the connection closing after it: never complete, always a truncation error.
        for (qsizetype k = 0; k < data.size(); ++k) {
            const Outcome o = run({QByteArrayView(data).first(k)}, true);
            QVERIFY2(o.error && !o.complete, qPrintable(QStringLiteral("prefix %1").arg(k)));
            QVERIFY(o.truncated);
            QVERIFY(!o.errorString.isEmpty());
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray ok = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK";
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n");
        QTest::newRow("http/2 status line") << QByteArray("HTTP/2 200 OK\r\n\r\n");
        QTest::newRow("http/1.2") << QByteArray("HTTP/1.2 200 OK\r\n\r\n");
        QTest::newRow("two-digit status") << QByteArray("HTTP/1.1 20 OK\r\n\r\n");
        QTest::newRow("letters in status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
        QTest::newRow("status without space") << QByteArray("HTTP/1.1 200OK\r\n\r\n");
        QTest::newRow("status below 100") << QByteArray("HTTP/1.1 099 Odd\r\n\r\n");
        QTest::newRow("bare LF") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 0\n\n");
        QTest::newRow("bare CR in header") << QByteArray("HTTP/1.1 200 OK\r\nA: b\rc\r\n\r\n");
        QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length 2\r\n\r\nOK");
        QTest::newRow("space before colon") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length : 2\r\n\r\nOK");
        QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n c\r\n\r\n");
        QTest::newRow("control char in value") << QByteArray("HTTP/1.1 200 OK\r\nA: b\x01\r\n\r\n");
        QTest::newRow("bad content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2a\r\n\r\nOK");
        QTest::newRow("negative content-length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("huge content-length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n");
        QTest::newRow("conflicting content-length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nOK");
        QTest::newRow("gzip transfer coding")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n");
        const QByteArray chunkedHead = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        QTest::newRow("chunk size not hex") << chunkedHead + "zz\r\nhello\r\n0\r\n\r\n";
        QTest::newRow("chunk size empty") << chunkedHead + "\r\nhello\r\n0\r\n\r\n";
        QTest::newRow("chunk size negative") << chunkedHead + "-5\r\nhello\r\n0\r\n\r\n";
        QTest::newRow("chunk size overflow") << chunkedHead + "1000000000000000\r\nx\r\n";
        QTest::newRow("chunk size junk after") << chunkedHead + "5 x\r\nhello\r\n0\r\n\r\n";
        QTest::newRow("chunk longer than size") << chunkedHead + "3\r\nhello\r\n0\r\n\r\n";
        QTest::newRow("chunk size line LF only") << chunkedHead + "5\nhello\r\n0\r\n\r\n";
        QTest::newRow("chunk size line too long")
            << chunkedHead + "5;" + QByteArray(5000, 'x') + "\r\nhello\r\n";
        QTest::newRow("oversized headers")
            << "HTTP/1.1 200 OK\r\n" + QByteArray("X-Big: ") + QByteArray(70 * 1024, 'a') + "\r\n\r\n" + ok;
        QByteArray manyHeaders = "HTTP/1.1 200 OK\r\n";
        for (int k = 0; k < 5000; ++k)
            manyHeaders += "X-H" + QByteArray::number(k) + ": value\r\n";
        QTest::newRow("too many headers") << manyHeaders + "\r\n";
        QTest::newRow("oversized status line") << "HTTP/1.1 200 " + QByteArray(70 * 1024, 'a') + "\r\n\r\n";
        QTest::newRow("oversized trailers")
            << chunkedHead + "0\r\nX: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n";
        QTest::newRow("bad trailer") << chunkedHead + "0\r\nnot a trailer\r\n\r\n";
    }

    void malformed()
    {
        QFETCH(QByteArray, data);
        // Whole, split at every boundary (bounded for the big inputs), then byte by byte.
        const qsizetype step = data.size() > 4096 ? 97 : 1;
        const Outcome whole = run({QByteArrayView(data)}, true);
        QVERIFY2(whole.error, qPrintable(QStringLiteral("accepted: status %1").arg(whole.status)));
        QVERIFY(!whole.errorString.isEmpty());
        for (qsizetype k = 1; k < data.size(); k += step) {
            const Outcome o = run({QByteArrayView(data).first(k), QByteArrayView(data).sliced(k)}, true);
            QVERIFY2(o.error && !o.complete, qPrintable(QStringLiteral("split at %1").arg(k)));
            QCOMPARE(o.errorString, whole.errorString);
        }
        QList<QByteArrayView> bytes;
        for (qsizetype k = 0; k < data.size(); ++k)
            bytes.append(QByteArrayView(data).sliced(k, 1));
        const Outcome byByte = run(bytes, true);
        QVERIFY(byByte.error);
        QCOMPARE(byByte.errorString, whole.errorString);
    }

    void chunkExtensionsAndTrailers()
    {
        const QByteArray data = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "5;name=value\r\nhello\r\n"
                                "1 ; x\r\n,\r\n"
                                "A\r\n world!!!!\r\n"
                                "0;last\r\nX-Trailer: yes\r\nOther: 1\r\n\r\n";
        for (const auto& pieces : everySplit(data)) {
            const Outcome o = run(pieces, false);
            QVERIFY2(o.complete, qPrintable(o.errorString));
            QCOMPARE(o.body, QByteArray("hello, world!!!!"));
        }
    }

    void readToClose()
    {
        const QByteArray data = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nall until the end";
        for (const auto& pieces : everySplit(data)) {
            const Outcome o = run(pieces, true);
            QVERIFY(o.complete);
            QCOMPARE(o.body, QByteArray("all until the end"));
        }
        HttpResponseParser p;
        QByteArray body;
        p.feed(data, &body);
        QVERIFY(!p.isComplete()); // only the close ends it
        p.finish();
        QVERIFY(p.isComplete());
        QVERIFY(!p.keepAlive());
    }

    void noBodyStatuses_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("204") << QByteArray("HTTP/1.1 204 No Content\r\nApi-Version: 1.41\r\n\r\n");
        QTest::newRow("304") << QByteArray("HTTP/1.1 304 Not Modified\r\n\r\n");
        QTest::newRow("content-length 0") << QByteArray("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n");
    }

    void noBodyStatuses()
    {
        QFETCH(QByteArray, data);
        HttpResponseParser p;
        QByteArray body;
        QCOMPARE(p.feed(data, &body), data.size());
        QVERIFY(p.isComplete());
        QVERIFY(body.isEmpty());
        QVERIFY(p.keepAlive());
    }

    void keepAliveTwoResponses()
    {
        const QByteArray first = recorded(QStringLiteral("ping.bin"));
        const QByteArray second = recorded(QStringLiteral("error404.bin"));
        const QByteArray both = first + second;
        HttpResponseParser p;
        QByteArray body;
        const qsizetype used = p.feed(both, &body);
        QCOMPARE(used, first.size());
        QVERIFY(p.isComplete());
        QCOMPARE(body, QByteArray("OK"));
        p.reset();
        body.clear();
        QCOMPARE(p.feed(QByteArrayView(both).sliced(used), &body), second.size());
        QVERIFY(p.isComplete());
        QCOMPARE(p.statusCode(), 404);
    }

    void connectionCloseIsNotKeptAlive()
    {
        const QByteArray data = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
        HttpResponseParser p;
        p.feed(data, nullptr);
        QVERIFY(p.isComplete());
        QVERIFY(!p.keepAlive());
        HttpResponseParser p10;
        p10.feed(QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n"), nullptr);
        QVERIFY(p10.isComplete());
        QVERIFY(!p10.keepAlive());
    }

    void upgradeStopsAtHeaders_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::newRow("101")
            << QByteArray("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\n"
                          "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n")
            << 101;
        QTest::newRow("200 hijack") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: "
                                                  "application/vnd.docker.multiplexed-stream\r\n\r\n")
                                    << 200;
    }

    void upgradeStopsAtHeaders()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        const QByteArray raw("\x01\0\0\0\0\0\0\x03hi\n", 11);
        const QByteArray data = head + raw;
        for (const auto& pieces : everySplit(data)) {
            const Outcome o = run(pieces, false, true);
            QVERIFY(o.complete);
            QCOMPARE(o.status, status);
            QCOMPARE(o.consumed, head.size());
            QVERIFY(o.body.isEmpty());
        }
    }

    void randomInputNeverCrashesOrHangs()
    {
        // Mutations of real responses plus pure noise: every run must end (complete, error, or
        // waiting for more with all bytes consumed) within the loop.
        const QList<QByteArray> seeds{recorded(QStringLiteral("build-chunked.bin")),
                                      recorded(QStringLiteral("error404.bin")),
                                      recorded(QStringLiteral("push-ok.bin"))};
        auto* rng = QRandomGenerator::global();
        for (int round = 0; round < 3000; ++round) {
            QByteArray data = seeds[round % seeds.size()];
            const int mutations = 1 + int(rng->bounded(8));
            for (int m = 0; m < mutations; ++m)
                data[qsizetype(rng->bounded(int(data.size())))] = char(rng->bounded(256));
            if (round % 10 == 0) {
                data.resize(qsizetype(rng->bounded(2048)));
                rng->fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
            }
            HttpResponseParser p;
            QByteArray body;
            qsizetype offset = 0;
            while (offset < data.size() && !p.isComplete() && !p.hasError()) {
                const qsizetype n = qMin<qsizetype>(data.size() - offset, 1 + rng->bounded(64));
                const qsizetype used = p.feed(data.constData() + offset, n, &body);
                QVERIFY(used <= n);
                if (used < n)
                    QVERIFY(p.isComplete() || p.hasError());
                offset += used;
                if (used == 0 && !p.isComplete() && !p.hasError())
                    QFAIL("parser made no progress");
            }
            p.finish();
            QVERIFY(p.isComplete() || p.hasError());
            QVERIFY(body.size() <= data.size());
        }
    }
};

QTEST_APPLESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
