#pragma once

#include "buildevent.h"
#include "redactor.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace mcpdock::imagebuild {

// The `.build.log` of a project: one timestamped line per event (ISO 8601 UTC with milliseconds),
// written through to the file line by line so a crash still leaves everything logged so far, and
// rotated (.build.log.1 .. .N) so it never grows without bound. Writing never throws and never
// stops a build: the first failure (disk full, read-only folder) is reported once through the
// warning handler, later lines are dropped quietly. Secrets registered with addSecret() and
// anything the redactor recognises are replaced before a line reaches the disk.
class BuildLog
{
public:
    struct Options
    {
        qint64 maxBytes = 5 * 1024 * 1024; // rotate when a line would grow the file past this
        int keep = 3;                      // .build.log.1 .. .build.log.<keep>
    };

    static constexpr const char* FileName = ".build.log";
    static QString pathFor(const QString& projectDir); // projectDir/.build.log

    explicit BuildLog(const QString& path);
    BuildLog(const QString& path, Options options);
    ~BuildLog();
    BuildLog(const BuildLog&) = delete;
    BuildLog& operator=(const BuildLog&) = delete;

    QString path() const { return m_path; }

    void addSecret(const QString& secret); // also its URL-encoded and base64 forms
    // An extra hook run after the built-in redaction (tests, or callers that know more secrets).
    void setRedactor(std::function<QString(const QString&)> redactor) { m_redactor = std::move(redactor); }
    void setWarningHandler(std::function<void(const QString&)> handler) { m_onWarning = std::move(handler); }

    // Writes one line per line of text, each with the timestamp. Returns false when it could not.
    bool writeLine(const QString& text, const QDateTime& time = QDateTime::currentDateTimeUtc());
    // An event as a log line: kind, [step/total], text. Progress is logged when its status changes,
    // not for every byte count.
    bool write(const BuildEvent& event);

    bool hasFailed() const { return m_failed; }
    QString redact(const QString& text) const;

    static QString timestamp(const QDateTime& time); // 2026-05-01T12:00:00.123Z

private:
    bool ensureOpen();
    void rotate();
    void fail(const QString& why);

    QString m_path;
    Options m_options;
    int m_fd = -1;
    qint64 m_size = 0;
    bool m_failed = false;
    Redactor m_redactionOfSecrets;
    std::function<QString(const QString&)> m_redactor;
    std::function<void(const QString&)> m_onWarning;
    QString m_lastProgress;
};

} // namespace mcpdock::imagebuild
