// Links inside a project never carry what the build context leaves out (issue 16, item 1): a
// project whose tools folder holds `readme.txt -> ../.env` (git stores such links, so a cloned
// repository can hold one) is either refused naming the link, or builds an image whose `docker save`
// does not hold the .env value. Built on the real test daemon.

#include "buildtestbase.h"

#include <QUuid>

class TestContextLinks : public BuildTestBase
{
    Q_OBJECT

    // The image as `docker save` writes it: every layer's bytes.
    QByteArray saved(const QString& image)
    {
        QProcess save;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), test::testEnv().dockerHost);
        save.setProcessEnvironment(env);
        save.start(QStringLiteral("docker"), {QStringLiteral("save"), image});
        if (!save.waitForStarted(10000))
            return {};
        QByteArray out;
        while (save.state() != QProcess::NotRunning) {
            save.waitForReadyRead(1000);
            out += save.readAllStandardOutput();
        }
        out += save.readAllStandardOutput();
        if (save.exitCode() != 0)
            qWarning() << "docker save:" << save.readAllStandardError();
        return save.exitCode() == 0 ? out : QByteArray();
    }

    // Builds the weather-js example with `link` (project-relative) pointing at `target`.
    void checkLink(const QString& link, const QString& target, const QByteArray& secretFile,
                   const QByteArray& ignore = {})
    {
        QTemporaryDir dir;
        project::Project m = copyAndLoad(QStringLiteral("weather-js"), dir);
        const QByteArray secret = "MCPDOCK_LINK_SECRET_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        buildtest::writeFile(m.projectDir + QLatin1Char('/') + QString::fromUtf8(secretFile),
                             "API_TOKEN=" + secret + "\n");
        if (!ignore.isEmpty())
            buildtest::writeFile(m.projectDir + QStringLiteral("/.dockerignore"), ignore);
        QVERIFY(QFile::link(target, m.projectDir + QLatin1Char('/') + link));

        ImageBuildOptions o = options();
        const QString tag = QStringLiteral("mcpdock-itest-%1/links:latest").arg(m_run);
        o.tags = {tag};
        o.writeLog = false;
        auto built = buildMCPImage(m, o);
        if (!built) {
            // Refused: the message names the link, and says why.
            QVERIFY2(built.error().kind == BuildFailure::Kind::Context, qPrintable(built.error().message));
            QVERIFY2(built.error().message.contains(link), qPrintable(built.error().message));
            QCOMPARE(built.error().subject, link);
            return;
        }
        m_tagsToRemove << tag;
        const QByteArray image = saved(tag);
        QVERIFY2(image.size() > 1024, "docker save gave nothing to search");
        QVERIFY2(!image.contains(secret), qPrintable(QStringLiteral("the secret behind %1 is in the image "
                                                                    "(docker save of %2)")
                                                         .arg(link, tag)));
    }

private slots:
    void init() { baseInit(); }
    void cleanup() { baseCleanup(); }

    // A link to the .env the skip list keeps out.
    void linkToDotEnv() { checkLink(QStringLiteral("tools/readme.txt"), QStringLiteral("../.env"), ".env"); }
    // A link to a file only the project's .dockerignore keeps out.
    void linkToIgnoredFile()
    {
        checkLink(QStringLiteral("tools/notes.txt"), QStringLiteral("../private/token.txt"),
                  "private/token.txt", "private/\n");
    }
    // A link to a folder holding a secret.
    void linkToSecretFolder()
    {
        checkLink(QStringLiteral("tools/settings"), QStringLiteral("../.venv"), ".venv/credentials");
    }
};

MCPDOCK_BUILDTEST_MAIN(TestContextLinks)
#include "tst_contextlinks.moc"
