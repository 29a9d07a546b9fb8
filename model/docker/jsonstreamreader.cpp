#include "jsonstreamreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

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
    QJsonParseError error;
    // fromRawData: the parser reads the socket buffer in place, no copy per message.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(data, size), &error);
    if (!doc.isObject())
        return fail(tr("the Docker daemon sent a message that is not valid JSON (%1): %2")
                        .arg(error.errorString(), QString::fromUtf8(data, qMin<qsizetype>(size, 80))));
    decode(doc.object(), m_message);
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
            while (i < size && data[i] != '"' && data[i] != '\\')
                ++i;
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
