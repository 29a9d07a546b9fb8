// StreamDemuxer on a multiplexed log stream recorded from a real daemon, split at every boundary.
#include "docker/httpresponseparser.h"
#include "docker/streamdemuxer.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using mcpdock::docker::HttpResponseParser;
using mcpdock::docker::StreamDemuxer;

class TestStreamDemuxer : public QObject
{
    Q_OBJECT

private slots:
    void recordedLogs()
    {
        QFile f(mcpdock::test::testDataDir() + QStringLiteral("/http/logs-multiplexed.bin"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        HttpResponseParser p;
        QByteArray body;
        p.feed(f.readAll(), &body);
        QVERIFY(p.isComplete());
        for (qsizetype k = 0; k <= body.size(); ++k) {
            StreamDemuxer demux;
            QByteArray out;
            QByteArray err;
            QVERIFY(demux.feed(body.constData(), k, &out, &err));
            QVERIFY(demux.feed(body.constData() + k, body.size() - k, &out, &err));
            QVERIFY(demux.atFrameBoundary());
            QCOMPARE(out, QByteArray("out1\nout2\n"));
            QCOMPARE(err, QByteArray("err1\n"));
        }
    }

    void partialFrameIsNotABoundary()
    {
        StreamDemuxer demux;
        QByteArray out;
        QVERIFY(demux.feed(QByteArray("\x01\0\0\0\0\0\0\x05ou", 10), &out, nullptr));
        QVERIFY(!demux.atFrameBoundary());
        QCOMPARE(out, QByteArray("ou"));
    }

    void malformedHeader_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("stream 7") << QByteArray("\x07\0\0\0\0\0\0\x01x", 9);
        QTest::newRow("padding not zero") << QByteArray("\x01\x01\0\0\0\0\0\x01x", 9);
        QTest::newRow("plain text") << QByteArray("hello world\n");
        QTest::newRow("giant frame") << QByteArray("\x01\0\0\0\xff\xff\xff\xff", 8);
    }

    void malformedHeader()
    {
        QFETCH(QByteArray, data);
        StreamDemuxer demux;
        QByteArray out;
        QByteArray err;
        QVERIFY(!demux.feed(data, &out, &err));
        QVERIFY(demux.hasError());
        QVERIFY(!demux.errorString().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestStreamDemuxer)
#include "tst_streamdemuxer.moc"
