// Prune against the real daemon: per repository the newest N of our builds stay, an image a
// container uses is skipped, an image without our label is never touched, a dry run removes nothing.
#include "registrytesthelpers.h"
#include "testsupport.h"

#include "commands.h"
#include "docker/endpoint.h"
#include "docker/engineclient.h"
#include "registry/localimages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

using namespace mcpdock;
using namespace mcpdock::registry;

class tst_Prune : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsOnlyOurImages();
    void dryRunRemovesNothing();
    void cliDryRunJson();
    void pruneKeepsNewestPerRepository();
    void usageErrors();
    void imagesHidesUntagged();

private:
    bool exists(const QString& ref) const { return m_client->inspectImage(ref).ok(); }
    QStringList ids(const QList<LocalImage>& images) const;

    std::unique_ptr<docker::EngineClient> m_client;
    QString m_prefix;             // mcpdock-prunetest-<run>/
    QMap<QString, QString> m_ids; // "alpha:b1" -> image id
    QString m_foreignId;
    QString m_containerId;
};

QStringList tst_Prune::ids(const QList<LocalImage>& images) const
{
    QStringList out;
    for (const LocalImage& i : images)
        out << m_ids.key(i.id, i.id);
    out.sort();
    return out;
}

void tst_Prune::initTestCase()
{
    MCPDOCK_REQUIRE_TESTENV();
    const auto endpoint = docker::parseHost(test::testEnv().dockerHost, QStringLiteral("test environment"));
    QVERIFY(endpoint.ok());
    m_client = std::make_unique<docker::EngineClient>(endpoint.value());
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36) +
                        QString::number(QRandomGenerator::global()->bounded(1000000), 36);
    m_prefix = QStringLiteral("mcpdock-prunetest-") + run + QLatin1Char('/');

    QString error;
    // Oldest first: a foreign image (no label of ours) in repository alpha.
    m_foreignId = test::buildManagedImage(*m_client, {m_prefix + QStringLiteral("alpha:foreign")}, {}, {},
                                          (run + QStringLiteral(" foreign")).toUtf8(), &error, false);
    QVERIFY2(!m_foreignId.isEmpty(), qPrintable(error));
    // Four builds per repository, a second apart (the daemon's created time has whole seconds).
    for (int i = 1; i <= 4; ++i) {
        for (const QString& repo : {QStringLiteral("alpha"), QStringLiteral("beta")}) {
            QThread::msleep(1100);
            const QString name = repo + QStringLiteral(":b") + QString::number(i);
            const QString id =
                test::buildManagedImage(*m_client, {m_prefix + name}, repo, QStringLiteral("1.0.%1").arg(i),
                                        (run + name).toUtf8(), &error);
            QVERIFY2(!id.isEmpty(), qPrintable(error));
            m_ids.insert(name, id);
        }
    }
    // The oldest alpha build is used by a (never started) container.
    const auto created = m_client->createContainer(
        QJsonObject{{QStringLiteral("Image"), m_ids.value(QStringLiteral("alpha:b1"))},
                    {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("/busybox"), QStringLiteral("true")}},
                    {QStringLiteral("HostConfig"),
                     QJsonObject{{QStringLiteral("NetworkMode"), QStringLiteral("none")}}}});
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    m_containerId = created.value();
}

void tst_Prune::cleanupTestCase()
{
    if (!m_client)
        return;
    if (!m_containerId.isEmpty())
        m_client->removeContainer(m_containerId, true);
    for (const QString& id : m_ids)
        m_client->removeImage(id, true);
    if (!m_foreignId.isEmpty())
        m_client->removeImage(m_foreignId, true);
}

void tst_Prune::listsOnlyOurImages()
{
    const auto listed = listLocalImages(*m_client, m_prefix);
    QVERIFY2(listed.ok(), listed.ok() ? "" : qPrintable(listed.error().message));
    QCOMPARE(listed->size(), 8);
    // Newest first.
    QCOMPARE(listed->first().id, m_ids.value(QStringLiteral("beta:b4")));
    QCOMPARE(listed->last().id, m_ids.value(QStringLiteral("alpha:b1")));
    for (const LocalImage& img : *listed) {
        QVERIFY(img.id != m_foreignId);
        QCOMPARE(img.tools, (QStringList{QStringLiteral("forecast"), QStringLiteral("alerts")}));
        QVERIFY(img.size > 0);
        QVERIFY(img.created.isValid());
        QCOMPARE(img.containers, img.id == m_ids.value(QStringLiteral("alpha:b1")) ? 1 : 0);
    }
    const LocalImage& b4 = listed->first();
    QCOMPARE(b4.repository, m_prefix + QStringLiteral("beta"));
    QCOMPARE(b4.tags, QStringList{m_prefix + QStringLiteral("beta:b4")});
    QCOMPARE(b4.projectName, QStringLiteral("beta"));
    QCOMPARE(b4.projectVersion, QStringLiteral("1.0.4"));

    const auto onlyAlpha = listLocalImages(*m_client, m_prefix + QStringLiteral("alpha"));
    QVERIFY(onlyAlpha.ok());
    QCOMPARE(onlyAlpha->size(), 4);

    // The CLI shows the same.
    QString out;
    QString err;
    QTextStream os(&out);
    QTextStream es(&err);
    cli::CliIo io{os, es, nullptr, QProcessEnvironment::systemEnvironment()};
    QCOMPARE(cli::runImages({QStringLiteral("mcpdock images"), QStringLiteral("--prefix"), m_prefix,
                             QStringLiteral("--json"), QStringLiteral("--host"), test::testEnv().dockerHost},
                            io),
             0);
    os.flush();
    const QJsonArray arr = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(arr.size(), 8);
    QCOMPARE(arr.first().toObject().value(QStringLiteral("tools")).toArray().size(), 2);

    // The table: one row per image under its header, the ID column aligned in every row.
    out.clear();
    QCOMPARE(cli::runImages({QStringLiteral("mcpdock images"), QStringLiteral("--prefix"), m_prefix,
                             QStringLiteral("--host"), test::testEnv().dockerHost},
                            io),
             0);
    os.flush();
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 8);
    const qsizetype idColumn = lines.first().indexOf(QStringLiteral("ID"));
    QVERIFY(idColumn > 0);
    for (const QJsonValue& v : arr) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString().mid(7, 12);
        const auto row =
            std::find_if(lines.begin(), lines.end(), [&](const QString& l) { return l.contains(id); });
        QVERIFY2(row != lines.end(), qPrintable(id));
        QCOMPARE(row->indexOf(id), idColumn);
    }
}

void tst_Prune::dryRunRemovesNothing()
{
    const auto report = pruneOldImages(*m_client, 2, true, m_prefix);
    QVERIFY(report.ok());
    QVERIFY(report->dryRun);
    QCOMPARE(ids(report->removed),
             (QStringList{QStringLiteral("alpha:b2"), QStringLiteral("beta:b1"), QStringLiteral("beta:b2")}));
    QCOMPARE(ids(report->skipped), QStringList{QStringLiteral("alpha:b1")});
    QVERIFY(report->skippedReasons.first().contains(QStringLiteral("container")));
    QCOMPARE(report->kept.size(), 4);
    QVERIFY(report->spaceReclaimed > 0);
    for (const QString& name : m_ids.keys())
        QVERIFY2(exists(m_prefix + name), qPrintable(name));
    QVERIFY(exists(m_prefix + QStringLiteral("alpha:foreign")));
}

void tst_Prune::cliDryRunJson()
{
    QString out;
    QString err;
    QTextStream os(&out);
    QTextStream es(&err);
    cli::CliIo io{os, es, nullptr, QProcessEnvironment::systemEnvironment()};
    QCOMPARE(cli::runPrune({QStringLiteral("mcpdock prune"), QStringLiteral("--keep"), QStringLiteral("3"),
                            QStringLiteral("--dry-run"), QStringLiteral("--prefix"), m_prefix,
                            QStringLiteral("--json"), QStringLiteral("--host"), test::testEnv().dockerHost},
                           io),
             0);
    os.flush();
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("dryRun")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("removed")).toArray().size(), 1); // beta:b1
    QCOMPARE(json.value(QStringLiteral("skipped")).toArray().size(), 1); // alpha:b1, in use
    QCOMPARE(json.value(QStringLiteral("kept")).toArray().size(), 6);
    for (const QString& name : m_ids.keys())
        QVERIFY(exists(m_prefix + name));
}

void tst_Prune::pruneKeepsNewestPerRepository()
{
    const auto report = pruneOldImages(*m_client, 2, false, m_prefix);
    QVERIFY(report.ok());
    QVERIFY2(report->errors.isEmpty(), qPrintable(report->errors.join(QLatin1Char('\n'))));
    QCOMPARE(ids(report->removed),
             (QStringList{QStringLiteral("alpha:b2"), QStringLiteral("beta:b1"), QStringLiteral("beta:b2")}));
    QCOMPARE(ids(report->skipped), QStringList{QStringLiteral("alpha:b1")});
    QVERIFY(report->spaceReclaimed > 0);

    for (const QString& gone :
         {QStringLiteral("alpha:b2"), QStringLiteral("beta:b1"), QStringLiteral("beta:b2")}) {
        QVERIFY2(!exists(m_prefix + gone), qPrintable(gone));
        QVERIFY(!m_client->inspectImage(m_ids.value(gone)).ok()); // deleted, not just untagged
    }
    for (const QString& kept :
         {QStringLiteral("alpha:b1"), QStringLiteral("alpha:b3"), QStringLiteral("alpha:b4"),
          QStringLiteral("beta:b3"), QStringLiteral("beta:b4")})
        QVERIFY2(exists(m_prefix + kept), qPrintable(kept));
    QVERIFY(exists(m_prefix + QStringLiteral("alpha:foreign")));

    // Exactly N per repository remain of our builds (plus the one in use).
    const auto after = listLocalImages(*m_client, m_prefix);
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 5);
    // Running it again changes nothing.
    const auto again = pruneOldImages(*m_client, 2, false, m_prefix);
    QVERIFY(again.ok());
    QVERIFY(again->removed.isEmpty());
    QCOMPARE(again->skipped.size(), 1);
}

void tst_Prune::usageErrors()
{
    QString out;
    QString err;
    QTextStream os(&out);
    QTextStream es(&err);
    cli::CliIo io{os, es, nullptr, QProcessEnvironment::systemEnvironment()};
    QCOMPARE(cli::runPrune({QStringLiteral("mcpdock prune")}, io), 2);
    QCOMPARE(
        cli::runPrune({QStringLiteral("mcpdock prune"), QStringLiteral("--keep"), QStringLiteral("-1")}, io),
        2);
    QCOMPARE(
        cli::runPrune({QStringLiteral("mcpdock prune"), QStringLiteral("--keep"), QStringLiteral("x")}, io),
        2);
}

// An earlier build whose tag moved to a newer build is untagged: `mcpdock images` leaves it out and
// says how many it left out; --all lists it as "<untagged PROJECT>".
void tst_Prune::imagesHidesUntagged()
{
    const QString run = m_prefix.section(QLatin1Char('-'), -1).chopped(1);
    const QString project = QStringLiteral("untaggedtest") + run;
    const QString tag = m_prefix + QStringLiteral("gamma:moved");
    QString error;
    const QString oldId = test::buildManagedImage(*m_client, {tag}, project, QStringLiteral("1.0.0"),
                                                  (run + QStringLiteral(" old")).toUtf8(), &error);
    QVERIFY2(!oldId.isEmpty(), qPrintable(error));
    const QString newId = test::buildManagedImage(*m_client, {tag}, project, QStringLiteral("1.0.1"),
                                                  (run + QStringLiteral(" new")).toUtf8(), &error);
    QVERIFY2(!newId.isEmpty(), qPrintable(error));
    m_ids.insert(QStringLiteral("gamma:old"), oldId);
    m_ids.insert(QStringLiteral("gamma:moved"), newId);
    QVERIFY(oldId != newId);

    const auto runImages = [](const QStringList& extra, QString& out, QString& err) {
        QTextStream os(&out);
        QTextStream es(&err);
        cli::CliIo io{os, es, nullptr, QProcessEnvironment::systemEnvironment()};
        const int code = cli::runImages(QStringList{QStringLiteral("mcpdock images"),
                                                    QStringLiteral("--host"), test::testEnv().dockerHost} +
                                            extra,
                                        io);
        os.flush();
        es.flush();
        return code;
    };
    const auto jsonIds = [](const QString& out) {
        QStringList found;
        for (const QJsonValue& v : QJsonDocument::fromJson(out.toUtf8()).array())
            found << v.toObject().value(QStringLiteral("id")).toString();
        return found;
    };
    QString out, err;
    QCOMPARE(runImages({QStringLiteral("--json")}, out, err), 0);
    QVERIFY(jsonIds(out).contains(newId));
    QVERIFY(!jsonIds(out).contains(oldId));
    out.clear();
    err.clear();
    QCOMPARE(runImages({QStringLiteral("--json"), QStringLiteral("--all")}, out, err), 0);
    QVERIFY(jsonIds(out).contains(oldId));
    out.clear();
    err.clear();
    QCOMPARE(runImages({}, out, err), 0);
    QVERIFY2(!out.contains(QStringLiteral("<untagged ") + project), qPrintable(out));
    QVERIFY2(err.contains(QStringLiteral("untagged image(s)")) && err.contains(QStringLiteral("--all")),
             qPrintable(err));
    out.clear();
    err.clear();
    QCOMPARE(runImages({QStringLiteral("-a")}, out, err), 0);
    QVERIFY2(out.contains(QStringLiteral("<untagged ") + project + QLatin1Char('>')), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("(previous build)")), qPrintable(out));
    QVERIFY(err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Prune)
#include "tst_prune.moc"
