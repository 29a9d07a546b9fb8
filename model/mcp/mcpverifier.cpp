#include "mcpverifier.h"

#include "docker/engineclient.h"
#include "dockerfile/labels.h"
#include "stdiocontainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace mcpdock::mcp {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("McpVerifier", text);
}

VerifyError makeError(VerifyError::Kind kind, const QString& message)
{
    VerifyError e;
    e.kind = kind;
    e.message = message;
    return e;
}

QString tail(const QByteArray& bytes, int maxChars = 4000)
{
    const QString s = QString::fromUtf8(bytes);
    return s.size() > maxChars ? s.right(maxChars) : s;
}

} // namespace

QString VerifyError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Docker:
        return QStringLiteral("docker");
    case Kind::NoLabel:
        return QStringLiteral("no-label");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Exited:
        return QStringLiteral("exited");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Mismatch:
        return QStringLiteral("mismatch");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("protocol");
}

VerifyError VerifyError::fromMcpError(const McpError& error)
{
    Kind kind = Kind::Protocol;
    switch (error.kind) {
    case McpError::Kind::Docker:
        kind = Kind::Docker;
        break;
    case McpError::Kind::Timeout:
        kind = Kind::Timeout;
        break;
    case McpError::Kind::Exited:
        kind = Kind::Exited;
        break;
    case McpError::Kind::Protocol:
    case McpError::Kind::Rpc:
        kind = Kind::Protocol;
        break;
    case McpError::Kind::Cancelled:
        return makeError(Kind::Cancelled, tr("Verification cancelled."));
    }
    return makeError(kind, error.message);
}

McpVerifier::McpVerifier(docker::Endpoint endpoint)
    : m_endpoint(std::move(endpoint))
{}

void McpVerifier::progress(const QString& text) const
{
    if (m_onProgress)
        m_onProgress(text);
}

QStringList McpVerifier::toolsFromLabel(const QString& labelValue, bool* ok)
{
    QStringList names;
    const QJsonDocument doc = QJsonDocument::fromJson(labelValue.toUtf8());
    if (ok)
        *ok = doc.isArray();
    for (const QJsonValue& v : doc.array()) {
        const QString name =
            v.isString() ? v.toString() : v.toObject().value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

Expected<VerifyResult, VerifyError> McpVerifier::verify(const QString& image, const std::atomic_bool* cancel)
{
    QElapsedTimer timer;
    timer.start();
    VerifyResult result;
    result.image = image;
    docker::EngineClient client(m_endpoint);

    auto inspected = client.inspectImage(image);
    if (!inspected)
        return makeError(VerifyError::Kind::Docker, inspected.error().message);
    const QJsonObject labels =
        inspected->value(QStringLiteral("Config")).toObject().value(QStringLiteral("Labels")).toObject();
    const QString toolsLabel = labels.value(QLatin1String(dockerfile::labels::Tools)).toString();
    bool labelOk = false;
    result.expectedTools = toolsFromLabel(toolsLabel, &labelOk);
    if (!labelOk && m_compareWithLabel) {
        VerifyError e = makeError(VerifyError::Kind::NoLabel,
                                  tr("%1 has no %2 label to compare the server's tools with; build it with "
                                     "mcpdock build.")
                                      .arg(image, QLatin1String(dockerfile::labels::Tools)));
        e.partial = result;
        return e;
    }

    // No network, stdin open for the protocol, no TTY; whatever happens, the container goes.
    StdioContainer container(m_endpoint);
    StdioContainerOptions run;
    run.image = image;
    run.namePrefix = QStringLiteral("mcpdock-verify-");
    run.labels.insert(QStringLiteral("io.mcpdock.verify"), QStringLiteral("true"));
    if (auto started = container.start(run); !started) {
        if (!container.id().isEmpty())
            progress(tr("Created container %1 (network: none)").arg(container.id().left(12)));
        return makeError(VerifyError::Kind::Docker, started.error().message);
    }
    progress(tr("Created container %1 (network: none)").arg(container.id().left(12)));

    McpStdioClient mcp(*container.stream());
    auto remaining = [&] {
        return qMax<int>(1, m_timeoutMs - static_cast<int>(timer.elapsed()));
    };
    auto fail = [&](VerifyError e) {
        result.serverStderr = tail(mcp.stderrBytes());
        result.elapsedMs = timer.elapsed();
        e.partial = result;
        if (!result.serverStderr.isEmpty() && e.kind != VerifyError::Kind::Mismatch)
            e.message +=
                QLatin1Char(' ') + tr("The server said: %1").arg(result.serverStderr.trimmed().right(600));
        return e;
    };

    // 2026-07-28: no handshake; the version travels in each request's _meta.
    // The version and the client's capabilities are required in each request's _meta (none here:
    // verify only lists).
    const QJsonObject meta{{QLatin1String(MetaVersionKey), QLatin1String(LatestProtocol)},
                           {QStringLiteral("io.modelcontextprotocol/clientCapabilities"), QJsonObject{}},
                           {QStringLiteral("io.modelcontextprotocol/clientInfo"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("mcpdock-verify")},
                                        {QStringLiteral("version"), QStringLiteral(MCPDOCK_VERSION)}}}};
    auto discover = mcp.request(QStringLiteral("server/discover"),
                                QJsonObject{{QStringLiteral("_meta"), meta}}, remaining(), cancel);
    if (!discover)
        return fail(VerifyError::fromMcpError(discover.error()));
    bool stateless = false;
    if (discover->contains(QStringLiteral("result"))) {
        const QJsonObject r = discover->value(QStringLiteral("result")).toObject();
        const QJsonArray versions = r.value(QStringLiteral("supportedVersions")).toArray();
        stateless = versions.contains(QLatin1String(LatestProtocol));
        // The server's identity travels in the result's _meta (a top-level serverInfo in drafts).
        QJsonObject info = r.value(QStringLiteral("_meta"))
                               .toObject()
                               .value(QStringLiteral("io.modelcontextprotocol/serverInfo"))
                               .toObject();
        if (info.isEmpty())
            info = r.value(QStringLiteral("serverInfo")).toObject();
        result.serverName = info.value(QStringLiteral("name")).toString();
        result.serverVersion = info.value(QStringLiteral("version")).toString();
    }
    QJsonObject listParams;
    if (stateless) {
        result.handshake = QStringLiteral("server/discover");
        result.protocolVersion = QLatin1String(LatestProtocol);
        listParams.insert(QStringLiteral("_meta"), meta);
    } else {
        // An older server: method not found (or no 2026-07-28 among its versions).
        const QJsonObject params{
            {QStringLiteral("protocolVersion"), QLatin1String(LegacyProtocol)},
            {QStringLiteral("capabilities"), QJsonObject{}},
            {QStringLiteral("clientInfo"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("mcpdock-verify")},
                         {QStringLiteral("version"), QStringLiteral(MCPDOCK_VERSION)}}},
        };
        auto init = mcp.request(QStringLiteral("initialize"), params, remaining(), cancel);
        if (!init)
            return fail(VerifyError::fromMcpError(init.error()));
        if (init->contains(QStringLiteral("error")))
            return fail(makeError(VerifyError::Kind::Protocol, tr("initialize failed: %1")
                                                                   .arg(init->value(QStringLiteral("error"))
                                                                            .toObject()
                                                                            .value(QStringLiteral("message"))
                                                                            .toString())));
        const QJsonObject r = init->value(QStringLiteral("result")).toObject();
        result.handshake = QStringLiteral("initialize");
        result.protocolVersion = r.value(QStringLiteral("protocolVersion")).toString();
        const QJsonObject info = r.value(QStringLiteral("serverInfo")).toObject();
        result.serverName = info.value(QStringLiteral("name")).toString();
        result.serverVersion = info.value(QStringLiteral("version")).toString();
        mcp.notify(QStringLiteral("notifications/initialized"));
    }
    progress(tr("%1: protocol %2, server %3 %4")
                 .arg(result.handshake, result.protocolVersion, result.serverName, result.serverVersion));

    // Every page: a server may paginate its list (nextCursor), and the label names every tool.
    for (int page = 0; page < 1000; ++page) {
        auto listed = mcp.request(QStringLiteral("tools/list"), listParams, remaining(), cancel);
        if (!listed)
            return fail(VerifyError::fromMcpError(listed.error()));
        if (listed->contains(QStringLiteral("error")) || !listed->contains(QStringLiteral("result")))
            return fail(makeError(VerifyError::Kind::Protocol, tr("tools/list failed: %1")
                                                                   .arg(listed->value(QStringLiteral("error"))
                                                                            .toObject()
                                                                            .value(QStringLiteral("message"))
                                                                            .toString())));
        const QJsonObject r = listed->value(QStringLiteral("result")).toObject();
        for (const QJsonValue& t : r.value(QStringLiteral("tools")).toArray()) {
            const QJsonObject tool = t.toObject();
            result.tools << tool.value(QStringLiteral("name")).toString();
            result.toolList.append(QJsonObject{
                {QStringLiteral("name"), tool.value(QStringLiteral("name"))},
                {QStringLiteral("description"), tool.value(QStringLiteral("description")).toString()}});
        }
        const QString cursor = r.value(QStringLiteral("nextCursor")).toString();
        if (cursor.isEmpty())
            break;
        listParams.insert(QStringLiteral("cursor"), cursor);
    }
    container.stream()->closeStdin(); // EOF: the server exits on its own

    if (!m_compareWithLabel) {
        result.elapsedMs = timer.elapsed();
        result.serverStderr = tail(mcp.stderrBytes());
        return result;
    }
    const QSet<QString> got(result.tools.cbegin(), result.tools.cend());
    const QSet<QString> want(result.expectedTools.cbegin(), result.expectedTools.cend());
    for (const QString& t : result.expectedTools)
        if (!got.contains(t))
            result.missing << t;
    for (const QString& t : result.tools)
        if (!want.contains(t))
            result.unexpected << t;
    result.elapsedMs = timer.elapsed();
    result.serverStderr = tail(mcp.stderrBytes());
    if (!result.matches()) {
        QStringList parts;
        if (!result.missing.isEmpty())
            parts << tr("missing: %1").arg(result.missing.join(QStringLiteral(", ")));
        if (!result.unexpected.isEmpty())
            parts << tr("not in the label: %1").arg(result.unexpected.join(QStringLiteral(", ")));
        return fail(makeError(VerifyError::Kind::Mismatch,
                              tr("The server lists other tools than the image's label says (%1).")
                                  .arg(parts.join(QStringLiteral("; ")))));
    }
    return result;
}

} // namespace mcpdock::mcp
