// mcpdock prune --keep N: remove older builds, keeping the newest N per repository.
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
namespace {

QString describe(const registry::LocalImage& img)
{
    return (img.tags.isEmpty() ? QStringLiteral("<untagged %1>").arg(img.projectName)
                               : img.tags.join(QStringLiteral(", "))) +
           QStringLiteral(" (") + img.id.mid(7, 12) + QLatin1Char(')');
}

QJsonArray toJson(const QList<registry::LocalImage>& images)
{
    QJsonArray arr;
    for (const auto& img : images)
        arr.append(QJsonObject{{QStringLiteral("id"), img.id},
                               {QStringLiteral("tags"), QJsonArray::fromStringList(img.tags)},
                               {QStringLiteral("size"), img.size}});
    return arr;
}

} // namespace

int runPrune(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Removes older images MCP Dock built, keeping the newest N per repository. Images used by a "
               "container and images MCP Dock did not build are never removed."));
    const QCommandLineOption help = helpOption();
    const QCommandLineOption host = hostOption();
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QCoreApplication::translate("Cli", "How many builds to keep per repository."),
        QStringLiteral("N"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), QCoreApplication::translate("Cli", "List what would go; remove nothing."));
    const QCommandLineOption prefixOption(
        QStringLiteral("prefix"),
        QCoreApplication::translate("Cli", "Only repositories starting with PREFIX."),
        QStringLiteral("PREFIX"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("Cli", "Print JSON."));
    parser.addOptions({help, host, keepOption, dryRunOption, prefixOption, jsonOption});
    if (const auto stop = parseVerb(parser, args, io, help, AnyPositionals))
        return *stop;
    bool ok = false;
    const int keep = parser.value(keepOption).toInt(&ok);
    if (!parser.isSet(keepOption) || !ok || keep < 0) {
        io.err << QCoreApplication::translate("Cli", "%1: give --keep N with N a whole number of 0 or more.")
                      .arg(args.value(0))
               << '\n';
        return Usage;
    }
    // After --keep, so that a missing --keep is reported first.
    if (const auto stop = rejectExtraPositionals(parser, args, io, 0))
        return *stop;
    const auto endpoint = endpointFor(parser, host, io);
    if (!endpoint)
        return Failed;
    docker::EngineClient client(endpoint.value());
    const bool dryRun = parser.isSet(dryRunOption);
    const auto report = registry::pruneOldImages(client, keep, dryRun, parser.value(prefixOption));
    if (!report) {
        io.err << report.error().message << '\n';
        return Failed;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray skipped = toJson(report->skipped);
        for (int i = 0; i < skipped.size(); ++i) {
            QJsonObject o = skipped[i].toObject();
            o.insert(QStringLiteral("reason"), report->skippedReasons.value(i));
            skipped[i] = o;
        }
        io.out << QJsonDocument(
                      QJsonObject{{QStringLiteral("dryRun"), dryRun},
                                  {QStringLiteral("keep"), keep},
                                  {QStringLiteral("removed"), toJson(report->removed)},
                                  {QStringLiteral("kept"), toJson(report->kept)},
                                  {QStringLiteral("skipped"), skipped},
                                  {QStringLiteral("errors"), QJsonArray::fromStringList(report->errors)},
                                  {QStringLiteral("spaceReclaimed"), report->spaceReclaimed}})
                      .toJson(QJsonDocument::Indented);
    } else {
        for (const auto& img : report->removed)
            io.out << (dryRun ? QCoreApplication::translate("Cli", "would remove %1")
                              : QCoreApplication::translate("Cli", "removed %1"))
                          .arg(describe(img))
                   << '\n';
        for (int i = 0; i < report->skipped.size(); ++i)
            io.out << QCoreApplication::translate("Cli", "skipped %1: %2")
                          .arg(describe(report->skipped[i]), report->skippedReasons.value(i))
                   << '\n';
        for (const QString& e : report->errors)
            io.err << e << '\n';
        io.out << (dryRun ? QCoreApplication::translate("Cli",
                                                        "%1 image(s) would be removed, %2 kept, %3 skipped; "
                                                        "up to %4 would be reclaimed.")
                          : QCoreApplication::translate("Cli", "%1 image(s) removed, %2 kept, %3 skipped; %4 "
                                                               "reclaimed."))
                      .arg(report->removed.size())
                      .arg(report->kept.size())
                      .arg(report->skipped.size())
                      .arg(QLocale::c().formattedDataSize(report->spaceReclaimed))
               << '\n';
    }
    return report->errors.isEmpty() ? Success : Failed;
}

} // namespace mcpdock::cli
