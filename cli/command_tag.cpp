// mcpdock tag IMAGE TAG...: give a local image more names.
#include "commands.h"

#include "docker/engineclient.h"
#include "registry/reference.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mcpdock::cli {

int runTag(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Tags a local image. Each TAG is a full reference (repo:tag, registry/ns/repo:tag) or a bare "
               "tag, which applies to IMAGE's repository."));
    const QCommandLineOption help = helpOption();
    const QCommandLineOption host = hostOption();
    parser.addOptions({help, host});
    parser.addPositionalArgument(QStringLiteral("IMAGE"),
                                 QCoreApplication::translate("Cli", "Local image name or ID."));
    parser.addPositionalArgument(QStringLiteral("TAG"), QCoreApplication::translate("Cli", "New names."),
                                 QStringLiteral("TAG..."));
    if (const auto stop = parseVerb(parser, args, io, help, AnyPositionals))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() < 2) {
        io.err << QCoreApplication::translate("Cli",
                                              "%1: give an IMAGE and at least one TAG. Run '%1 --help'.")
                      .arg(args.value(0))
               << '\n';
        return Usage;
    }
    const QString image = pos.first();

    // Validate everything before tagging anything: a typo in the third tag must not leave two done.
    QList<std::pair<QString, QString>> targets; // repository, tag
    for (const QString& t : pos.mid(1)) {
        QString full = t;
        if (!t.contains(QLatin1Char(':')) && !t.contains(QLatin1Char('/'))) {
            const auto src = registry::ReferenceParser::parse(image);
            if (!src) {
                io.err << QCoreApplication::translate(
                              "Cli", "%1: a bare tag needs IMAGE to be a name, not an ID: %2")
                              .arg(args.value(0), src.error().text())
                       << '\n';
                return Usage;
            }
            const auto tag = registry::ReferenceParser::parseTag(t);
            if (!tag) {
                io.err
                    << args.value(0) << ": " << tag.error().message << ' '
                    << QCoreApplication::translate("Cli", "Did you mean \"%1\"?").arg(tag.error().suggestion)
                    << '\n';
                return Usage;
            }
            full = src->familiarName() + QLatin1Char(':') + t;
        }
        const auto ref = registry::ReferenceParser::parse(full);
        if (!ref) {
            io.err << args.value(0) << ": " << ref.error().text() << '\n';
            return Usage;
        }
        if (!ref->digest.isEmpty()) {
            io.err << QCoreApplication::translate("Cli", "%1: \"%2\" has a digest; a tag cannot.")
                          .arg(args.value(0), t)
                   << '\n';
            return Usage;
        }
        targets.append({ref->familiarName(), ref->tagOrLatest()});
    }

    const auto endpoint = endpointFor(parser, host, io);
    if (!endpoint)
        return Failed;
    docker::EngineClient client(endpoint.value());
    for (const auto& [repo, tag] : targets) {
        const auto r = client.tagImage(image, repo, tag);
        if (!r) {
            io.err << QCoreApplication::translate("Cli", "Tagging %1 as %2:%3 failed: %4")
                          .arg(image, repo, tag, r.error().message)
                   << '\n';
            return Failed;
        }
        io.out << QCoreApplication::translate("Cli", "Tagged %1 as %2:%3").arg(image, repo, tag) << '\n';
    }
    return Success;
}

} // namespace mcpdock::cli
