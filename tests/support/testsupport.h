#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QTest>

namespace mcpdock::test {

// The private Docker daemon and registry that tests/support/testenv.sh started, read from the file
// it wrote (MCPDOCK_TESTENV_FILE, set by ctest for integration and GUI tests).
struct TestEnv
{
    QString dir;          // the test environment's state folder
    QString dockerHost;   // unix:///.../docker.sock
    QString dockerSocket; // /.../docker.sock
    QString registry;     // 127.0.0.1:PORT (htpasswd auth, plain HTTP)
    QString registryUser;
    QString registryPassword;
    QString baseNode;           // local stand-in for node:20-alpine / node:20-bookworm-slim
    QString basePython;         // local stand-in for python:3.11-slim
    QMap<QString, QString> all; // every KEY=VALUE of the file

    // Empty when usable; otherwise why the environment cannot be used.
    QString problem;
};

const TestEnv& testEnv();

QString sourceDir();   // the repository root
QString testDataDir(); // tests/data

// A byte stream cut every way a reader can receive it: whole, in two at every offset, and one
// byte at a time. Parsers fed each split must produce the same result.
QList<QList<QByteArrayView>> everySplit(const QByteArray& data);

// Copies examples/<example> to <into>/<name> and renames the project in its mcp.yaml to <name>, so
// runs in parallel never share tags. Returns the copy's folder, or an empty string on failure.
QString copyExample(const QString& example, const QString& name, const QString& into);

} // namespace mcpdock::test

// In initTestCase() of every test that needs the daemon: fails the whole suite loudly (never
// skips) when the environment is not there.
#define MCPDOCK_REQUIRE_TESTENV()                                                                            \
    do {                                                                                                     \
        const auto& mcpdockEnv_ = ::mcpdock::test::testEnv();                                                \
        if (!mcpdockEnv_.problem.isEmpty())                                                                  \
            QFAIL(qPrintable(mcpdockEnv_.problem));                                                          \
    } while (false)
