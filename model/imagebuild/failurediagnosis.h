#pragma once

#include <QString>
#include <QStringList>

namespace mcpdock::imagebuild {

// What went wrong in a failed build, in words a user can act on.
struct Diagnosis
{
    enum class Kind
    {
        MissingFile,            // COPY/ADD source not in the context (deleted, or .dockerignore'd)
        NpmPackageNotFound,     // npm E404
        NpmRegistryUnreachable, // ENOTFOUND / EAI_AGAIN / ETIMEDOUT / ECONNREFUSED
        PipPackageNotFound,     // "No matching distribution found"
        PipIndexUnreachable,    // name resolution / connection errors while pip retries
        ToolSyntaxError,        // the runtime's --check step found a SyntaxError in a tool
        ToolCheckFailed,        // the --check step failed for another reason (import error, no handler)
        RunFailed,              // a RUN exited non-zero
        BaseImageNotFound,      // manifest unknown / repository does not exist
        PullAccessDenied,       // pull access denied / unauthorized
        RegistryUnreachable,    // the base image is not local and its registry cannot be reached
        DiskFull,               // no space left on device
        ConnectionLost,         // the daemon connection dropped
        Cancelled,
        Unknown,
    };

    Kind kind = Kind::Unknown;
    int step = 0;        // 1-based, 0 when unknown or before the first step
    QString instruction; // the failing step's instruction
    QString message;     // the daemon's message (or the decisive output line)
    QString suggestion;  // the next thing to do, one or two sentences
    QString subject;     // the file, package or image the diagnosis is about, when known
    int exitCode = -1;   // RUN failures

    static QString kindName(Kind kind); // "missing-file", "npm-package-not-found"... (JSON output)
};

struct FailureInput
{
    int step = 0;
    QString instruction;
    QString daemonMessage;    // errorDetail.message, or the client's error when there was none
    QStringList recentOutput; // the failing step's last output lines, oldest first
    bool cancelled = false;
    bool connectionLost = false;
};

// A pure function: the same input always gives the same diagnosis. Recognises the messages of the
// classic builder (Docker 20.10+), npm 9/10 and pip 22+.
Diagnosis diagnoseBuildFailure(const FailureInput& input);

} // namespace mcpdock::imagebuild
