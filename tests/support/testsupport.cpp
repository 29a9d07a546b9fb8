#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcessEnvironment>

namespace mcpdock::test {
namespace {

TestEnv loadTestEnv()
{
    TestEnv env;
    const QString file =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("MCPDOCK_TESTENV_FILE"));
    if (file.isEmpty()) {
        env.problem = QStringLiteral("MCPDOCK_TESTENV_FILE is not set: run integration tests through ctest "
                                     "(the testenv fixture starts the test daemon and registry).");
        return env;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        env.problem = QStringLiteral("The test environment file %1 cannot be read (%2): the test daemon did "
                                     "not start. See testenv_start's output and %3/dockerd.log.")
                          .arg(file, f.errorString(), file.section(QLatin1Char('/'), 0, -2));
        return env;
    }
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || eq <= 0)
            continue;
        QString value = line.mid(eq + 1);
        if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
            value = value.mid(1, value.size() - 2);
        env.all.insert(line.left(eq), value);
    }
    env.dir = env.all.value(QStringLiteral("MCPDOCK_TEST_DIR"));
    env.dockerHost = env.all.value(QStringLiteral("MCPDOCK_TEST_DOCKER_HOST"));
    env.dockerSocket = env.all.value(QStringLiteral("MCPDOCK_TEST_DOCKER_SOCKET"));
    env.registry = env.all.value(QStringLiteral("MCPDOCK_TEST_REGISTRY"));
    env.registryUser = env.all.value(QStringLiteral("MCPDOCK_TEST_REGISTRY_USER"));
    env.registryPassword = env.all.value(QStringLiteral("MCPDOCK_TEST_REGISTRY_PASSWORD"));
    env.hubMirror = env.all.value(QStringLiteral("MCPDOCK_TEST_HUB_MIRROR"));
    env.hubImages =
        env.all.value(QStringLiteral("MCPDOCK_TEST_HUB_IMAGES")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (env.problem.isEmpty() && !env.hubImages.contains(QLatin1String(NodeImage)))
        env.problem =
            QStringLiteral("The test environment's Docker Hub mirror does not serve %1 (%2)")
                .arg(QLatin1String(NodeImage), env.all.value(QStringLiteral("MCPDOCK_TEST_HUB_IMAGES")));

    QLocalSocket probe;
    probe.connectToServer(env.dockerSocket);
    if (!probe.waitForConnected(3000))
        env.problem = QStringLiteral("The test Docker daemon does not answer on %1: %2")
                          .arg(env.dockerSocket, probe.errorString());
    return env;
}

} // namespace

const TestEnv& testEnv()
{
    static const TestEnv env = loadTestEnv();
    return env;
}

QString sourceDir()
{
    return QStringLiteral(MCPDOCK_SOURCE_DIR);
}

QString testDataDir()
{
    return QStringLiteral(MCPDOCK_TEST_DATA_DIR);
}

QList<QList<QByteArrayView>> everySplit(const QByteArray& data)
{
    QList<QList<QByteArrayView>> splits;
    const QByteArrayView all(data);
    splits.append({all});
    for (qsizetype k = 1; k < data.size(); ++k)
        splits.append({all.first(k), all.sliced(k)});
    QList<QByteArrayView> bytes;
    for (qsizetype k = 0; k < data.size(); ++k)
        bytes.append(all.sliced(k, 1));
    splits.append(bytes);
    return splits;
}

bool copyProjectTree(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir src(from);
    for (const QFileInfo& fi : src.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString name = fi.fileName();
        if (name == QLatin1String(".build.log") || name.startsWith(QLatin1String(".build.log.")) ||
            name == QLatin1String("node_modules") || name == QLatin1String("__pycache__"))
            continue;
        const QString target = to + QLatin1Char('/') + name;
        if (fi.isDir() && !fi.isSymLink() ? !copyProjectTree(fi.filePath(), target)
                                          : !QFile::copy(fi.filePath(), target))
            return false;
    }
    return true;
}

QString copyExample(const QString& example, const QString& name, const QString& into)
{
    const QString dst = into + QLatin1Char('/') + name;
    if (!copyProjectTree(sourceDir() + QStringLiteral("/examples/") + example, dst))
        return {};
    QFile manifest(dst + QStringLiteral("/mcp.yaml"));
    if (!manifest.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = manifest.readAll();
    manifest.close();
    // The project's own name: the first top-level `name:` line.
    const qsizetype at = text.startsWith("name: ") ? 0 : text.indexOf("\nname: ") + 1;
    if (at < 0 || (at == 0 && !text.startsWith("name: ")))
        return {};
    const qsizetype end = text.indexOf('\n', at);
    const QByteArray line = QByteArray("name: ") + name.toUtf8();
    text.replace(at, (end < 0 ? text.size() : end) - at, line);
    if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate) || manifest.write(text) != text.size())
        return {};
    return dst;
}

} // namespace mcpdock::test
