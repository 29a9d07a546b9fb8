#include "imagebuild/dockerignore.h"

#include <QTest>

using mcpdock::imagebuild::DockerIgnore;

class TestDockerIgnore : public QObject
{
    Q_OBJECT

private slots:
    void matching_data();
    void matching();
    void parseErrors_data();
    void parseErrors();
    void cleanedPatterns();
    void cleanPath_data();
    void cleanPath();
    void buildControlFiles();
};

void TestDockerIgnore::matching_data()
{
    QTest::addColumn<QString>("ignore");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("excluded");

    QTest::newRow("star ext at root") << "*.md"
                                      << "README.md" << true;
    QTest::newRow("star does not cross folders") << "*.md"
                                                 << "docs/a.md" << false;
    QTest::newRow("double star any depth") << "**/*.md"
                                           << "docs/sub/a.md" << true;
    QTest::newRow("double star zero folders") << "**/*.md"
                                              << "a.md" << true;
    QTest::newRow("folder excludes contents") << "docs"
                                              << "docs/a/b.md" << true;
    QTest::newRow("trailing slash cleaned") << "docs/"
                                            << "docs/x" << true;
    QTest::newRow("prefix not a folder match") << "docs"
                                               << "docsx/a" << false;
    QTest::newRow("exception after wildcard") << "*\n!keep.txt"
                                              << "keep.txt" << false;
    QTest::newRow("wildcard still excludes others") << "*\n!keep.txt"
                                                    << "other.txt" << true;
    QTest::newRow("last match wins") << "!keep.txt\n*"
                                     << "keep.txt" << true;
    QTest::newRow("exception inside excluded folder") << "docs\n!docs/keep.md"
                                                      << "docs/keep.md" << false;
    QTest::newRow("sibling of exception stays out") << "docs\n!docs/keep.md"
                                                    << "docs/other.md" << true;
    QTest::newRow("leading slash") << "/secret.txt"
                                   << "secret.txt" << true;
    QTest::newRow("leading dot slash") << "./secret.txt"
                                       << "secret.txt" << true;
    QTest::newRow("exception with leading slash") << "*.txt\n!/a.txt"
                                                  << "a.txt" << false;
    QTest::newRow("comment line") << "# secret.txt"
                                  << "# secret.txt" << false;
    QTest::newRow("indented hash is a pattern") << "  # x"
                                                << "# x" << true;
    QTest::newRow("question mark") << "a?c"
                                   << "abc" << true;
    QTest::newRow("question mark not slash") << "a?c"
                                             << "a/c" << false;
    QTest::newRow("class in") << "[a-c].txt"
                              << "b.txt" << true;
    QTest::newRow("class out") << "[a-c].txt"
                               << "d.txt" << false;
    QTest::newRow("negated class") << "[^a].txt"
                                   << "a.txt" << false;
    QTest::newRow("escaped star literal") << "a\\*b"
                                          << "a*b" << true;
    QTest::newRow("escaped star not wildcard") << "a\\*b"
                                               << "axb" << false;
    QTest::newRow("dot is literal") << "a.b"
                                    << "axb" << false;
    QTest::newRow("plus is literal") << "a+b"
                                     << "a+b" << true;
    QTest::newRow("trailing double star") << "node_modules/**"
                                          << "node_modules/x/y.js" << true;
    QTest::newRow("trailing double star not the folder") << "node_modules/**"
                                                         << "node_modules" << false;
    QTest::newRow("nested folder anywhere") << "**/node_modules"
                                            << "a/b/node_modules/c.js" << true;
    QTest::newRow("double star in the middle") << "dir/**/file"
                                               << "dir/file" << true;
    QTest::newRow("double star in the middle deep") << "dir/**/file"
                                                    << "dir/a/b/file" << true;
    QTest::newRow("double star alone") << "**"
                                       << "anything/at/all" << true;
    QTest::newRow("dotdot cleaned") << "foo/../bar"
                                    << "bar" << true;
    QTest::newRow("crlf lines") << "a.txt\r\nb.txt\r\n"
                                << "b.txt" << true;
    QTest::newRow("blank lines and spaces") << "\n   \n  c.txt  \n"
                                            << "c.txt" << true;
    QTest::newRow("path cleaned before matching") << "a/b"
                                                  << "./a//b" << true;
    QTest::newRow("star in folder part") << "*/temp*"
                                         << "somedir/temporary.txt" << true;
    QTest::newRow("star in folder part is one level") << "*/temp*"
                                                      << "a/b/temporary.txt" << false;
    QTest::newRow("exception for nested file with double star") << "**/*.log\n!**/keep.log"
                                                                << "x/keep.log" << false;
    QTest::newRow("bom") << "\xEF\xBB\xBFsecret"
                         << "secret" << true;
    QTest::newRow("empty file") << ""
                                << "a" << false;
}

void TestDockerIgnore::matching()
{
    QFETCH(QString, ignore);
    QFETCH(QString, path);
    QFETCH(bool, excluded);
    QString error;
    const DockerIgnore di = DockerIgnore::parse(ignore.toUtf8(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(di.isExcluded(path), excluded);
}

void TestDockerIgnore::parseErrors_data()
{
    QTest::addColumn<QString>("ignore");
    QTest::newRow("lone bang") << "a\n!\n";
    QTest::newRow("unclosed class") << "[abc";
    QTest::newRow("empty class") << "[]";
}

void TestDockerIgnore::parseErrors()
{
    QFETCH(QString, ignore);
    QString error;
    const DockerIgnore di = DockerIgnore::parse(ignore.toUtf8(), &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(QLatin1String("line")));
    QVERIFY(di.isEmpty());
}

void TestDockerIgnore::cleanedPatterns()
{
    const DockerIgnore di = DockerIgnore::parse("/a/\n! ./b//c\n# c\nd/../e\n");
    QCOMPARE(di.patterns(), (QStringList{QStringLiteral("a"), QStringLiteral("!b/c"), QStringLiteral("e")}));
    QVERIFY(di.hasExceptions());
    QVERIFY(!DockerIgnore::parse("x").hasExceptions());
}

void TestDockerIgnore::cleanPath_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("empty") << ""
                           << ".";
    QTest::newRow("dot") << "./"
                         << ".";
    QTest::newRow("slashes") << "a//b/"
                             << "a/b";
    QTest::newRow("dotdot") << "a/b/../c"
                            << "a/c";
    QTest::newRow("leading dotdot kept") << "../a"
                                         << "../a";
    QTest::newRow("rooted dotdot") << "/../a"
                                   << "/a";
    QTest::newRow("root") << "/"
                          << "/";
}

void TestDockerIgnore::cleanPath()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(DockerIgnore::cleanPath(in), out);
}

void TestDockerIgnore::buildControlFiles()
{
    QVERIFY(DockerIgnore::isBuildControlFile(QStringLiteral("Dockerfile")));
    QVERIFY(DockerIgnore::isBuildControlFile(QStringLiteral("./.dockerignore")));
    QVERIFY(!DockerIgnore::isBuildControlFile(QStringLiteral("tools/Dockerfile")));
    QVERIFY(DockerIgnore::isBuildControlFile(QStringLiteral("imagebuild/Dockerfile.mcp"),
                                             QStringLiteral("imagebuild/Dockerfile.mcp")));
}

QTEST_APPLESS_MAIN(TestDockerIgnore)
#include "tst_dockerignore.moc"
