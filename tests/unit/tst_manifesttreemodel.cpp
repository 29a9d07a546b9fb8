#include "itemmodels/manifesttreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using mcpdock::ManifestTreeModel;
using mcpdock::project::Project;
using mcpdock::project::ProjectIssue;
using mcpdock::project::ToolEntry;
using NodeType = ManifestTreeModel::NodeType;
using State = ManifestTreeModel::ValidationState;

namespace {

Project weather()
{
    Project m;
    m.manifestPath = QStringLiteral("/p/weather/mcp.yaml");
    m.projectDir = QStringLiteral("/p/weather");
    m.name = QStringLiteral("weather");
    m.version = QStringLiteral("1.2.0");
    m.description = QStringLiteral("Forecasts");
    ToolEntry t;
    t.name = QStringLiteral("forecast");
    t.file = QStringLiteral("tools/forecast.ts");
    t.language = ToolEntry::Language::TypeScript;
    t.line = 7;
    m.tools << t;
    t.name = QStringLiteral("alerts");
    t.file = QStringLiteral("tools/alerts.py");
    t.language = ToolEntry::Language::Python;
    t.line = 10;
    m.tools << t;
    ToolEntry c;
    c.name = QStringLiteral("postgres");
    c.file = QStringLiteral("connectors/pg.js");
    c.line = 14;
    m.connectors << c;
    m.npmDependencies.insert(QStringLiteral("zod"), QStringLiteral("^3.23.0"));
    m.pythonRequirements << QStringLiteral("httpx==0.27.0");
    m.packageJson = QStringLiteral("package.json");
    m.configFile = QStringLiteral("config.yaml");
    return m;
}

QList<ProjectIssue> problems()
{
    return {ProjectIssue{QStringLiteral("/p/broken/mcp.yaml"), 12, 5, QStringLiteral("tools[1].file"),
                         QStringLiteral("tools/x.py does not exist")},
            ProjectIssue{QStringLiteral("/p/broken/mcp.yaml"), 0, 0, QString(),
                         QStringLiteral("name is missing")}};
}

QModelIndex child(const QAbstractItemModel& m, const QModelIndex& parent, const QString& name)
{
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        if (i.data().toString() == name)
            return i;
    }
    return {};
}

} // namespace

class TestManifestTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void validProjectTree()
    {
        ManifestTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.setProject(QStringLiteral("/p/weather/mcp.yaml"), weather()), 0);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex project = model.index(0, 0);
        QCOMPARE(project.data().toString(), QStringLiteral("weather"));
        QCOMPARE(project.data(ManifestTreeModel::StateRole).value<State>(), State::Valid);
        QVERIFY(model.index(0, 1).data().toString().contains(QStringLiteral("1.2.0")));

        const QStringList groups{QStringLiteral("Tools"), QStringLiteral("Connectors"),
                                 QStringLiteral("Dependencies"), QStringLiteral("Config")};
        QCOMPARE(model.rowCount(project), groups.size());
        for (int r = 0; r < groups.size(); ++r)
            QCOMPARE(model.index(r, 0, project).data().toString(), groups.at(r));

        const QModelIndex tools = child(model, project, QStringLiteral("Tools"));
        QCOMPARE(model.rowCount(tools), 2);
        const QModelIndex forecast = model.index(0, 0, tools);
        QCOMPARE(forecast.data().toString(), QStringLiteral("forecast"));
        QCOMPARE(forecast.siblingAtColumn(1).data().toString(), QStringLiteral("tools/forecast.ts"));
        QCOMPARE(forecast.data(ManifestTreeModel::FileLocationRole).toString(), QStringLiteral("mcp.yaml:7"));
        QCOMPARE(forecast.data(ManifestTreeModel::NodeTypeRole).value<NodeType>(), NodeType::Tool);
        QVERIFY(forecast.data(Qt::ToolTipRole).toString().contains(QStringLiteral("TypeScript")));
        QCOMPARE(model.projectRowOf(forecast), 0);

        const QModelIndex deps = child(model, project, QStringLiteral("Dependencies"));
        QCOMPARE(model.rowCount(deps), 3); // zod, httpx, package.json
        const QModelIndex config = child(model, project, QStringLiteral("Config"));
        QCOMPARE(config.siblingAtColumn(1).data().toString(), QStringLiteral("config.yaml"));
        QVERIFY(model.manifestAt(0));
        QCOMPARE(model.manifestAt(0)->name, QStringLiteral("weather"));
    }

    void resourcesTemplatesAndPromptsHaveTheirGroups()
    {
        Project m = weather();
        mcpdock::project::ResourceEntry r;
        r.uri = QStringLiteral("docs://readme");
        r.name = QStringLiteral("readme");
        r.mimeType = QStringLiteral("text/plain");
        r.file = QStringLiteral("resources/readme.txt");
        r.line = 20;
        m.resources << r;
        mcpdock::project::ResourceTemplateEntry t;
        t.uriTemplate = QStringLiteral("file:///logs/{day}");
        t.name = QStringLiteral("logs");
        t.handler = QStringLiteral("resources/logs.py");
        t.language = ToolEntry::Language::Python;
        t.line = 23;
        m.resourceTemplates << t;
        mcpdock::project::PromptEntry p;
        p.name = QStringLiteral("review");
        p.description = QStringLiteral("Review a file");
        p.file = QStringLiteral("prompts/review.js");
        p.arguments << mcpdock::project::PromptArgument{QStringLiteral("file"), {}, true}
                    << mcpdock::project::PromptArgument{QStringLiteral("style"), {}, false};
        p.line = 26;
        m.prompts << p;

        ManifestTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m.manifestPath, m);
        const QModelIndex project = model.index(0, 0);
        const QStringList groups{QStringLiteral("Tools"),     QStringLiteral("Connectors"),
                                 QStringLiteral("Resources"), QStringLiteral("Resource templates"),
                                 QStringLiteral("Prompts"),   QStringLiteral("Dependencies"),
                                 QStringLiteral("Config")};
        QCOMPARE(model.rowCount(project), groups.size());
        for (int row = 0; row < groups.size(); ++row)
            QCOMPARE(model.index(row, 0, project).data().toString(), groups.at(row));

        const QModelIndex resources = child(model, project, QStringLiteral("Resources"));
        QCOMPARE(resources.siblingAtColumn(1).data().toString(), QStringLiteral("1"));
        const QModelIndex readme = model.index(0, 0, resources);
        QCOMPARE(readme.data().toString(), QStringLiteral("readme"));
        QCOMPARE(readme.siblingAtColumn(1).data().toString(), QStringLiteral("docs://readme"));
        QCOMPARE(readme.data(ManifestTreeModel::NodeTypeRole).value<NodeType>(), NodeType::Resource);
        QCOMPARE(readme.data(ManifestTreeModel::FileLocationRole).toString(), QStringLiteral("mcp.yaml:20"));
        QVERIFY(readme.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("resources/readme.txt (static)")));

        const QModelIndex logs =
            model.index(0, 0, child(model, project, QStringLiteral("Resource templates")));
        QCOMPARE(logs.siblingAtColumn(1).data().toString(), QStringLiteral("file:///logs/{day}"));
        QCOMPARE(logs.data(ManifestTreeModel::NodeTypeRole).value<NodeType>(), NodeType::ResourceTemplate);
        QVERIFY(logs.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Python")));

        const QModelIndex review = model.index(0, 0, child(model, project, QStringLiteral("Prompts")));
        QCOMPARE(review.data().toString(), QStringLiteral("review"));
        QCOMPARE(review.data(ManifestTreeModel::NodeTypeRole).value<NodeType>(), NodeType::Prompt);
        const QString tip = review.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Review a file")) &&
                     tip.contains(QStringLiteral("file, style?")),
                 qPrintable(tip));

        // Declared run-time inputs: secret and required shown, never a value for a secret.
        mcpdock::project::EnvVar token;
        token.name = QStringLiteral("API_TOKEN");
        token.secret = true;
        token.required = true;
        token.line = 30;
        mcpdock::project::EnvVar units;
        units.name = QStringLiteral("UNITS");
        units.defaultValue = QStringLiteral("metric");
        m.env << token << units;
        model.setProject(m.manifestPath, m);
        const QModelIndex inputs = child(model, model.index(0, 0), QStringLiteral("Inputs"));
        QVERIFY(inputs.isValid());
        QCOMPARE(model.rowCount(inputs), 2);
        QCOMPARE(model.index(0, 1, inputs).data().toString(), QStringLiteral("secret, required"));
        QCOMPARE(model.index(0, 0, inputs).data(ManifestTreeModel::NodeTypeRole).value<NodeType>(),
                 NodeType::Input);
        QCOMPARE(model.index(1, 1, inputs).data().toString(), QStringLiteral("default metric"));

        // A project without them keeps the four groups (validProjectTree).
        model.setProject(m.manifestPath, weather());
        QCOMPARE(model.rowCount(model.index(0, 0)), 4);
    }

    void invalidProjectShowsProblemsWithFileAndLine()
    {
        ManifestTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(QStringLiteral("/p/broken/mcp.yaml"), ManifestTreeModel::LoadResult(problems()));
        const QModelIndex project = model.index(0, 0);
        QCOMPARE(project.data().toString(), QStringLiteral("broken"));
        QCOMPARE(project.data(ManifestTreeModel::StateRole).value<State>(), State::Invalid);
        QVERIFY(project.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("mcp.yaml:12:5: tools[1].file")));
        QVERIFY(!model.manifestAt(0));
        const QModelIndex group = model.index(0, 0, project);
        QCOMPARE(model.rowCount(group), 2);
        const QModelIndex first = model.index(0, 0, group);
        QCOMPARE(first.data(ManifestTreeModel::NodeTypeRole).value<NodeType>(), NodeType::Problem);
        QCOMPARE(first.data().toString(), QStringLiteral("tools[1].file: tools/x.py does not exist"));
        QCOMPARE(first.siblingAtColumn(1).data().toString(), QStringLiteral("mcp.yaml:12"));
        QCOMPARE(model.index(1, 1, group).data().toString(), QStringLiteral("mcp.yaml")); // no line known
        QVERIFY(first.data(Qt::ForegroundRole).isValid());
    }

    void reloadReplacesTheProjectInPlace()
    {
        ManifestTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(QStringLiteral("/p/a/mcp.yaml"), ManifestTreeModel::LoadResult(problems()));
        model.setProject(QStringLiteral("/p/weather/mcp.yaml"), weather());
        QCOMPARE(model.projectCount(), 2);
        QCOMPARE(model.setProject(QStringLiteral("/p/a/mcp.yaml"), weather()), 0);
        QCOMPARE(model.projectCount(), 2);
        QCOMPARE(model.index(0, 0).data(ManifestTreeModel::StateRole).value<State>(), State::Valid);
        QCOMPARE(model.rowOfPath(QStringLiteral("/p/weather/mcp.yaml")), 1);
        model.removeProject(0);
        QCOMPARE(model.projectCount(), 1);
        QCOMPARE(model.index(0, 0).data(ManifestTreeModel::ManifestPathRole).toString(),
                 QStringLiteral("/p/weather/mcp.yaml"));
        QCOMPARE(model.projectRowOf(model.index(0, 0, model.index(0, 0))), 0);
    }
};

QTEST_MAIN(TestManifestTreeModel)
#include "tst_manifesttreemodel.moc"
