// libFuzzer target: the incremental HTTP/1.1 response parser (model/docker/httpresponseparser.h).
// Input: one flags byte (HEAD request, hijacked connection, end-of-stream), one split seed, then the
// bytes the daemon "sent". Besides ASan/UBSan, checks the parser's promises: it never consumes more
// than it is given, stops early only when complete or failed, and gives the same result whatever
// slices the socket delivers the bytes in.

#include "docker/httpresponseparser.h"
#include "fuzzsupport.h"

using mcpdock::docker::HttpResponseParser;

namespace {

struct Outcome
{
    HttpResponseParser::State state;
    int status = 0;
    QByteArray body;
    qsizetype consumed = 0;
    bool keepAlive = false;
    qint64 contentLength = -1;
};

Outcome run(const QByteArray& input, uint8_t flags, uint8_t seed, bool sliced)
{
    HttpResponseParser p(flags & 0x08 ? 512 : HttpResponseParser::DefaultMaxHeaderBytes);
    p.setHeadRequest(flags & 0x01);
    p.setStopAfterHeaders(flags & 0x02);
    Outcome o;
    qsizetype pos = 0;
    uint32_t rng = seed * 2654435761u + 1;
    while (pos < input.size()) {
        qsizetype n = input.size() - pos;
        if (sliced) {
            rng = rng * 1103515245u + 12345u;
            n = std::min<qsizetype>(n, 1 + (rng >> 16) % 17);
        }
        const qsizetype before = o.body.size();
        const qsizetype used = p.feed(input.constData() + pos, n, &o.body);
        FUZZ_CHECK(used >= 0 && used <= n, QStringLiteral("consumed %1 of %2").arg(used).arg(n));
        FUZZ_CHECK(o.body.size() >= before, QString());
        pos += used;
        if (used < n) {
            FUZZ_CHECK(p.isComplete() || p.hasError(),
                       QStringLiteral("stopped early in state %1").arg(int(p.state())));
            break;
        }
        if (p.isComplete() || p.hasError())
            break;
    }
    if ((flags & 0x04) && !p.isComplete() && !p.hasError()) {
        p.finish();
        FUZZ_CHECK(p.isComplete() || p.hasError(),
                   QStringLiteral("finish() left state %1").arg(int(p.state())));
    }
    if (p.hasError())
        FUZZ_CHECK(!p.errorString().isEmpty(), QStringLiteral("an error without a message"));
    o.state = p.state();
    o.status = p.statusCode();
    o.consumed = pos;
    o.keepAlive = p.isComplete() ? p.keepAlive() : false;
    o.contentLength = p.contentLength();
    // A parser reset must be reusable on a kept-alive connection.
    p.reset();
    FUZZ_CHECK(p.state() == HttpResponseParser::State::StatusLine && !p.headersComplete(), QString());
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mcpdock::fuzz::ByteReader in(data, size);
    const uint8_t flags = in.byte();
    const uint8_t seed = in.byte();
    const QByteArray bytes = in.rest();

    const Outcome whole = run(bytes, flags, seed, false);
    const Outcome sliced = run(bytes, flags, seed, true);
    const QString detail =
        QStringLiteral("whole: state %1 status %2 body %3 consumed %4; sliced: state %5 status %6 "
                       "body %7 consumed %8")
            .arg(int(whole.state))
            .arg(whole.status)
            .arg(whole.body.size())
            .arg(whole.consumed)
            .arg(int(sliced.state))
            .arg(sliced.status)
            .arg(sliced.body.size())
            .arg(sliced.consumed);
    FUZZ_CHECK(whole.state == sliced.state, detail);
    if (whole.state != HttpResponseParser::State::Error) {
        FUZZ_CHECK(whole.status == sliced.status, detail);
        FUZZ_CHECK(whole.body == sliced.body, detail);
        FUZZ_CHECK(whole.consumed == sliced.consumed, detail);
        FUZZ_CHECK(whole.keepAlive == sliced.keepAlive, detail);
    }
    if (whole.state == HttpResponseParser::State::Complete && whole.contentLength >= 0 && !(flags & 0x03))
        FUZZ_CHECK(whole.body.size() <= whole.contentLength, detail);
    return 0;
}
