#pragma once

#include "cli.h"
#include "docker/endpoint.h"
#include "project/project.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

// What every verb does the same way: its -h/--help and -H/--host options, parsing with the same
// messages and exit codes, and resolving the daemon endpoint. Verbs keep their own checks.
namespace mcpdock::cli {

// For parseVerb's maxPositionals: the verb checks its positional arguments itself.
inline constexpr int AnyPositionals = -1;

// -h, --help: "Show this help."
QCommandLineOption helpOption();

// -H, --host URL, with the description every daemon verb shares. The overload is for a verb that
// accepts the option without using it and says so in its own description (logout).
QCommandLineOption hostOption();
QCommandLineOption hostOption(const QString& description);

// Parses args (args[0] is "mcpdock <verb>") and handles what ends the verb early. Returns the exit
// code when the verb must stop: Success after printing the help; Usage after printing a parse error
// or, when there are more than maxPositionals positional arguments, "unexpected argument". Returns
// nothing when the verb goes on.
std::optional<int> parseVerb(QCommandLineParser& parser, const QStringList& args, CliIo& io,
                             const QCommandLineOption& help, int maxPositionals);

// The "unexpected argument" check alone, for a verb that checks its options first. Returns Usage
// after printing the message when there are more than maxPositionals positional arguments.
std::optional<int> rejectExtraPositionals(const QCommandLineParser& parser, const QStringList& args,
                                          CliIo& io, int maxPositionals);

// The daemon endpoint from --host, DOCKER_HOST, the Docker context or the default socket. On
// failure prints the reason (which names the next step) and returns nothing; the verb returns Failed.
std::optional<docker::Endpoint> endpointFor(const QCommandLineParser& parser, const QCommandLineOption& host,
                                            CliIo& io);

// Loads the project a verb was given (a manifest, a folder); on failure prints every problem as
// file:line:column: field: message and returns nothing (the verb returns Failed).
std::optional<project::Project> loadProjectOrReport(const QString& pathOrReference, CliIo& io);

// Writes bytes to path atomically (and says so on stderr), or to stdout for an empty path or "-".
// False after printing why it could not.
bool writeOutput(const QString& path, const QByteArray& bytes, CliIo& io);

} // namespace mcpdock::cli
