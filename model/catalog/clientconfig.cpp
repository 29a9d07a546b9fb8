#include "clientconfig.h"

#include <QJsonArray>

namespace mcpdock::catalog {

QJsonObject clientConfiguration(const project::Project& p, const QString& image,
                                const QHash<QString, QString>& values, const QString& network)
{
    const bool http = p.runtime.transport == project::Runtime::Transport::Http;
    QStringList args{
        QStringLiteral("run"), QStringLiteral("-i"), QStringLiteral("--rm"), QStringLiteral("--network"),
        network.isEmpty() ? (http ? QStringLiteral("bridge") : QStringLiteral("none")) : network};
    QJsonObject env;
    for (const project::EnvVar& e : p.env) {
        args << QStringLiteral("-e") << e.name; // the value comes from the client's env block
        env.insert(e.name,
                   e.secret ? QStringLiteral("<your %1>").arg(e.name) : values.value(e.name, e.defaultValue));
    }
    if (http && p.runtime.port > 0)
        args << QStringLiteral("-p") << QStringLiteral("127.0.0.1:%1:%1").arg(p.runtime.port);
    args << image;
    QJsonObject server{{QStringLiteral("command"), QStringLiteral("docker")},
                       {QStringLiteral("args"), QJsonArray::fromStringList(args)}};
    if (!env.isEmpty())
        server.insert(QStringLiteral("env"), env);
    const QString name = p.name.isEmpty() ? QStringLiteral("mcp-server") : p.name;
    return QJsonObject{{QStringLiteral("mcpServers"), QJsonObject{{name, server}}}};
}

} // namespace mcpdock::catalog
