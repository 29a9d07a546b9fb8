#include "failurediagnosis.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mcpdock::imagebuild {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FailureDiagnosis", text);
}

QString firstCapture(const QString& pattern, const QString& text, int group = 1)
{
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(group) : QString();
}

bool has(const QString& text, const QString& pattern)
{
    return QRegularExpression(pattern,
                              QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption)
        .match(text)
        .hasMatch();
}

// The image reference a failed pull names, from the daemon's various wordings.
QString imageFromPullError(const QString& message, const QString& instruction)
{
    // The user's own reference, as the Dockerfile says it, is the most useful name.
    const QString from = firstCapture(QStringLiteral("^FROM\\s+(?:--platform=\\S+\\s+)?(\\S+)"), instruction);
    if (!from.isEmpty())
        return from;
    for (const char* pattern :
         {"pull access denied for ([^,\\s]+)", "manifest for (\\S+) not found", "repository (\\S+) not found",
          "https?://[^\"]*?/v2/([^\"]+?)/manifests/([^\"\\s]+)"}) {
        const QRegularExpression re(QString::fromLatin1(pattern));
        const auto m = re.match(message);
        if (m.hasMatch())
            return m.lastCapturedIndex() == 2 ? m.captured(1) + QLatin1Char(':') + m.captured(2)
                                              : m.captured(1);
    }
    return QString();
}

} // namespace

QString Diagnosis::kindName(Kind kind)
{
    switch (kind) {
    case Kind::MissingFile:
        return QStringLiteral("missing-file");
    case Kind::NpmPackageNotFound:
        return QStringLiteral("npm-package-not-found");
    case Kind::NpmRegistryUnreachable:
        return QStringLiteral("npm-registry-unreachable");
    case Kind::PipPackageNotFound:
        return QStringLiteral("pip-package-not-found");
    case Kind::PipIndexUnreachable:
        return QStringLiteral("pip-index-unreachable");
    case Kind::ToolSyntaxError:
        return QStringLiteral("tool-syntax-error");
    case Kind::ToolCheckFailed:
        return QStringLiteral("tool-check-failed");
    case Kind::RunFailed:
        return QStringLiteral("run-failed");
    case Kind::BaseImageNotFound:
        return QStringLiteral("base-image-not-found");
    case Kind::PullAccessDenied:
        return QStringLiteral("pull-access-denied");
    case Kind::RegistryUnreachable:
        return QStringLiteral("registry-unreachable");
    case Kind::DiskFull:
        return QStringLiteral("disk-full");
    case Kind::ConnectionLost:
        return QStringLiteral("connection-lost");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

Diagnosis diagnoseBuildFailure(const FailureInput& input)
{
    Diagnosis d;
    d.step = input.step;
    d.instruction = input.instruction;
    d.message = input.daemonMessage.trimmed();
    const QString output = input.recentOutput.join(QLatin1Char('\n'));
    const QString all = output + QLatin1Char('\n') + input.daemonMessage;
    const bool isRun = input.instruction.startsWith(QLatin1String("RUN"), Qt::CaseInsensitive);
    const bool isFrom = input.instruction.startsWith(QLatin1String("FROM"), Qt::CaseInsensitive);

    if (input.cancelled) {
        d.kind = Diagnosis::Kind::Cancelled;
        d.message = tr("The build was cancelled.");
        d.suggestion =
            tr("Nothing was tagged and the build's leftovers were removed; build again when ready.");
        return d;
    }
    if (has(all, QStringLiteral("no space left on device"))) {
        d.kind = Diagnosis::Kind::DiskFull;
        d.suggestion =
            tr("The Docker daemon's disk is full. Free space (mcpdock prune, or docker system prune) "
               "and build again.");
        return d;
    }
    if (input.connectionLost) {
        d.kind = Diagnosis::Kind::ConnectionLost;
        d.suggestion =
            tr("The connection to the Docker daemon was lost during the build. Check that the daemon "
               "is still running (mcpdock ping) and build again.");
        return d;
    }

    // COPY/ADD of a file that is not in the context.
    const QString missing = firstCapture(
        QStringLiteral(
            "(?:COPY|ADD) failed: .*?(?:stat |lstat )(\\S+?): (?:file does not exist|no such file or "
            "directory)"),
        input.daemonMessage);
    if (!missing.isEmpty() || has(input.daemonMessage, QStringLiteral("^(COPY|ADD) failed: .*not found"))) {
        d.kind = Diagnosis::Kind::MissingFile;
        QString file = missing;
        // Older daemons name the temporary context folder: keep the path inside it.
        file.remove(QRegularExpression(QStringLiteral("^.*/docker-builder\\d+/")));
        d.subject = file;
        d.suggestion =
            file.isEmpty()
                ? tr("A file the Dockerfile copies is not in the build context. Check that the "
                     "manifest's files exist and that .dockerignore does not exclude them.")
                : tr("'%1' is not in the build context: it was deleted or moved after the manifest was "
                     "loaded, or .dockerignore excludes it. Restore the file or fix the manifest, then "
                     "build again.")
                      .arg(file);
        return d;
    }

    // Base image problems (the FROM step, or a pull before the first step).
    if (isFrom || input.step == 0 ||
        has(input.daemonMessage, QStringLiteral("pull access denied|manifest unknown"))) {
        const QString image = imageFromPullError(input.daemonMessage, input.instruction);
        d.subject = image;
        if (has(input.daemonMessage,
                QStringLiteral("pull access denied|no basic auth credentials|unauthorized|"
                               "authentication required|denied: "))) {
            d.kind = Diagnosis::Kind::PullAccessDenied;
            d.suggestion =
                tr("The registry refused to give the base image %1: it does not exist there, or it "
                   "needs a login. Check the name, log in to the registry (mcpdock login), or choose "
                   "another base image (--base-node / --base-python).")
                    .arg(image);
            return d;
        }
        if (has(input.daemonMessage, QStringLiteral("manifest unknown|not found: manifest|repository .* not "
                                                    "found|no such image|does not exist"))) {
            d.kind = Diagnosis::Kind::BaseImageNotFound;
            d.suggestion = tr("The base image %1 does not exist. Check its name and tag, or choose another "
                              "base image (--base-node / --base-python).")
                               .arg(image);
            return d;
        }
        if (has(input.daemonMessage, QStringLiteral("dial tcp|no such host|lookup |i/o timeout|connection "
                                                    "refused|network is unreachable|TLS handshake timeout|"
                                                    "server misbehaving|context deadline exceeded"))) {
            d.kind = Diagnosis::Kind::RegistryUnreachable;
            d.suggestion =
                tr("The base image %1 is not on this machine and its registry cannot be reached. "
                   "Pull or load it first (docker pull / docker load), check the network and proxy, "
                   "or choose a base image that is present (--base-node / --base-python).")
                    .arg(image);
            return d;
        }
    }

    // The runtime's --check step loads every tool: a syntax error there names the file.
    const bool isCheck = isRun && input.instruction.contains(QLatin1String("--check"));
    const QRegularExpression toolLine(QStringLiteral("(?:tool|connector) \"([^\"]*)\" \\(([^)]*)\\): (.*)$"),
                                      QRegularExpression::MultilineOption);
    if (isCheck || toolLine.match(output).hasMatch()) {
        const auto m = toolLine.match(output);
        const bool syntax = has(output, QStringLiteral("SyntaxError|IndentationError|TabError"));
        if (m.hasMatch() || syntax) {
            d.kind = syntax ? Diagnosis::Kind::ToolSyntaxError : Diagnosis::Kind::ToolCheckFailed;
            d.subject = m.hasMatch() ? m.captured(2) : QString();
            QString where = firstCapture(QStringLiteral("(/app/[^\\s:]+:\\d+)"), output);
            const QString errLine = firstCapture(
                QStringLiteral("^.*((?:SyntaxError|IndentationError|TabError)(?::.*)?)$"), output);
            if (!errLine.isEmpty())
                d.message = (where.isEmpty() ? QString() : where + QStringLiteral(": ")) + errLine.trimmed();
            else if (m.hasMatch())
                d.message = m.captured(0).trimmed();
            d.suggestion = syntax
                               ? tr("Fix the syntax error in %1 (the line is shown above) and build again.")
                                     .arg(d.subject.isEmpty() ? tr("the tool") : d.subject)
                               : tr("%1 cannot be loaded (see the error above). Fix it and build again.")
                                     .arg(d.subject.isEmpty() ? tr("A tool") : d.subject);
            d.exitCode = firstCapture(QStringLiteral("non-zero code: (\\d+)"), input.daemonMessage).toInt();
            return d;
        }
    }

    // npm.
    if (has(output, QStringLiteral("^npm (?:ERR!|error) code E404|^npm (?:ERR!|error) 404 "))) {
        d.kind = Diagnosis::Kind::NpmPackageNotFound;
        QString pkg = firstCapture(
            QStringLiteral(
                "'([^'\\s]+?)(?:@[^'@\\s]*)?' (?:is not in (?:this|the npm) registry|could not be found)"),
            output);
        if (pkg.isEmpty())
            pkg =
                firstCapture(QStringLiteral(
                                 "404 Not Found - GET https?://\\S+?/((?:@|%40)?[^/\\s]+(?:%2[fF][^/\\s]+)?)"
                                 "(?:/|\\s|$)"),
                             output)
                    .replace(QLatin1String("%2f"), QLatin1String("/"))
                    .replace(QLatin1String("%2F"), QLatin1String("/"))
                    .replace(QLatin1String("%40"), QLatin1String("@"));
        d.subject = pkg;
        d.message = firstCapture(QStringLiteral("^(npm (?:ERR!|error) 404 .*)$"), output).trimmed();
        d.suggestion = tr("npm cannot find the package %1. Check its name and version in the manifest's "
                          "dependencies (or package.json); a private package needs a registry and token.")
                           .arg(pkg.isEmpty() ? tr("named above") : pkg);
        return d;
    }
    if (has(output,
            QStringLiteral("^npm (?:ERR!|error) (?:code|errno) (?:ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNREFUSED|"
                           "ECONNRESET|ENETUNREACH|EHOSTUNREACH|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|"
                           "SELF_SIGNED_CERT_IN_CHAIN)"))) {
        d.kind = Diagnosis::Kind::NpmRegistryUnreachable;
        d.subject = firstCapture(QStringLiteral("request to (\\S+) failed"), output);
        d.message = firstCapture(QStringLiteral("^(npm (?:ERR!|error) (?:network )?request to .*)$"), output)
                        .trimmed();
        if (d.message.isEmpty())
            d.message = firstCapture(QStringLiteral("^(npm (?:ERR!|error) (?:code|errno) \\S+)"), output);
        d.suggestion =
            tr("npm cannot reach its registry during the build. Build with a network that reaches it "
               "(--network host), check the proxy and DNS, or set a reachable registry in .npmrc.");
        return d;
    }

    // pip: unreachable first, because pip ends an offline install with "No matching distribution".
    if (has(output,
            QStringLiteral("Retrying \\(Retry\\(.*(NewConnectionError|ConnectTimeoutError|Temporary failure "
                           "in name resolution|Name or service not known|Network is unreachable|"
                           "ProxyError|Connection refused)")) ||
        has(output, QStringLiteral("Could not fetch URL .*(connection|Max retries)"))) {
        d.kind = Diagnosis::Kind::PipIndexUnreachable;
        d.message = firstCapture(QStringLiteral(
                                     "^((?:WARNING|ERROR): .*(?:NewConnectionError|Temporary failure in name "
                                     "resolution|ConnectTimeoutError|Network is unreachable).*)$"),
                                 output)
                        .trimmed();
        d.subject = firstCapture(QStringLiteral("No matching distribution found for (\\S+)"), output);
        d.suggestion =
            tr("pip cannot reach the package index during the build. Build with a network that reaches "
               "it (--network host), check the proxy and DNS, or set PIP_INDEX_URL to a reachable index.");
        return d;
    }
    if (has(output,
            QStringLiteral("No matching distribution found for|Could not find a version that satisfies"))) {
        d.kind = Diagnosis::Kind::PipPackageNotFound;
        d.subject = firstCapture(QStringLiteral("No matching distribution found for (\\S+)"), output);
        if (d.subject.isEmpty())
            d.subject = firstCapture(QStringLiteral("satisfies the requirement (\\S+)"), output);
        d.message = firstCapture(QStringLiteral("^(ERROR: No matching distribution found for .*)$"), output)
                        .trimmed();
        d.suggestion =
            tr("pip cannot find the package %1. Check its name and version in the manifest's Python "
               "requirements (or requirements.txt).")
                .arg(d.subject.isEmpty() ? tr("named above") : d.subject);
        return d;
    }

    const QString code =
        firstCapture(QStringLiteral("returned a non-zero code: (\\d+)"), input.daemonMessage);
    if (!code.isEmpty()) {
        d.kind = Diagnosis::Kind::RunFailed;
        d.exitCode = code.toInt();
        QString command = firstCapture(QStringLiteral("The command '(.*)' returned"), input.daemonMessage);
        if (command.isEmpty())
            command = input.instruction;
        d.subject = command;
        d.suggestion =
            tr("The command of step %1 exited with code %2. Its last output lines above say why; fix "
               "the cause and build again.")
                .arg(input.step)
                .arg(d.exitCode);
        return d;
    }
    d.kind = Diagnosis::Kind::Unknown;
    d.suggestion =
        tr("Read the daemon's message and the step's output above; .build.log in the project folder "
           "has the whole build.");
    return d;
}

} // namespace mcpdock::imagebuild
