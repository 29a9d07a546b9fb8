#include "cli.h"

#include "commands.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <iterator>

namespace mcpdock::cli {
namespace {

struct Verb
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList&, CliIo&);
};

// The one table of verbs: `mcpdock --help` prints it in this order.
constexpr Verb Verbs[] = {
    {"ping", QT_TRANSLATE_NOOP("Cli", "Check the Docker daemon: engine version, API version, OS/arch"),
     runPing},
    {"dockerfile", QT_TRANSLATE_NOOP("Cli", "Print the Dockerfile generated for a manifest"), runDockerfile},
    {"build", QT_TRANSLATE_NOOP("Cli", "Build the image of a manifest, tag it, print its ID"), runBuild},
    {"verify", QT_TRANSLATE_NOOP("Cli", "Run an image without network and check its MCP tools"), runVerify},
    {"try", QT_TRANSLATE_NOOP("Cli", "Run an image and call its tools, one command a line from stdin"),
     runTry},
    {"tag", QT_TRANSLATE_NOOP("Cli", "Give a local image more tags"), runTag},
    {"push", QT_TRANSLATE_NOOP("Cli", "Tag an image for a registry and push one tag (--dry-run to check)"),
     runPush},
    {"images", QT_TRANSLATE_NOOP("Cli", "List the images MCP Dock built"), runImages},
    {"prune", QT_TRANSLATE_NOOP("Cli", "Remove older builds, keeping the newest N per repository"), runPrune},
    {"login", QT_TRANSLATE_NOOP("Cli", "Check registry credentials and save them in the OS keychain"),
     runLogin},
    {"logout", QT_TRANSLATE_NOOP("Cli", "Remove the registry credentials saved in the app"), runLogout},
    {"run",
     QT_TRANSLATE_NOOP("Cli",
                       "Run an image's server with the inputs it declares; print the client configuration"),
     runRun},
    {"server-json",
     QT_TRANSLATE_NOOP("Cli", "Write (or --check) the MCP Registry's server.json for a published image"),
     runServerJson},
    {"catalog-entry",
     QT_TRANSLATE_NOOP("Cli", "Write the server.yaml a pull request to docker/mcp-registry needs"),
     runCatalogEntry},
};

const Verb* findVerb(const QString& name)
{
    const auto it = std::find_if(std::begin(Verbs), std::end(Verbs),
                                 [&](const Verb& v) { return name == QLatin1String(v.name); });
    return it == std::end(Verbs) ? nullptr : &*it;
}

void printHelp(QTextStream& out)
{
    out << QCoreApplication::translate("Cli", "Usage: mcpdock [VERB [OPTIONS]] | [MANIFEST...]") << '\n'
        << QCoreApplication::translate("Cli", "Without a verb, opens the desktop application "
                                              "(with the given manifests loaded).")
        << "\n\n"
        << QCoreApplication::translate("Cli", "Verbs:") << '\n';
    for (const Verb& v : Verbs)
        out << "  " << QString::fromLatin1(v.name).leftJustified(12) << ' '
            << QCoreApplication::translate("Cli", v.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("Cli", "Run 'mcpdock VERB --help' for a verb's options.") << '\n'
        << QCoreApplication::translate("Cli", "Exit codes: 0 success, 1 the operation failed, 2 usage error.")
        << '\n';
}

} // namespace

bool isCliInvocation(const QStringList& args)
{
    if (args.isEmpty())
        return false;
    const QString& first = args.first();
    if (first.startsWith(QLatin1Char('-')) || findVerb(first) != nullptr)
        return true;
    // A bare word that names no file ("mcpdock biuld") is a mistyped verb: say so on the terminal
    // instead of opening a window (or aborting without a display). Paths still open the app.
    return !first.contains(QLatin1Char('/')) && !first.contains(QLatin1Char('.')) &&
           !QFileInfo::exists(first);
}

int run(const QStringList& args, CliIo& io)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        printHelp(io.out);
        return Success;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        io.out << "mcpdock " << QStringLiteral(MCPDOCK_VERSION) << '\n';
        return Success;
    }
    const Verb* verb = findVerb(args.first());
    if (!verb) {
        io.err << QCoreApplication::translate("Cli", "mcpdock: unknown verb or option '%1'. "
                                                     "Run 'mcpdock --help' for the list.")
                      .arg(args.first())
               << '\n';
        return Usage;
    }
    QStringList verbArgs = args;
    verbArgs[0] = QStringLiteral("mcpdock ") + args.first();
    const int code = verb->run(verbArgs, io);
    io.out.flush();
    io.err.flush();
    return code;
}

} // namespace mcpdock::cli
