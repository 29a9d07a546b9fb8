#include "jsonstreamreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cstring>
#include <limits>

namespace mcpdock::docker {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("JsonStreamReader", text);
}

const QString KeyStream = QStringLiteral("stream");
const QString KeyStatus = QStringLiteral("status");
const QString KeyId = QStringLiteral("id");
const QString KeyProgress = QStringLiteral("progress");
const QString KeyProgressDetail = QStringLiteral("progressDetail");
const QString KeyCurrent = QStringLiteral("current");
const QString KeyTotal = QStringLiteral("total");
const QString KeyErrorDetail = QStringLiteral("errorDetail");
const QString KeyError = QStringLiteral("error");
const QString KeyMessage = QStringLiteral("message");
const QString KeyCode = QStringLiteral("code");
const QString KeyAux = QStringLiteral("aux");
const QString KeyAuxId = QStringLiteral("ID");
const QString KeyDigest = QStringLiteral("Digest");
const QString KeyTag = QStringLiteral("Tag");

inline bool isSpecial(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return c == '"' || c == '\\' || u < 0x20 || u >= 0x80;
}

// The first byte in [p, end) that ends a plain ASCII run of a JSON string: '"', '\\', a control
// character or a non-ASCII byte. Sixteen bytes at a time where SSE2 is there (every x86-64).
const char* findSpecial(const char* p, const char* end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        // Signed compare: bytes >= 0x80 are negative, so "< 0x20" catches them as well.
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                         _mm_cmplt_epi8(v, space));
        const int mask = _mm_movemask_epi8(hit);
        if (mask != 0)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end && !isSpecial(*p))
        ++p;
    return p;
}

// Latin-1/ASCII bytes to UTF-16, into a buffer of n char16_t.
void widen(char16_t* d, const char* s, qsizetype n)
{
    qsizetype k = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    for (; n - k >= 16; k += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + k));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(d + k), _mm_unpacklo_epi8(v, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(d + k + 8), _mm_unpackhi_epi8(v, zero));
    }
#endif
    for (; k < n; ++k)
        d[k] = char16_t(static_cast<unsigned char>(s[k]));
}

template <size_t N>
inline bool keyIs(QByteArrayView key, const char (&name)[N])
{
    // Length first, then a fixed-size compare the compiler inlines.
    return key.size() == qsizetype(N - 1) && std::memcmp(key.data(), name, N - 1) == 0;
}

bool onlySpaceAfter(const char* p, const char* end)
{
    for (; p < end; ++p)
        if (*p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
            return false;
    return true;
}

// A strict JSON parser for one message, specialised for the daemon's stream: the fields of
// JsonMessage are decoded straight from the bytes, without building a QJsonObject per message
// (that costs more than everything else together on a busy build log). Anything the fast path does
// not decode into a field (aux, errorDetail, unknown keys) makes the message keep its full object
// in raw as well.
class MessageParser
{
public:
    MessageParser(const char* begin, const char* end, QByteArray& scratch)
        : m_p(begin)
        , m_end(end)
        , m_scratch(scratch)
    {}

    bool parse(JsonMessage& msg, bool* needRaw)
    {
        // resize(0), not clear(): the strings keep their buffers for the next message.
        if (!msg.stream.isEmpty())
            msg.stream.resize(0);
        if (!msg.status.isEmpty())
            msg.status.resize(0);
        if (!msg.id.isEmpty())
            msg.id.resize(0);
        if (!msg.progress.isEmpty())
            msg.progress.resize(0);
        msg.current = -1;
        msg.total = -1;
        if (!msg.error.isEmpty())
            msg.error.resize(0);
        msg.errorCode = 0;
        if (!msg.auxId.isEmpty())
            msg.auxId.resize(0);
        if (!msg.auxDigest.isEmpty())
            msg.auxDigest.resize(0);
        if (!msg.auxTag.isEmpty())
            msg.auxTag.resize(0);
        QString legacyError;
        bool errorWithoutText = false;
        *needRaw = false;

        ws();
        if (!eat('{'))
            return false;
        ws();
        if (!eat('}')) {
            for (;;) {
                QByteArrayView key;
                if (!parseKey(&key))
                    return false;
                ws();
                if (!eat(':'))
                    return false;
                ws();
                bool ok;
                if (keyIs(key, "stream"))
                    ok = stringField(&msg.stream, needRaw);
                else if (keyIs(key, "status"))
                    ok = stringField(&msg.status, needRaw);
                else if (keyIs(key, "id"))
                    ok = stringField(&msg.id, needRaw);
                else if (keyIs(key, "progress"))
                    ok = stringField(&msg.progress, needRaw);
                else if (keyIs(key, "progressDetail"))
                    ok = objectField(needRaw, [&](QByteArrayView k) {
                        if (keyIs(k, "current"))
                            return numberField(&msg.current, needRaw);
                        if (keyIs(k, "total"))
                            return numberField(&msg.total, needRaw);
                        *needRaw = true;
                        return skipValue(0);
                    });
                else if (keyIs(key, "errorDetail")) {
                    *needRaw = true;
                    errorWithoutText = true;
                    ok = objectField(needRaw, [&](QByteArrayView k) {
                        if (keyIs(k, "message"))
                            return stringField(&msg.error, needRaw);
                        if (keyIs(k, "code")) {
                            qint64 code = 0;
                            const bool r = numberField(&code, needRaw);
                            msg.errorCode = int(code);
                            return r;
                        }
                        return skipValue(0);
                    });
                } else if (keyIs(key, "error")) {
                    *needRaw = true;
                    if (peek() == '"')
                        ok = parseString(&legacyError);
                    else {
                        ok = skipValue(0);
                        errorWithoutText = true;
                    }
                } else if (keyIs(key, "aux")) {
                    *needRaw = true;
                    ok = objectField(needRaw, [&](QByteArrayView k) {
                        if (keyIs(k, "ID"))
                            return stringField(&msg.auxId, needRaw);
                        if (keyIs(k, "Digest"))
                            return stringField(&msg.auxDigest, needRaw);
                        if (keyIs(k, "Tag"))
                            return stringField(&msg.auxTag, needRaw);
                        return skipValue(0);
                    });
                } else {
                    *needRaw = true;
                    ok = skipValue(0);
                }
                if (!ok)
                    return false;
                ws();
                if (eat(','))
                    continue;
                if (eat('}'))
                    break;
                return false;
            }
        }
        if (msg.error.isEmpty())
            msg.error = legacyError;
        if (msg.error.isEmpty() && (errorWithoutText || !legacyError.isNull()))
            msg.error = tr("the Docker daemon reported an error without a message");
        return true;
    }

    // Just after the object's closing brace once parse() succeeded.
    const char* position() const { return m_p; }

private:
    static constexpr int MaxDepth = 64;

    char peek() const { return m_p < m_end ? *m_p : '\0'; }
    bool eat(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool stringField(QString* out, bool* needRaw)
    {
        if (peek() == '"')
            return parseString(out);
        *needRaw = true; // an unexpected type: keep the whole object
        return skipValue(0);
    }

    bool numberField(qint64* out, bool* needRaw)
    {
        const char* start = m_p;
        if (!skipNumber()) {
            *needRaw = true;
            return skipValue(0);
        }
        // Progress counters are plain integers: parse those directly.
        if (m_p - start <= 18) {
            const char* q = start;
            const bool negative = *q == '-';
            if (negative)
                ++q;
            qint64 n = 0;
            while (q < m_p && *q >= '0' && *q <= '9')
                n = n * 10 + (*q++ - '0');
            if (q == m_p) {
                *out = negative ? -n : n;
                return true;
            }
        }
        double v = 0;
        const auto r = std::from_chars(start, m_p, v);
        if (r.ec != std::errc() && r.ec != std::errc::result_out_of_range)
            return false;
        *out = v >= 9.2e18    ? std::numeric_limits<qint64>::max()
               : v <= -9.2e18 ? std::numeric_limits<qint64>::min()
                              : qint64(v);
        return true;
    }

    template <typename F>
    bool objectField(bool* needRaw, F&& onKey)
    {
        if (peek() != '{') {
            *needRaw = true;
            return skipValue(0);
        }
        ++m_p;
        ws();
        if (eat('}'))
            return true;
        for (;;) {
            QByteArrayView key;
            if (!parseKey(&key))
                return false;
            ws();
            if (!eat(':'))
                return false;
            ws();
            // The key may live in m_scratch, which parsing the value reuses: copy it if so.
            const QByteArray keyCopy = key.data() == m_scratch.constData() ? key.toByteArray() : QByteArray();
            if (!onKey(keyCopy.isNull() ? key : QByteArrayView(keyCopy)))
                return false;
            ws();
            if (eat(','))
                continue;
            return eat('}');
        }
    }

    bool parseKey(QByteArrayView* key)
    {
        if (peek() != '"')
            return false;
        const char* start = m_p + 1;
        const char* q = start;
        while (q < m_end && *q != '"' && *q != '\\' && static_cast<unsigned char>(*q) >= 0x20)
            ++q;
        if (q < m_end && *q == '"') {
            *key = QByteArrayView(start, q - start);
            m_p = q + 1;
            return true;
        }
        if (!parseString(nullptr, true))
            return false;
        *key = QByteArrayView(m_scratch);
        return true;
    }

    static void appendUtf8(QByteArray& out, uint cp)
    {
        if (cp < 0x80) {
            out.append(char(cp));
        } else if (cp < 0x800) {
            out.append(char(0xC0 | (cp >> 6)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.append(char(0xE0 | (cp >> 12)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else {
            out.append(char(0xF0 | (cp >> 18)));
            out.append(char(0x80 | ((cp >> 12) & 0x3F)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        }
    }

    bool hex4(uint* out)
    {
        if (m_end - m_p < 4)
            return false;
        uint v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = m_p[k];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= uint(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= uint(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= uint(c - 'A' + 10);
            else
                return false;
        }
        m_p += 4;
        *out = v;
        return true;
    }

    // Most of the stream is ASCII: widen it into the string's existing buffer instead of a new one.
    static void assign(QString* out, const char* s, qsizetype n, bool ascii)
    {
        if (!ascii) {
            *out = QString::fromUtf8(s, n);
            return;
        }
        out->resize(n);
        widen(reinterpret_cast<char16_t*>(out->data()), s, n);
    }

    // At a '"'. Decodes into *out (may be null to only validate); keepInScratch leaves the UTF-8
    // in m_scratch (for keys).
    bool parseString(QString* out, bool keepInScratch = false)
    {
        ++m_p;
        const char* start = m_p;
        bool ascii = true;
        for (;;) {
            m_p = findSpecial(m_p, m_end);
            if (m_p >= m_end)
                return false;
            const auto c = static_cast<unsigned char>(*m_p);
            if (c >= 0x80) {
                ascii = false;
                ++m_p;
                continue;
            }
            if (c == '"') {
                if (keepInScratch) {
                    m_scratch.resize(0);
                    m_scratch.append(start, m_p - start);
                }
                if (out)
                    assign(out, start, m_p - start, ascii);
                ++m_p;
                return true;
            }
            break; // a backslash (the slow path) or a control character (an error)
        }
        if (static_cast<unsigned char>(*m_p) < 0x20)
            return false;
        m_scratch.resize(0);
        m_scratch.append(start, m_p - start);
        while (m_p < m_end) {
            // Plain runs in one append; only escapes go character by character.
            const char* run = m_p;
            for (;;) {
                m_p = findSpecial(m_p, m_end);
                if (m_p < m_end && static_cast<unsigned char>(*m_p) >= 0x80) {
                    ascii = false;
                    ++m_p;
                    continue;
                }
                break;
            }
            if (m_p != run)
                m_scratch.append(run, m_p - run);
            if (m_p >= m_end)
                return false;
            const auto c = static_cast<unsigned char>(*m_p++);
            if (c == '"') {
                if (out)
                    assign(out, m_scratch.constData(), m_scratch.size(), ascii);
                return true;
            }
            if (c < 0x20)
                return false;
            if (m_p >= m_end)
                return false;
            switch (*m_p++) {
            case '"':
                m_scratch.append('"');
                break;
            case '\\':
                m_scratch.append('\\');
                break;
            case '/':
                m_scratch.append('/');
                break;
            case 'b':
                m_scratch.append('\b');
                break;
            case 'f':
                m_scratch.append('\f');
                break;
            case 'n':
                m_scratch.append('\n');
                break;
            case 'r':
                m_scratch.append('\r');
                break;
            case 't':
                m_scratch.append('\t');
                break;
            case 'u': {
                uint cp = 0;
                if (!hex4(&cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    uint low = 0;
                    if (m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                        m_p += 2;
                        if (!hex4(&low))
                            return false;
                        if (low >= 0xDC00 && low <= 0xDFFF) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        } else {
                            appendUtf8(m_scratch, 0xFFFD);
                            cp = low;
                        }
                    } else {
                        cp = 0xFFFD;
                    }
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    cp = 0xFFFD;
                }
                appendUtf8(m_scratch, cp);
                if (cp >= 0x80)
                    ascii = false;
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    bool skipNumber()
    {
        const char* p = m_p;
        if (p < m_end && *p == '-')
            ++p;
        if (p >= m_end)
            return false;
        if (*p == '0') {
            ++p;
        } else if (*p >= '1' && *p <= '9') {
            while (p < m_end && *p >= '0' && *p <= '9')
                ++p;
        } else {
            return false;
        }
        if (p < m_end && *p == '.') {
            ++p;
            const char* digits = p;
            while (p < m_end && *p >= '0' && *p <= '9')
                ++p;
            if (p == digits)
                return false;
        }
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < m_end && (*p == '+' || *p == '-'))
                ++p;
            const char* digits = p;
            while (p < m_end && *p >= '0' && *p <= '9')
                ++p;
            if (p == digits)
                return false;
        }
        m_p = p;
        return true;
    }

    bool literal(const char* word, qsizetype n)
    {
        if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    }

    bool skipValue(int depth)
    {
        if (depth > MaxDepth)
            return false;
        switch (peek()) {
        case '"':
            return parseString(nullptr);
        case '{': {
            ++m_p;
            ws();
            if (eat('}'))
                return true;
            for (;;) {
                ws();
                if (peek() != '"' || !parseString(nullptr))
                    return false;
                ws();
                if (!eat(':'))
                    return false;
                ws();
                if (!skipValue(depth + 1))
                    return false;
                ws();
                if (eat(','))
                    continue;
                return eat('}');
            }
        }
        case '[': {
            ++m_p;
            ws();
            if (eat(']'))
                return true;
            for (;;) {
                ws();
                if (!skipValue(depth + 1))
                    return false;
                ws();
                if (eat(','))
                    continue;
                return eat(']');
            }
        }
        case 't':
            return literal("true", 4);
        case 'f':
            return literal("false", 5);
        case 'n':
            return literal("null", 4);
        default:
            return skipNumber();
        }
    }

    const char* m_p;
    const char* m_end;
    QByteArray& m_scratch;
};

} // namespace

JsonStreamReader::JsonStreamReader(qsizetype maxMessageBytes)
    : m_maxMessageBytes(maxMessageBytes)
{}

bool JsonStreamReader::fail(const QString& why)
{
    if (m_parseError.isEmpty())
        m_parseError = why;
    return false;
}

void JsonStreamReader::decode(const QJsonObject& object, JsonMessage& msg)
{
    msg.stream = object.value(KeyStream).toString();
    msg.status = object.value(KeyStatus).toString();
    msg.id = object.value(KeyId).toString();
    msg.progress = object.value(KeyProgress).toString();
    msg.current = -1;
    msg.total = -1;
    const QJsonValue detail = object.value(KeyProgressDetail);
    if (detail.isObject()) {
        const QJsonObject d = detail.toObject();
        const QJsonValue current = d.value(KeyCurrent);
        const QJsonValue total = d.value(KeyTotal);
        if (current.isDouble())
            msg.current = qint64(current.toDouble());
        if (total.isDouble())
            msg.total = qint64(total.toDouble());
    }
    msg.error.clear();
    msg.errorCode = 0;
    const QJsonValue errorDetail = object.value(KeyErrorDetail);
    if (errorDetail.isObject()) {
        const QJsonObject e = errorDetail.toObject();
        msg.error = e.value(KeyMessage).toString();
        msg.errorCode = e.value(KeyCode).toInt();
    }
    if (msg.error.isEmpty()) {
        const QJsonValue legacy = object.value(KeyError);
        if (legacy.isString())
            msg.error = legacy.toString();
        else if (errorDetail.isObject() || (legacy.isObject() || legacy.isBool()))
            msg.error = tr("the Docker daemon reported an error without a message");
    }
    msg.auxId.clear();
    msg.auxDigest.clear();
    msg.auxTag.clear();
    const QJsonValue aux = object.value(KeyAux);
    if (aux.isObject()) {
        const QJsonObject a = aux.toObject();
        msg.auxId = a.value(KeyAuxId).toString();
        msg.auxDigest = a.value(KeyDigest).toString();
        msg.auxTag = a.value(KeyTag).toString();
    }
    msg.raw = object;
}

bool JsonStreamReader::emitMessage(const char* data, qsizetype size, const Handler& onMessage)
{
    bool needRaw = false;
    MessageParser parser(data, data + size, m_scratch);
    if (!parser.parse(m_message, &needRaw) || !onlySpaceAfter(parser.position(), data + size))
        return fail(tr("the Docker daemon sent a message that is not valid JSON: %1")
                        .arg(QString::fromUtf8(data, qMin<qsizetype>(size, 80))));
    return dispatch(data, parser.position() - data, needRaw, onMessage);
}

bool JsonStreamReader::dispatch(const char* data, qsizetype size, bool needRaw, const Handler& onMessage)
{
    if (needRaw) {
        m_message.raw = QJsonDocument::fromJson(QByteArray::fromRawData(data, size)).object();
    } else if (!m_message.raw.isEmpty()) {
        m_message.raw = QJsonObject();
    }
    ++m_count;
    if (m_message.isError() && m_firstError.isEmpty()) {
        m_firstError = m_message.error;
        m_firstErrorCode = m_message.errorCode;
    }
    if (!m_message.auxId.isEmpty())
        m_auxId = m_message.auxId;
    if (!m_message.auxDigest.isEmpty())
        m_auxDigest = m_message.auxDigest;
    if (!m_message.auxTag.isEmpty())
        m_auxTag = m_message.auxTag;
    if (onMessage)
        onMessage(m_message);
    return true;
}

bool JsonStreamReader::feed(const char* data, qsizetype size, const Handler& onMessage)
{
    if (hasError())
        return false;
    qsizetype i = 0;
    qsizetype start = m_depth > 0 ? 0 : -1; // where the current message starts in data
    while (i < size) {
        if (m_depth == 0) {
            // Between messages: only whitespace (newlines) may separate them.
            const char c = data[i];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                ++i;
                continue;
            }
            if (c != '{')
                return fail(tr("the Docker daemon sent \"%1\" where a JSON message should start")
                                .arg(QString::fromUtf8(data + i, qMin<qsizetype>(size - i, 40))));
            // Fast path: the whole message is in this feed (nearly always), so parse it in place in
            // one pass. If it is cut off (or broken), the scanner below finds out which.
            {
                bool needRaw = false;
                MessageParser parser(data + i, data + size, m_scratch);
                if (parser.parse(m_message, &needRaw)) {
                    const qsizetype end = parser.position() - data;
                    if (!dispatch(data + i, end - i, needRaw, onMessage))
                        return false;
                    i = end;
                    continue;
                }
            }
            start = i;
            m_depth = 1;
            ++i;
            continue;
        }
        if (m_inString) {
            // Skip string contents fast: only a quote or a backslash matters.
            if (m_escape) {
                m_escape = false;
                ++i;
                continue;
            }
            // memchr runs at memory speed; most strings hold no backslash at all.
            const char* quote = static_cast<const char*>(std::memchr(data + i, '"', size_t(size - i)));
            const qsizetype stop = quote ? quote - data : size;
            const char* backslash = static_cast<const char*>(std::memchr(data + i, '\\', size_t(stop - i)));
            i = backslash ? backslash - data : stop;
            if (i == size)
                break;
            if (data[i] == '\\')
                m_escape = true;
            else
                m_inString = false;
            ++i;
            continue;
        }
        const char c = data[i++];
        if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            ++m_depth;
        } else if (c == '}' || c == ']') {
            if (--m_depth == 0) {
                bool ok;
                if (m_pending.isEmpty()) {
                    ok = emitMessage(data + start, i - start, onMessage);
                } else {
                    m_pending.append(data, i); // start is 0 here: the message began in an earlier feed
                    ok = emitMessage(m_pending.constData(), m_pending.size(), onMessage);
                    m_pending.clear();
                }
                if (!ok)
                    return false;
                start = -1;
            }
        }
    }
    if (m_depth > 0) {
        const qsizetype from = start < 0 ? 0 : start;
        if (m_pending.size() + (size - from) > m_maxMessageBytes)
            return fail(
                tr("a message from the Docker daemon is larger than %1 bytes").arg(m_maxMessageBytes));
        m_pending.append(data + from, size - from);
    }
    return true;
}

bool JsonStreamReader::finish()
{
    if (hasError())
        return false;
    if (m_depth > 0)
        return fail(tr("the Docker daemon's message stream ended in the middle of a message"));
    return true;
}

} // namespace mcpdock::docker
