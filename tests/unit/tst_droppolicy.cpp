#include "project/droppolicy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using mcpdock::DropDecision;
using mcpdock::DropPolicy;

class TestDropPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString make(const QString& rel)
    {
        const QString path = m_dir.filePath(rel);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot create %s", qPrintable(path));
        f.write("name: x\n");
        return QFileInfo(path).canonicalFilePath();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        make(QStringLiteral("yaml/mcp.yaml"));
        make(QStringLiteral("yml/mcp.yml"));
        make(QStringLiteral("json/manifest.json"));
        make(QStringLiteral("both/mcp.yaml"));
        make(QStringLiteral("both/manifest.json"));
        make(QStringLiteral("other/readme.md"));
        make(QStringLiteral("other/MCP.YAML"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("empty")));
        make(QStringLiteral("sdk-node/package.json"));
        make(QStringLiteral("sdk-py/pyproject.toml"));
    }

    void decide_data()
    {
        QTest::addColumn<QStringList>("dropped"); // relative to the temp dir; "url:" for a remote URL
        QTest::addColumn<QStringList>("manifests");
        QTest::addColumn<QStringList>("refused");

        const QString y = QStringLiteral("yaml/mcp.yaml");
        QTest::newRow("mcp.yaml") << QStringList{y} << QStringList{y} << QStringList{};
        QTest::newRow("mcp.yml") << QStringList{QStringLiteral("yml/mcp.yml")}
                                 << QStringList{QStringLiteral("yml/mcp.yml")} << QStringList{};
        QTest::newRow("manifest.json") << QStringList{QStringLiteral("json/manifest.json")}
                                       << QStringList{QStringLiteral("json/manifest.json")} << QStringList{};
        QTest::newRow("folder") << QStringList{QStringLiteral("yaml")} << QStringList{y} << QStringList{};
        QTest::newRow("folder prefers mcp.yaml")
            << QStringList{QStringLiteral("both")} << QStringList{QStringLiteral("both/mcp.yaml")}
            << QStringList{};
        QTest::newRow("several") << QStringList{QStringLiteral("yaml"), QStringLiteral("json/manifest.json")}
                                 << QStringList{y, QStringLiteral("json/manifest.json")} << QStringList{};
        QTest::newRow("same twice") << QStringList{QStringLiteral("yaml"), y} << QStringList{y}
                                    << QStringList{};
        QTest::newRow("other file") << QStringList{QStringLiteral("other/readme.md")} << QStringList{}
                                    << QStringList{QStringLiteral("other/readme.md")};
        QTest::newRow("wrong case") << QStringList{QStringLiteral("other/MCP.YAML")} << QStringList{}
                                    << QStringList{QStringLiteral("other/MCP.YAML")};
        // A folder with an SDK server's package file: the folder itself goes to the loader.
        QTest::newRow("package.json folder") << QStringList{QStringLiteral("sdk-node")}
                                             << QStringList{QStringLiteral("sdk-node")} << QStringList{};
        QTest::newRow("pyproject folder") << QStringList{QStringLiteral("sdk-py")}
                                          << QStringList{QStringLiteral("sdk-py")} << QStringList{};
        QTest::newRow("folder without one")
            << QStringList{QStringLiteral("empty")} << QStringList{} << QStringList{QStringLiteral("empty")};
        QTest::newRow("missing") << QStringList{QStringLiteral("nope/mcp.yaml")} << QStringList{}
                                 << QStringList{QStringLiteral("nope/mcp.yaml")};
        QTest::newRow("mixed") << QStringList{QStringLiteral("other/readme.md"), y} << QStringList{y}
                               << QStringList{QStringLiteral("other/readme.md")};
        QTest::newRow("remote url") << QStringList{QStringLiteral("url:https://example.com/mcp.yaml")}
                                    << QStringList{}
                                    << QStringList{QStringLiteral("url:https://example.com/mcp.yaml")};
        QTest::newRow("nothing") << QStringList{} << QStringList{} << QStringList{};
    }
    void decide()
    {
        QFETCH(QStringList, dropped);
        QFETCH(QStringList, manifests);
        QFETCH(QStringList, refused);
        auto toUrl = [&](const QString& rel) {
            return rel.startsWith(QLatin1String("url:")) ? QUrl(rel.mid(4))
                                                         : QUrl::fromLocalFile(m_dir.filePath(rel));
        };
        QList<QUrl> urls;
        for (const QString& d : dropped)
            urls << toUrl(d);
        const DropDecision d = DropPolicy::decide(urls);

        QStringList expectedManifests;
        for (const QString& m : manifests)
            expectedManifests << QFileInfo(m_dir.filePath(m)).canonicalFilePath();
        QCOMPARE(d.manifests, expectedManifests);
        QStringList expectedRefused;
        for (const QString& r : refused)
            expectedRefused << (r.startsWith(QLatin1String("url:")) ? r.mid(4) : m_dir.filePath(r));
        QCOMPARE(d.refused, expectedRefused);
        QCOMPARE(d.acceptedAny(), !manifests.isEmpty());
        QCOMPARE(d.message().isEmpty(), refused.isEmpty());
        if (!refused.isEmpty())
            QVERIFY(d.message().contains(
                QStringLiteral("Drop an mcp.yaml, mcp.yml or manifest.json, or a folder holding one")));
    }

    void messageNamesTheRefusedFiles()
    {
        const DropDecision d =
            DropPolicy::decide({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("other/readme.md")))});
        QVERIFY2(d.message().contains(QStringLiteral("readme.md")), qPrintable(d.message()));
    }

    void commandLinePathsAreRelativeToTheWorkingDir()
    {
        const DropDecision d =
            DropPolicy::decidePaths({QStringLiteral("yaml"), QStringLiteral("missing.txt")}, m_dir.path());
        QCOMPARE(d.manifests,
                 QStringList{QFileInfo(m_dir.filePath(QStringLiteral("yaml/mcp.yaml"))).canonicalFilePath()});
        QCOMPARE(d.refused.size(), 1);
    }

    void manifestInFolder()
    {
        QCOMPARE(DropPolicy::manifestInFolder(m_dir.filePath(QStringLiteral("empty"))), QString());
        QVERIFY(DropPolicy::manifestInFolder(m_dir.filePath(QStringLiteral("yml")))
                    .endsWith(QLatin1String("/mcp.yml")));
    }
};

QTEST_GUILESS_MAIN(TestDropPolicy)
#include "tst_droppolicy.moc"
