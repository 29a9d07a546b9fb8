#pragma once

#include "cli.h"

// One function per verb, each in its own command_<verb>.cpp; args are the verb's own arguments
// with the program name and the verb in front (argv[0] "mcpdock ping"), ready for QCommandLineParser.
namespace mcpdock::cli {

int runPing(const QStringList& args, CliIo& io);
int runDockerfile(const QStringList& args, CliIo& io);
int runBuild(const QStringList& args, CliIo& io);
int runVerify(const QStringList& args, CliIo& io);
int runTry(const QStringList& args, CliIo& io);
int runTag(const QStringList& args, CliIo& io);
int runPush(const QStringList& args, CliIo& io);
int runImages(const QStringList& args, CliIo& io);
int runPrune(const QStringList& args, CliIo& io);
int runLogin(const QStringList& args, CliIo& io);
int runLogout(const QStringList& args, CliIo& io);
int runServerJson(const QStringList& args, CliIo& io);
int runCatalogEntry(const QStringList& args, CliIo& io);
int runRun(const QStringList& args, CliIo& io);

} // namespace mcpdock::cli
