#pragma once

#include <QIODevice>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace mcpdock::cli {

enum ExitCode
{
    Success = 0,
    Failed = 1,
    Usage = 2
};

// What a verb reads and writes; tests give their own buffers and environment.
struct CliIo
{
    QTextStream& out;
    QTextStream& err;
    QIODevice* in = nullptr; // standard input (--password-stdin)
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
};

// True when args (argv without the program name) ask for the headless CLI: a verb, --help or
// --version. Anything else (no arguments, or manifest paths) opens the GUI.
bool isCliInvocation(const QStringList& args);

// Runs one verb; args is argv without the program name. Returns an ExitCode.
int run(const QStringList& args, CliIo& io);

} // namespace mcpdock::cli
