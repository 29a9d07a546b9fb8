#include "redactor.h"

#include "regularfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

#include <unistd.h>

namespace mcpdock::imagebuild {
namespace {

// Credentials that have a recognisable shape even when nobody registered them: URL user info,
// npm auth tokens, Authorization and X-Registry-Auth headers, JSON password/token fields. A JSON
// value runs to the first quote that is not escaped (the value may hold \" ); the quotes may be
// escaped themselves when the JSON sits inside another JSON string (a RUN instruction in exec form),
// and then the mask runs to the end of that outer string: more masked, never less.
const QList<QRegularExpression>& secretShapes()
{
    static const QList<QRegularExpression> shapes{
        QRegularExpression(QStringLiteral("(://[^/\\s:@]+:)[^@\\s/]+(@)")),
        QRegularExpression(QStringLiteral("(_(?:auth(?:Token)?|password)\\s*=\\s*)\\S+")),
        QRegularExpression(
            QStringLiteral("((?:Authorization|X-Registry-Auth)\\s*:\\s*(?:Bearer |Basic )?)\\S+"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral(
                "(\\\\*\"(?:password|identitytoken|registrytoken|token|secret)\\\\*\"\\s*:\\s*\\\\*\")"
                "(?:[^\"\\\\]|\\\\.)*(\")"),
            QRegularExpression::CaseInsensitiveOption),
    };
    return shapes;
}

} // namespace

const QString Redactor::Mask = QStringLiteral("********");

void Redactor::addSecret(const QString& secret)
{
    if (secret.isEmpty())
        return;
    const QByteArray utf8 = secret.toUtf8();
    for (const QString& form :
         {secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)), QString::fromLatin1(utf8.toBase64()),
          QString::fromLatin1(
              utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))}) {
        if (!m_secrets.contains(form))
            m_secrets.append(form);
    }
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

QString Redactor::redact(const QString& text) const
{
    QString out = text;
    for (const QString& secret : m_secrets)
        out.replace(secret, Mask);
    for (const QRegularExpression& shape : secretShapes())
        out.replace(shape, QStringLiteral("\\1") + Mask +
                               (shape.captureCount() > 1 ? QStringLiteral("\\2") : QString()));
    return out;
}

QStringList projectSecrets(const QString& projectDir)
{
    QStringList secrets;
    QString problem;
    const QString path = QDir(projectDir).filePath(QStringLiteral(".npmrc"));
    if (!QFile::exists(path))
        return secrets;
    const int fd = openRegularFile(path, path, &problem);
    if (fd < 0)
        return secrets;
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return secrets;
    }
    // key=value lines; the keys that hold credentials end in _authToken, _auth or _password
    // (possibly scoped: //registry.example.com/:_authToken=...). _password and _auth are base64
    // (of the password, of user:password): their decoded forms are secrets too.
    const QList<QByteArray> lines = file.read(1024 * 1024).split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith(';'))
            continue;
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq).trimmed().toLower();
        QByteArray value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith('"') || value.startsWith('\'')) &&
            value.endsWith(value.at(0)))
            value = value.mid(1, value.size() - 2);
        if (value.isEmpty() || value.startsWith("${"))
            continue; // taken from the environment at install time: not in the file
        const bool token = key.endsWith("_authtoken");
        const bool password = key.endsWith("_password");
        const bool auth = key.endsWith("_auth");
        if (!token && !password && !auth)
            continue;
        secrets << QString::fromUtf8(value);
        if (password || auth) {
            const auto decoded =
                QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
            if (decoded && !decoded.decoded.isEmpty()) {
                secrets << QString::fromUtf8(*decoded);
                if (auth && decoded.decoded.contains(':'))
                    secrets << QString::fromUtf8(decoded.decoded.mid(decoded.decoded.indexOf(':') + 1));
            }
        }
    }
    secrets.removeDuplicates();
    return secrets;
}

} // namespace mcpdock::imagebuild
