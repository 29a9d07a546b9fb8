// libFuzzer target: the daemon's JSON progress stream reader (model/docker/jsonstreamreader.h).
// Input: a split seed byte, then the stream. Checks that the reader's view of the stream (messages,
// first error, aux ID/digest) does not depend on how the bytes are cut into feeds, and that every
// message handed out is consistent with what the reader remembers.

#include "docker/jsonstreamreader.h"
#include "fuzzsupport.h"

using mcpdock::docker::JsonMessage;
using mcpdock::docker::JsonStreamReader;

namespace {

struct Outcome
{
    bool ok = true;
    bool finished = true;
    qint64 count = 0;
    qint64 handled = 0;
    QString streamError;
    QString auxId;
    QString auxDigest;
    QStringList streams;
};

Outcome run(const QByteArray& input, uint8_t seed, bool sliced)
{
    JsonStreamReader reader(4096);
    Outcome o;
    const auto onMessage = [&o](const JsonMessage& m) {
        ++o.handled;
        o.streams.append(m.stream + m.status + m.error + m.auxId);
        if (m.isError())
            FUZZ_CHECK(!m.error.isEmpty(), QString());
    };
    qsizetype pos = 0;
    uint32_t rng = seed * 2246822519u + 7;
    while (pos < input.size() && o.ok) {
        qsizetype n = input.size() - pos;
        if (sliced) {
            rng = rng * 1103515245u + 12345u;
            n = std::min<qsizetype>(n, 1 + (rng >> 16) % 13);
        }
        o.ok = reader.feed(input.constData() + pos, n, onMessage);
        pos += n;
    }
    if (o.ok)
        o.finished = reader.finish();
    if (!o.ok)
        FUZZ_CHECK(reader.hasError() && !reader.errorString().isEmpty(),
                   QStringLiteral("false without an error"));
    o.count = reader.messageCount();
    o.streamError = reader.streamError();
    o.auxId = reader.auxId();
    o.auxDigest = reader.auxDigest();
    FUZZ_CHECK(o.count == o.handled, QStringLiteral("count %1, handed out %2").arg(o.count).arg(o.handled));
    FUZZ_CHECK(reader.streamFailed() == !o.streamError.isEmpty(), QString());
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mcpdock::fuzz::ByteReader in(data, size);
    const uint8_t seed = in.byte();
    const QByteArray bytes = in.rest();
    const Outcome whole = run(bytes, seed, false);
    const Outcome sliced = run(bytes, seed, true);
    const QString detail =
        QStringLiteral("whole ok=%1 finished=%2 count=%3 error=%4; sliced ok=%5 finished=%6 "
                       "count=%7 error=%8")
            .arg(whole.ok)
            .arg(whole.finished)
            .arg(whole.count)
            .arg(whole.streamError)
            .arg(sliced.ok)
            .arg(sliced.finished)
            .arg(sliced.count)
            .arg(sliced.streamError);
    FUZZ_CHECK(whole.ok == sliced.ok, detail);
    if (whole.ok) {
        FUZZ_CHECK(whole.finished == sliced.finished, detail);
        FUZZ_CHECK(whole.count == sliced.count, detail);
        FUZZ_CHECK(whole.streams == sliced.streams, detail);
        FUZZ_CHECK(whole.streamError == sliced.streamError, detail);
        FUZZ_CHECK(whole.auxId == sliced.auxId, detail);
        FUZZ_CHECK(whole.auxDigest == sliced.auxDigest, detail);
    }
    return 0;
}
