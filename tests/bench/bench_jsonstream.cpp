// Build stream parsing: the daemon's JSON progress stream through our JsonStreamReader on one core.
//
// The input is generated from byte streams recorded from a real dockerd (tests/bench/data/recorded-*):
// a build whose RUN output the daemon buffered into large messages, a build that printed one line
// every few milliseconds (one small message per line, as npm and pip do), and a push with its
// progress messages. They are concatenated in turn until the wanted size is reached, held in memory,
// and fed to the reader in socket-read-sized pieces cut at arbitrary offsets, so messages are split
// across feeds as they are on a real connection. Target (issue 7): at least 300 MB/s (MB = 10^6 B).

#include "benchsupport.h"

#include "docker/jsonstreamreader.h"
#include "imagebuild/buildstreamparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace mcpdock;

namespace {

struct Corpus
{
    QByteArray bytes;
    qint64 messages = 0;
};

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_jsonstream: cannot read %s\n", qPrintable(path));
        std::exit(2);
    }
    return f.readAll();
}

Corpus makeCorpus(const QString& dataDir, qint64 targetBytes)
{
    const QStringList names{QStringLiteral("recorded-build-lines.jsonl"),
                            QStringLiteral("recorded-build-buffered.jsonl"),
                            QStringLiteral("recorded-push.jsonl")};
    QList<QByteArray> samples;
    QList<qint64> sampleMessages;
    for (const QString& name : names) {
        const QByteArray s = readFile(QDir(dataDir).filePath(name));
        samples << s;
        sampleMessages << s.count('\n'); // one message per line, as recorded
    }
    Corpus c;
    c.bytes.reserve(targetBytes + 256 * 1024);
    for (int i = 0; c.bytes.size() < targetBytes; i = (i + 1) % int(samples.size())) {
        c.bytes += samples[i];
        c.messages += sampleMessages[i];
    }
    return c;
}

struct PassResult
{
    double seconds = 0;
    qint64 messages = 0;
    qint64 textChars = 0;
    qint64 events = 0;
};

PassResult runPass(const Corpus& corpus, qsizetype chunk, bool withParser)
{
    docker::JsonStreamReader reader;
    imagebuild::BuildStreamParser parser([] { return qint64(0); });
    PassResult r;
    const docker::JsonStreamReader::Handler handler = [&](const docker::JsonMessage& m) {
        // What every consumer does at least: look at the text of the message.
        r.textChars += m.stream.size() + m.status.size() + m.error.size();
        if (withParser)
            r.events += parser.feed(m).size();
    };
    QElapsedTimer timer;
    timer.start();
    const char* data = corpus.bytes.constData();
    const qsizetype size = corpus.bytes.size();
    for (qsizetype at = 0; at < size; at += chunk) {
        if (!reader.feed(data + at, std::min(chunk, size - at), handler)) {
            std::fprintf(stderr, "bench_jsonstream: the reader refused the stream: %s\n",
                         qPrintable(reader.errorString()));
            std::exit(1);
        }
    }
    if (!reader.finish()) {
        std::fprintf(stderr, "bench_jsonstream: %s\n", qPrintable(reader.errorString()));
        std::exit(1);
    }
    if (withParser)
        r.events += parser.finish().size();
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    r.messages = reader.messageCount();
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cl;
    cl.setApplicationDescription(QStringLiteral("Feeds recorded daemon output through JsonStreamReader"));
    cl.addHelpOption();
    const QCommandLineOption megabytesOpt(QStringLiteral("megabytes"),
                                          QStringLiteral("Stream size in MB (10^6 B)"), QStringLiteral("MB"),
                                          QStringLiteral("200"));
    const QCommandLineOption chunkOpt(QStringLiteral("chunk"),
                                      QStringLiteral("Bytes per feed (a socket read)"),
                                      QStringLiteral("bytes"), QStringLiteral("65536"));
    const QCommandLineOption passesOpt(QStringLiteral("passes"),
                                       QStringLiteral("Timed passes (median reported)"), QStringLiteral("n"),
                                       QStringLiteral("3"));
    const QCommandLineOption dataOpt(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder of the recorded streams"), QStringLiteral("dir"),
                                     QStringLiteral(MCPDOCK_BENCH_DATA_DIR));
    const QCommandLineOption parserOpt(
        QStringLiteral("with-parser"),
        QStringLiteral("Also run BuildStreamParser on every message (the build path)"));
    cl.addOptions({megabytesOpt, chunkOpt, passesOpt, dataOpt, parserOpt});
    cl.process(app);

    const qint64 target = qint64(cl.value(megabytesOpt).toDouble() * 1e6);
    const qsizetype chunk = std::max<qsizetype>(1, cl.value(chunkOpt).toLongLong());
    const int passes = std::max(1, cl.value(passesOpt).toInt());
    const bool withParser = cl.isSet(parserOpt);

    const int cpu = bench::pinToOneCore();
    const Corpus corpus = makeCorpus(cl.value(dataOpt), target);
    std::printf("bench_jsonstream: %.1f MB, %lld messages, fed in %lld-byte pieces, pinned to cpu %d%s\n",
                double(corpus.bytes.size()) / 1e6, static_cast<long long>(corpus.messages),
                static_cast<long long>(chunk), cpu, withParser ? ", with BuildStreamParser" : "");

    QList<double> rates;
    PassResult last;
    for (int i = 0; i < passes; ++i) {
        last = runPass(corpus, chunk, withParser);
        if (last.messages != corpus.messages) {
            std::fprintf(stderr, "bench_jsonstream: read %lld messages, expected %lld\n",
                         static_cast<long long>(last.messages), static_cast<long long>(corpus.messages));
            return 1;
        }
        const double mbps = double(corpus.bytes.size()) / 1e6 / last.seconds;
        rates << mbps;
        std::printf("  pass %d: %.3f s, %.1f MB/s, %.0f messages/s\n", i + 1, last.seconds, mbps,
                    double(last.messages) / last.seconds);
    }
    bench::ResultLine(withParser ? "jsonstream_parser" : "jsonstream")
        .add("mb", double(corpus.bytes.size()) / 1e6, 1)
        .add("messages", corpus.messages)
        .add("chunk", qint64(chunk))
        .add("passes", passes)
        .add("median_mbps", bench::median(rates), 1)
        .add("best_mbps", *std::max_element(rates.begin(), rates.end()), 1)
        .add("events", last.events)
        .add("peak_rss_kib", bench::peakRssKiB())
        .print();
    return 0;
}
