// mcpdock images: the images MCP Dock built (by its label).
#include "commands.h"

#include "docker/engineclient.h"
#include "registry/localimages.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace mcpdock::cli {

int runImages(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Lists the local images MCP Dock built, newest first."));
    const QCommandLineOption help = helpOption();
    const QCommandLineOption host = hostOption();
    const QCommandLineOption prefixOption(
        QStringLiteral("prefix"),
        QCoreApplication::translate("Cli", "Only repositories starting with PREFIX."),
        QStringLiteral("PREFIX"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("Cli", "Print a JSON array."));
    parser.addOptions({help, host, prefixOption, jsonOption});
    if (const auto stop = parseVerb(parser, args, io, help, 0))
        return *stop;
    const auto endpoint = endpointFor(parser, host, io);
    if (!endpoint)
        return Failed;
    docker::EngineClient client(endpoint.value());
    const auto images = registry::listLocalImages(client, parser.value(prefixOption));
    if (!images) {
        io.err << images.error().message << '\n';
        return Failed;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray arr;
        for (const registry::LocalImage& img : *images) {
            arr.append(QJsonObject{
                {QStringLiteral("id"), img.id},
                {QStringLiteral("repository"), img.repository},
                {QStringLiteral("tags"), QJsonArray::fromStringList(img.tags)},
                {QStringLiteral("size"), img.size},
                {QStringLiteral("created"), img.created.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("project"), img.projectName},
                {QStringLiteral("version"), img.projectVersion},
                {QStringLiteral("tools"), QJsonArray::fromStringList(img.tools)},
                {QStringLiteral("containers"), img.containers},
            });
        }
        io.out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return Success;
    }
    const QLocale c = QLocale::c();
    io.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                  .arg(QCoreApplication::translate("Cli", "REPOSITORY").leftJustified(36),
                       QCoreApplication::translate("Cli", "ID").leftJustified(12),
                       QCoreApplication::translate("Cli", "SIZE").leftJustified(10),
                       QCoreApplication::translate("Cli", "CREATED (UTC)").leftJustified(20),
                       QCoreApplication::translate("Cli", "CONTAINERS").leftJustified(10),
                       QCoreApplication::translate("Cli", "TAGS / TOOLS"));
    for (const registry::LocalImage& img : *images) {
        // Tags of the shown repository as ":tag", other names (registry copies) in full.
        QStringList shortTags;
        for (const QString& t : img.tags) {
            const bool same = t.startsWith(img.repository + QLatin1Char(':'));
            shortTags << (same ? t.mid(img.repository.size()) : t);
        }
        io.out
            << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg((img.repository.isEmpty() ? QStringLiteral("<none>") : img.repository)
                            .leftJustified(36),
                        img.id.mid(7, 12).leftJustified(12), c.formattedDataSize(img.size).leftJustified(10),
                        img.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).leftJustified(20),
                        QString::number(img.containers).leftJustified(10),
                        shortTags.join(QLatin1Char(',')) + QStringLiteral(" / ") +
                            img.tools.join(QLatin1Char(',')));
    }
    return Success;
}

} // namespace mcpdock::cli
