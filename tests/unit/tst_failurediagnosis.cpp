#include "docker/jsonstreamreader.h"
#include "imagebuild/buildstreamparser.h"
#include "imagebuild/failurediagnosis.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace mcpdock::imagebuild;
using mcpdock::docker::JsonMessage;
using mcpdock::docker::JsonStreamReader;

Q_DECLARE_METATYPE(Diagnosis::Kind)

namespace {

// Replays a stream recorded from the real daemon and diagnoses it as the builder does.
FailureInput inputFromRecording(const QString& name)
{
    QFile f(mcpdock::test::testDataDir() + QStringLiteral("/imagebuild/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    BuildStreamParser parser;
    JsonStreamReader reader;
    reader.feed(f.readAll(), [&parser](const JsonMessage& m) { parser.feed(m); });
    parser.finish();
    FailureInput in;
    in.step = parser.currentStep();
    in.instruction = parser.currentInstruction();
    in.daemonMessage = parser.error();
    in.recentOutput = parser.recentOutput();
    return in;
}

} // namespace

class TestFailureDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void recorded_data();
    void recorded();
    void synthetic_data();
    void synthetic();
    void pure();
};

void TestFailureDiagnosis::recorded_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Diagnosis::Kind>("kind");
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("subject");

    QTest::newRow("COPY of a missing file")
        << "missing.jsonl" << Diagnosis::Kind::MissingFile << 3 << "tools/gone.js";
    QTest::newRow("RUN exit 3") << "runfail.jsonl" << Diagnosis::Kind::RunFailed << 2
                                << "/bin/sh -c echo about to fail && exit 3";
    QTest::newRow("npm 404") << "npm404.jsonl" << Diagnosis::Kind::NpmPackageNotFound << 3
                             << "mcpdock-no-such-package-7f3a9c";
    QTest::newRow("npm without network") << "npmnet.jsonl" << Diagnosis::Kind::NpmRegistryUnreachable << 3
                                         << "https://registry.npmjs.org/mcpdock-no-such-package-7f3a9c";
    QTest::newRow("pip not on the index")
        << "pip404.jsonl" << Diagnosis::Kind::PipPackageNotFound << 2 << "mcpdock-no-such-package-7f3a9c";
    QTest::newRow("pip without network")
        << "pipnet.jsonl" << Diagnosis::Kind::PipIndexUnreachable << 2 << "mcpdock-no-such-package-7f3a9c";
    QTest::newRow("pip without DNS") << "pipnodns.jsonl" << Diagnosis::Kind::PipIndexUnreachable << 2
                                     << "mcpdock-no-such-package-7f3a9c";
    QTest::newRow("base image not local, registry unreachable")
        << "nobase.jsonl" << Diagnosis::Kind::RegistryUnreachable << 1 << "mcpdock-test/nosuch-base:1";
    QTest::newRow("base image needs a login") << "nobase2.jsonl" << Diagnosis::Kind::PullAccessDenied << 1
                                              << "127.0.0.1:46023/mcpdock/nosuch-base:1";
}

void TestFailureDiagnosis::recorded()
{
    QFETCH(QString, file);
    QFETCH(Diagnosis::Kind, kind);
    QFETCH(int, step);
    QFETCH(QString, subject);
    const FailureInput in = inputFromRecording(file);
    const Diagnosis d = diagnoseBuildFailure(in);
    QCOMPARE(Diagnosis::kindName(d.kind), Diagnosis::kindName(kind));
    QCOMPARE(d.step, step);
    QCOMPARE(d.instruction, in.instruction);
    QCOMPARE(d.subject, subject);
    QVERIFY(!d.message.isEmpty());
    QVERIFY(!d.suggestion.isEmpty());
    if (kind == Diagnosis::Kind::RunFailed)
        QCOMPARE(d.exitCode, 3);
}

void TestFailureDiagnosis::synthetic_data()
{
    QTest::addColumn<QString>("instruction");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("output");
    QTest::addColumn<Diagnosis::Kind>("kind");
    QTest::addColumn<QString>("subject");

    // The runtime's --check output (resources/runtime/server.js and server.py describe_error).
    QTest::newRow("node tool syntax error")
        << "RUN node server.js --check"
        << "The command '/bin/sh -c node server.js --check' returned a non-zero code: 1"
        << QStringList{QStringLiteral(
                           "error: tool \"forecast\" (tools/forecast.js): /app/tools/forecast.js:3"),
                       QStringLiteral("  return {;"), QStringLiteral("          ^"), QString(),
                       QStringLiteral("SyntaxError: Unexpected token ';'")}
        << Diagnosis::Kind::ToolSyntaxError << "tools/forecast.js";
    QTest::newRow("python tool syntax error")
        << "RUN [\"python\", \"server.py\", \"--check\"]"
        << "The command 'python server.py --check' returned a non-zero code: 1"
        << QStringList{QStringLiteral("error: tool \"lookup\" (tools/lookup.py): /app/tools/lookup.py:2: "
                                      "SyntaxError: invalid syntax")}
        << Diagnosis::Kind::ToolSyntaxError << "tools/lookup.py";
    QTest::newRow("tool without handler")
        << "RUN node server.js --check"
        << "The command '/bin/sh -c node server.js --check' returned a non-zero code: 1"
        << QStringList{QStringLiteral(
               "error: tool \"x\" (tools/x.js): must export a function handler(args, context)")}
        << Diagnosis::Kind::ToolCheckFailed << "tools/x.js";
    QTest::newRow("disk full during RUN")
        << "RUN npm ci"
        << "failed to copy files: copy file range failed: no space left on device" << QStringList{}
        << Diagnosis::Kind::DiskFull << "";
    QTest::newRow("disk full in npm output")
        << "RUN npm ci"
        << "The command '/bin/sh -c npm ci' returned a non-zero code: 228"
        << QStringList{QStringLiteral("npm error code ENOSPC"),
                       QStringLiteral("npm error nospc ENOSPC: no space left on device, write")}
        << Diagnosis::Kind::DiskFull << "";
    QTest::newRow("old daemon COPY wording")
        << "COPY tools/a.js ./tools/"
        << "COPY failed: stat /var/lib/docker/tmp/docker-builder123456/tools/a.js: no such file or directory"
        << QStringList{} << Diagnosis::Kind::MissingFile << "tools/a.js";
    QTest::newRow("Docker Hub: pull access denied")
        << "FROM nosuch/image:1"
        << "pull access denied for nosuch/image, repository does not exist or may require 'docker login': "
           "denied: "
           "requested access to the resource is denied"
        << QStringList{} << Diagnosis::Kind::PullAccessDenied << "nosuch/image:1";
    QTest::newRow("manifest unknown")
        << "FROM localhost:5000/base:9"
        << "manifest for localhost:5000/base:9 not found: manifest unknown: manifest unknown" << QStringList{}
        << Diagnosis::Kind::BaseImageNotFound << "localhost:5000/base:9";
    QTest::newRow("npm 8 wording")
        << "RUN npm install"
        << "The command '/bin/sh -c npm install' returned a non-zero code: 1"
        << QStringList{QStringLiteral("npm ERR! code E404"),
                       QStringLiteral("npm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2fnope "
                                      "- Not found"),
                       QStringLiteral("npm ERR! 404  '@acme/nope@^1.0.0' is not in this registry.")}
        << Diagnosis::Kind::NpmPackageNotFound << "@acme/nope";
    QTest::newRow("npm timeout") << "RUN npm ci"
                                 << "The command '/bin/sh -c npm ci' returned a non-zero code: 1"
                                 << QStringList{QStringLiteral("npm ERR! code ETIMEDOUT")}
                                 << Diagnosis::Kind::NpmRegistryUnreachable << "";
    QTest::newRow("unknown") << "LABEL x=y"
                             << "something odd" << QStringList{} << Diagnosis::Kind::Unknown << "";
}

void TestFailureDiagnosis::synthetic()
{
    QFETCH(QString, instruction);
    QFETCH(QString, message);
    QFETCH(QStringList, output);
    QFETCH(Diagnosis::Kind, kind);
    QFETCH(QString, subject);
    FailureInput in;
    in.step = 5;
    in.instruction = instruction;
    in.daemonMessage = message;
    in.recentOutput = output;
    const Diagnosis d = diagnoseBuildFailure(in);
    QCOMPARE(Diagnosis::kindName(d.kind), Diagnosis::kindName(kind));
    QCOMPARE(d.subject, subject);
    QCOMPARE(d.step, 5);
    QVERIFY(!d.suggestion.isEmpty());
    if (kind == Diagnosis::Kind::ToolSyntaxError)
        QVERIFY2(d.message.contains(QLatin1String("SyntaxError")), qPrintable(d.message));
}

void TestFailureDiagnosis::pure()
{
    FailureInput in = inputFromRecording(QStringLiteral("npm404.jsonl"));
    const Diagnosis a = diagnoseBuildFailure(in);
    const Diagnosis b = diagnoseBuildFailure(in);
    QCOMPARE(a.suggestion, b.suggestion);
    QCOMPARE(a.message, b.message);
    in.cancelled = true;
    QCOMPARE(diagnoseBuildFailure(in).kind, Diagnosis::Kind::Cancelled);
    in.cancelled = false;
    in.connectionLost = true;
    QCOMPARE(diagnoseBuildFailure(in).kind, Diagnosis::Kind::ConnectionLost);
}

QTEST_GUILESS_MAIN(TestFailureDiagnosis)
#include "tst_failurediagnosis.moc"
