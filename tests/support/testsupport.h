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
    QString hubMirror;          // the daemon's registry-mirror standing in for Docker Hub
    QStringList hubImages;      // what it serves under Docker Hub's names (node:20-alpine...)
    QMap<QString, QString> all; // every KEY=VALUE of the file

    // Empty when usable; otherwise why the environment cannot be used.
    QString problem;
};

const TestEnv& testEnv();

// Base images the tests name in their own Dockerfiles: Docker Hub's names, served by the test
// daemon's mirror (tests/support/make-base-images.sh), as the generator's defaults are.
inline constexpr char NodeImage[] = "node:20-alpine";
inline constexpr char PythonImage[] = "python:3.11-slim";

QString sourceDir();   // the repository root
QString testDataDir(); // tests/data

// A byte stream cut every way a reader can receive it: whole, in two at every offset, and one
// byte at a time. Parsers fed each split must produce the same result.
QList<QList<QByteArrayView>> everySplit(const QByteArray& data);

// Copies a project folder as it is in the repository: what builds and runs leave in it (.build.log
// and its rotations, node_modules/, __pycache__/) stays behind, so a test never reads an earlier
// build's log as its own. False when a file could not be copied.
bool copyProjectTree(const QString& from, const QString& to);

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
