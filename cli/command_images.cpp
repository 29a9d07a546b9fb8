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

#include <algorithm>

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
    const QCommandLineOption allOption(
        {QStringLiteral("a"), QStringLiteral("all")},
        QCoreApplication::translate("Cli", "Also list untagged images: earlier builds whose tags moved to a "
                                           "newer build (hidden by default; 'mcpdock prune' removes them)."));
    parser.addOptions({help, host, prefixOption, jsonOption, allOption});
    if (const auto stop = parseVerb(parser, args, io, help, 0))
        return *stop;
    const auto endpoint = endpointFor(parser, host, io);
    if (!endpoint)
        return Failed;
    docker::EngineClient client(endpoint.value());
    auto images = registry::listLocalImages(client, parser.value(prefixOption));
    if (!images) {
        io.err << images.error().message << '\n';
        return Failed;
    }
    // Untagged images cannot be run or pushed by name and read like duplicates of the tagged builds:
    // hidden unless asked for, and counted so nobody wonders where the disk space went.
    qsizetype hidden = 0;
    if (!parser.isSet(allOption))
        hidden = images->removeIf([](const registry::LocalImage& img) { return img.tags.isEmpty(); });
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
    // Columns as wide as their widest cell (a long repository name does not shift the rest).
    QList<QStringList> table;
    table << QStringList{
        QCoreApplication::translate("Cli", "REPOSITORY"), QCoreApplication::translate("Cli", "ID"),
        QCoreApplication::translate("Cli", "SIZE"),       QCoreApplication::translate("Cli", "CREATED (UTC)"),
        QCoreApplication::translate("Cli", "CONTAINERS"), QCoreApplication::translate("Cli", "TAGS / TOOLS")};
    for (const registry::LocalImage& img : *images) {
        // Tags of the shown repository as ":tag", other names (registry copies) in full.
        QStringList shortTags;
        for (const QString& t : img.tags) {
            const bool same = t.startsWith(img.repository + QLatin1Char(':'));
            shortTags << (same ? t.mid(img.repository.size()) : t);
        }
        table << QStringList{img.repository.isEmpty()
                                 ? QCoreApplication::translate("Cli", "<untagged %1>").arg(img.projectName)
                                 : img.repository,
                             img.id.mid(7, 12),
                             c.formattedDataSize(img.size),
                             img.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             QString::number(img.containers),
                             (shortTags.isEmpty() ? QCoreApplication::translate("Cli", "(previous build)")
                                                  : shortTags.join(QLatin1Char(','))) +
                                 QStringLiteral(" / ") + img.tools.join(QLatin1Char(','))};
    }
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList& row : std::as_const(table))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (const QStringList& row : std::as_const(table)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        io.out << line << '\n';
    }
    if (hidden > 0)
        io.err << QCoreApplication::translate("Cli", "%1 untagged image(s) of earlier builds not shown: "
                                                     "'mcpdock images --all' lists them, 'mcpdock prune' "
                                                     "removes them.")
                      .arg(hidden)
               << '\n';
    return Success;
}

} // namespace mcpdock::cli
