#pragma once

#include "expected.h"

#include "docker/endpoint.h"
#include "mcpstdioclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace mcpdock::mcp {

struct VerifyResult
{
    QString image;
    QString handshake;       // "server/discover" or "initialize"
    QString protocolVersion; // what was spoken: "2026-07-28", "2025-11-25"...
    QString serverName;
    QString serverVersion;
    QStringList tools;         // as tools/list returned them, in its order
    QJsonArray toolList;       // [{"name","description"}] of the same, for an image's labels
    QStringList expectedTools; // from the image's io.mcpdock.tools label
    QStringList missing;       // in the label, not listed by the server
    QStringList unexpected;    // listed by the server, not in the label
    QString serverStderr;      // the server's stderr (its log), last part
    qint64 elapsedMs = 0;

    bool matches() const { return missing.isEmpty() && unexpected.isEmpty(); }
};

struct VerifyError
{
    enum class Kind
    {
        Docker,   // the image is missing or the container could not be created/started
        NoLabel,  // the image has no io.mcpdock.tools label to compare with
        Timeout,  // no answer within the time limit
        Exited,   // the server exited before answering
        Protocol, // not JSON-RPC, or an error response
        Mismatch, // the server lists other tools than the label says
        Cancelled,
    };
    Kind kind = Kind::Protocol;
    QString message;
    VerifyResult partial; // what was learnt before the failure

    static QString kindName(Kind kind);
    // A failed stdio request as a verification failure.
    static VerifyError fromMcpError(const McpError& error);
};

// `mcpdock verify` and the GUI's check after a build: runs the image with no network, stdin open and
// no TTY, does the MCP handshake over stdio (server/discover of 2026-07-28 first, initialize +
// notifications/initialized for older servers), lists the tools, calls none, compares them with the
// image's label, and always removes the container.
class McpVerifier
{
public:
    static constexpr const char* LatestProtocol = "2026-07-28";
    static constexpr const char* LegacyProtocol = "2025-11-25";
    static constexpr const char* MetaVersionKey = "io.modelcontextprotocol/protocolVersion";

    explicit McpVerifier(docker::Endpoint endpoint);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Off: only ask the server what it lists (the build does this to write the label); no
    // io.mcpdock.tools label is needed and nothing is compared.
    void setCompareWithLabel(bool compare) { m_compareWithLabel = compare; }
    // Lines about what happens ("Started container 1a2b3c", "server/discover: 2026-07-28").
    void setProgressHandler(std::function<void(const QString&)> handler)
    {
        m_onProgress = std::move(handler);
    }

    Expected<VerifyResult, VerifyError> verify(const QString& image,
                                               const std::atomic_bool* cancel = nullptr);

    // Tool names from the label value (a JSON array of {"name","description"}, or of strings).
    static QStringList toolsFromLabel(const QString& labelValue, bool* ok = nullptr);

private:
    void progress(const QString& text) const;

    docker::Endpoint m_endpoint;
    int m_timeoutMs = 30000;
    bool m_compareWithLabel = true;
    std::function<void(const QString&)> m_onProgress;
};

} // namespace mcpdock::mcp
