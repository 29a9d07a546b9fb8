// Redaction happens once, where the builder makes its events (issue 16, item 4): what the CLI
// prints and the GUI shows is as redacted as .build.log, the failure summary too; a JSON password
// field holding an escaped quote is masked whole; and a real build is given the secrets it carries
// (the project's .npmrc tokens) without anyone listing them. On the real test daemon.

#include "buildtestbase.h"
#include "imagebuild/buildlog.h"

#include <QUuid>

class TestBuildRedaction : public BuildTestBase
{
    Q_OBJECT

    static QByteArray busybox()
    {
        QFile bb(QStringLiteral("/bin/busybox"));
        return bb.open(QIODevice::ReadOnly) ? bb.readAll() : QByteArray();
    }

    // Where a secret shows up: event texts, the failure's fields, the log file.
    static QStringList whereIs(const QString& secret, const buildtest::Recorder& rec,
                               const Expected<BuildResult, BuildFailure>& built, const QString& logPath)
    {
        QStringList found;
        for (const BuildEvent& e : rec.events)
            if (e.text.contains(secret))
                found << QStringLiteral("event: ") + e.text;
        if (!built) {
            const BuildFailure& f = built.error();
            for (const QString& field : {f.message, f.instruction, f.subject, f.suggestion})
                if (field.contains(secret))
                    found << QStringLiteral("failure: ") + field;
        }
        QFile log(logPath);
        if (log.open(QIODevice::ReadOnly) && log.readAll().contains(secret.toUtf8()))
            found << QStringLiteral(".build.log");
        return found;
    }

private slots:
    void init() { baseInit(); }
    void cleanup() { baseCleanup(); }

    void eventsAndFailureRedacted()
    {
        const QByteArray bb = busybox();
        QVERIFY(!bb.isEmpty());
        const QString secret = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        const QString afterQuote =
            QStringLiteral("tail") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QTemporaryDir dir;
        BuildContextWriter context(dir.path());
        context.addMemoryFile(QStringLiteral("busybox"), bb, true);
        // The step prints the registered secret and a JSON password holding an escaped quote, then
        // fails, so the secret is in the daemon's error (the failure summary) too.
        const QByteArray script = "echo using " + secret.toUtf8() + "; echo '{\"password\": \"x\\\"" +
                                  afterQuote.toUtf8() + "\"}'; exit 3";
        QJsonArray run{QStringLiteral("/bin/busybox"), QStringLiteral("sh"), QStringLiteral("-c"),
                       QString::fromUtf8(script)};
        context.addMemoryFile(QStringLiteral("Dockerfile"),
                              "FROM scratch\nCOPY busybox /bin/busybox\nRUN " +
                                  QJsonDocument(run).toJson(QJsonDocument::Compact) + "\n");
        ImageBuildOptions o = options();
        o.secrets = {secret};
        ImageBuilder builder(o);
        buildtest::Recorder rec;
        builder.setEventHandler([&rec](const BuildEvent& e) { rec(e); });
        const auto built = builder.buildContext(context, dir.path(), o.labels);
        QVERIFY2(!built, "the step exits 3: the build must fail");
        // The step did run and print: the check below is about masking, not about missing output.
        bool sawMask = false;
        for (const BuildEvent& e : rec.events)
            sawMask =
                sawMask || (e.kind == BuildEvent::Kind::Output && e.text.contains(QStringLiteral("using ")));
        QVERIFY2(sawMask, "the step's output never arrived");
        const QString log = BuildLog::pathFor(dir.path());
        const QStringList leaks = whereIs(secret, rec, built, log) + whereIs(afterQuote, rec, built, log);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }

    // The token in the project's .npmrc is a secret of every build of it: a tool that prints it
    // while the image checks its tools does not put it in the events or the log.
    void npmrcTokenRedacted()
    {
        QTemporaryDir dir;
        project::Project m = copyAndLoad(QStringLiteral("weather-js"), dir);
        const QString token = QStringLiteral("npm_") + QUuid::createUuid().toString(QUuid::Id128);
        buildtest::writeFile(m.projectDir + QStringLiteral("/.npmrc"),
                             "//npm.example.com/:_authToken=" + token.toUtf8() + "\nalways-auth=true\n");
        QFile tool(m.projectDir + QStringLiteral("/tools/convert.js"));
        QVERIFY(tool.open(QIODevice::Append));
        tool.write("\nconsole.log('token in use: " + token.toUtf8() + "');\n");
        tool.close();

        ImageBuildOptions o = options();
        const QString tag = QStringLiteral("mcpdock-itest-%1/redaction:latest").arg(m_run);
        o.tags = {tag};
        buildtest::Recorder rec;
        const auto built = buildMCPImage(m, o, [&rec](const BuildEvent& e) { rec(e); });
        if (built)
            m_tagsToRemove << tag;
        bool printed = false;
        for (const BuildEvent& e : rec.events)
            printed = printed || e.text.contains(QStringLiteral("token in use: "));
        QVERIFY2(printed, "the tool's line never arrived: the check cannot tell anything");
        const QStringList leaks = whereIs(token, rec, built, BuildLog::pathFor(m.projectDir));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }
};

MCPDOCK_BUILDTEST_MAIN(TestBuildRedaction)
#include "tst_buildredaction.moc"
