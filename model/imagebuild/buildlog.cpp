#include "buildlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mcpdock::imagebuild {
namespace {

QString kindTag(BuildEvent::Kind kind)
{
    switch (kind) {
    case BuildEvent::Kind::Info:
        return QStringLiteral("INFO");
    case BuildEvent::Kind::Step:
        return QStringLiteral("STEP");
    case BuildEvent::Kind::Output:
        return QStringLiteral("OUT ");
    case BuildEvent::Kind::Progress:
        return QStringLiteral("PULL");
    case BuildEvent::Kind::Warning:
        return QStringLiteral("WARN");
    case BuildEvent::Kind::Error:
        return QStringLiteral("ERR ");
    case BuildEvent::Kind::ImageId:
        return QStringLiteral("IMAGE");
    }
    return QStringLiteral("?");
}

} // namespace

QString BuildLog::pathFor(const QString& projectDir)
{
    return QDir(projectDir).filePath(QString::fromLatin1(FileName));
}

BuildLog::BuildLog(const QString& path)
    : BuildLog(path, Options{})
{}

BuildLog::BuildLog(const QString& path, Options options)
    : m_path(path)
    , m_options(options)
{}

BuildLog::~BuildLog()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString BuildLog::timestamp(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

void BuildLog::addSecret(const QString& secret)
{
    m_redactionOfSecrets.addSecret(secret);
}

QString BuildLog::redact(const QString& text) const
{
    QString out = m_redactionOfSecrets.redact(text);
    if (m_redactor)
        out = m_redactor(out);
    return out;
}

void BuildLog::fail(const QString& why)
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_failed)
        return;
    m_failed = true;
    if (m_onWarning)
        m_onWarning(QCoreApplication::translate("BuildLog",
                                                "Cannot write the build log %1 (%2); the build goes "
                                                "on without it.")
                        .arg(QDir::toNativeSeparators(m_path), why));
}

bool BuildLog::ensureOpen()
{
    if (m_fd >= 0)
        return true;
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        fail(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat st
    {};
    m_size = ::fstat(m_fd, &st) == 0 && S_ISREG(st.st_mode) ? st.st_size : 0;
    return true;
}

void BuildLog::rotate()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    const QByteArray base = QFile::encodeName(m_path);
    auto numbered = [&base](int n) -> QByteArray {
        return base + '.' + QByteArray::number(n);
    };
    ::unlink(numbered(m_options.keep).constData());
    for (int n = m_options.keep - 1; n >= 1; --n)
        ::rename(numbered(n).constData(), numbered(n + 1).constData());
    if (m_options.keep >= 1)
        ::rename(base.constData(), numbered(1).constData());
    else
        ::unlink(base.constData());
}

bool BuildLog::writeLine(const QString& text, const QDateTime& time)
{
    if (m_failed)
        return false;
    const QString stamp = timestamp(time);
    QByteArray bytes;
    QString body = text;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    for (const QString& line : body.split(QLatin1Char('\n')))
        bytes += (stamp + QLatin1Char(' ') + redact(line)).toUtf8() + '\n';
    if (!ensureOpen())
        return false;
    if (m_size > 0 && m_size + bytes.size() > m_options.maxBytes) {
        rotate();
        if (!ensureOpen())
            return false;
    }
    // One write(2) per line: nothing waits in a user-space buffer when the process dies.
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            fail(QString::fromLocal8Bit(std::strerror(n < 0 ? errno : ENOSPC)));
            return false;
        }
        done += n;
    }
    m_size += bytes.size();
    return true;
}

bool BuildLog::write(const BuildEvent& event)
{
    if (event.kind == BuildEvent::Kind::Progress) {
        if (event.text == m_lastProgress)
            return true;
        m_lastProgress = event.text;
    }
    QString line = kindTag(event.kind);
    if (event.totalSteps > 0)
        line += QStringLiteral(" [%1/%2]").arg(event.step).arg(event.totalSteps);
    if (event.cached)
        line += QStringLiteral(" (cache)");
    line += QLatin1Char(' ') + event.text;
    if (event.kind == BuildEvent::Kind::Progress && event.total > 0)
        line += QStringLiteral(" %1/%2 bytes").arg(event.current).arg(event.total);
    return writeLine(line, event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc());
}

} // namespace mcpdock::imagebuild
