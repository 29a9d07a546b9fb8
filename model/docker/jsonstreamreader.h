#pragma once

#include "jsonmessage.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace mcpdock::docker {

// Splits the daemon's JSON progress stream (build, push, pull) into messages, whatever the chunk
// boundaries: a message may be split across many feeds and one feed may hold many messages,
// newline-separated or simply concatenated. Remembers what the stream as a whole said: the first
// error (errorDetail or legacy error, a failure even in a 200 response), aux.ID, aux.Digest/Tag.
// Messages are decoded by a strict parser of its own (a QJsonDocument per message is ten times
// slower); JsonMessage::raw holds the whole object only for messages that carry more than
// stream/status/id/progress/progressDetail (aux, errorDetail, error, unknown keys).
class JsonStreamReader
{
public:
    using Handler = std::function<void(const JsonMessage&)>;
    static constexpr qsizetype DefaultMaxMessageBytes = 16 * 1024 * 1024;

    explicit JsonStreamReader(qsizetype maxMessageBytes = DefaultMaxMessageBytes);

    // Parses what it can; each complete message goes to onMessage (may be empty). Returns false on
    // malformed input; the reader then stays in the error state.
    bool feed(const char* data, qsizetype size, const Handler& onMessage);
    bool feed(const QByteArray& data, const Handler& onMessage)
    {
        return feed(data.constData(), data.size(), onMessage);
    }
    // The stream ended: false when a message was cut off.
    bool finish();

    bool hasError() const { return !m_parseError.isEmpty(); }
    QString errorString() const { return m_parseError; } // malformed stream, not the daemon's error

    qint64 messageCount() const { return m_count; }
    bool streamFailed() const { return !m_firstError.isEmpty(); }
    QString streamError() const { return m_firstError; } // first errorDetail / error message
    int streamErrorCode() const { return m_firstErrorCode; }
    QString auxId() const { return m_auxId; }
    QString auxDigest() const { return m_auxDigest; }
    QString auxTag() const { return m_auxTag; }

    // Fills msg from one JSON object (also used for single messages outside a stream).
    static void decode(const QJsonObject& object, JsonMessage& msg);

private:
    bool emitMessage(const char* data, qsizetype size, const Handler& onMessage);
    bool dispatch(const char* data, qsizetype size, bool needRaw, const Handler& onMessage);
    bool fail(const QString& why);

    qsizetype m_maxMessageBytes;
    QByteArray m_pending; // the start of a message whose end has not arrived yet
    // Scanner state across feeds.
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    qint64 m_count = 0;
    QString m_parseError;
    QString m_firstError;
    int m_firstErrorCode = 0;
    QString m_auxId;
    QString m_auxDigest;
    QString m_auxTag;
    JsonMessage m_message; // reused, so a message costs no allocation of its own
    QByteArray m_scratch;  // unescaped strings, reused
};

} // namespace mcpdock::docker
