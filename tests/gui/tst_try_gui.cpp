// The Try window against the real test daemon, offscreen: a built example opened from the Images
// tab, a form generated from the tool's input schema filled through its editors, validation before
// sending, the call and its rendered result (isError in red), the history, the client
// configuration, and no container left after closing the window or the main window.
#include "docker/engineclient.h"
#include "guitestsupport.h"
#include "imagebuild/imagebuilder.h"
#include "images/imagespane.h"
#include "itemmodels/imagelistmodel.h"
#include "itemmodels/schemaformmodel.h"
#include "mainwindow.h"
#include "manifest/manifestloader.h"
#include "testsupport.h"
#include "try/trypane.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace mcpdock;
using namespace mcpdock::widgets;

class TestTryGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void callAToolFromTheForm();
    void quittingTheAppRemovesTheContainer();
    void resourcesAndPromptsTabs();
    void renderingTextJsonImagesErrors();

private:
    TryPane* openTry(MainWindow& w);
    QStringList containersOfImage();
    // Types text into the value editor of a field, as a user would, and commits it with Return.
    void typeInto(QTreeView* view, const QString& path, const QString& text);

    docker::Endpoint m_endpoint;
    QString m_image;
};

void TestTryGui::initTestCase()
{
    MCPDOCK_REQUIRE_WINDOW_TESTENV();
    auto ep = docker::parseHost(test::testEnv().dockerHost, QStringLiteral("test env"));
    QVERIFY2(ep.ok(), ep.ok() ? "" : qPrintable(ep.error().message));
    m_endpoint = *ep;
    QTemporaryDir dir;
    const QString project =
        test::copyExample(QStringLiteral("weather-js"), QStringLiteral("weather-js"), dir.path());
    auto m = manifest::loadManifest(project);
    QVERIFY(m.ok());
    imagebuild::ImageBuildOptions o;
    o.endpoint = m_endpoint;
    m_image = QStringLiteral("mcpdock-guitest-try%1/weather:latest")
                  .arg(QRandomGenerator::global()->generate() % 1000000);
    o.tags = {m_image};
    const auto r = imagebuild::buildMCPImage(*m, o);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
}

void TestTryGui::cleanupTestCase()
{
    if (m_image.isEmpty())
        return;
    docker::EngineClient client(m_endpoint);
    client.removeImage(m_image, true);
}

QStringList TestTryGui::containersOfImage()
{
    docker::EngineClient client(m_endpoint);
    auto containers = client.listContainers(true);
    if (!containers)
        return {QStringLiteral("<cannot list: %1>").arg(containers.error().message)};
    QStringList ids;
    for (const auto& c : *containers)
        if (c.image == m_image)
            ids << c.id;
    return ids;
}

TryPane* TestTryGui::openTry(MainWindow& w)
{
    QString id;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(w.imageModel()->rowCount() > 0, 20'000);
    }();
    for (const auto& img : w.imageModel()->images())
        if (img.tags.contains(m_image))
            id = img.id;
    if (id.isEmpty())
        return nullptr;
    w.imagesPane()->selectId(id);
    auto* button = w.imagesPane()->findChild<QPushButton*>(QStringLiteral("imagesTry"));
    if (!button || !button->isEnabled())
        return nullptr;
    button->click();
    return w.findChild<TryPane*>();
}

void TestTryGui::typeInto(QTreeView* view, const QString& path, const QString& text)
{
    auto* model = view->model();
    QModelIndex field;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(SchemaFormModel::PathRole).toString() == path)
            field = model->index(r, SchemaFormModel::ValueColumn);
    QVERIFY2(field.isValid(), qPrintable(path));
    view->setCurrentIndex(field);
    view->edit(field);
    auto* combo = view->viewport()->findChild<QComboBox*>(QStringLiteral("schemaFormEnum"));
    auto* edit = view->viewport()->findChild<QLineEdit*>(QStringLiteral("schemaFormText"));
    if (combo) {
        QVERIFY2(combo->findText(text) >= 0, qPrintable(text));
        combo->setCurrentIndex(combo->findText(text));
        QTest::keyClick(combo, Qt::Key_Return);
    } else {
        QVERIFY2(edit, qPrintable(path));
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    QTRY_COMPARE(field.data(Qt::EditRole).toString(), text);
}

void TestTryGui::callAToolFromTheForm()
{
    auto settings = test::windowSettings();
    MainWindow w(settings.get());
    w.show();
    QPointer<TryPane> pane = openTry(w);
    QVERIFY(pane);
    QSignalSpy listed(pane.data(), &TryPane::toolsListed);
    QSignalSpy called(pane.data(), &TryPane::callFinished);
    QVERIFY(listed.wait(120'000));
    QVERIFY(pane->isRunning());
    QCOMPARE(containersOfImage().size(), 1);
    auto* info = pane->findChild<QLabel*>(QStringLiteral("tryServerInfo"));
    QCOMPARE(info->text(), QStringLiteral("weather-js 1.0.0 — protocol 2025-11-25"));
    auto* tools = pane->findChild<QListWidget*>(QStringLiteral("tryTools"));
    QCOMPARE(tools->count(), 3);

    QVERIFY(pane->selectTool(QStringLiteral("convert_temperature")));
    auto* form = pane->findChild<QTreeView*>(QStringLiteral("tryForm"));
    QCOMPARE(form->model()->rowCount(), 3);
    // Required fields are marked.
    for (int r = 0; r < 3; ++r)
        QVERIFY2(form->model()->index(r, 0).data().toString().endsWith(QStringLiteral(" *")),
                 qPrintable(form->model()->index(r, 0).data().toString()));

    // Validation before sending: nothing goes out with a required field missing.
    auto* call = pane->findChild<QPushButton*>(QStringLiteral("tryCall"));
    auto* errors = pane->findChild<QLabel*>(QStringLiteral("tryErrors"));
    auto* raw = pane->findChild<QPlainTextEdit*>(QStringLiteral("tryRaw"));
    typeInto(form, QStringLiteral("value"), QStringLiteral("100"));
    call->click();
    QVERIFY2(errors->text().contains(QStringLiteral("from: required")), qPrintable(errors->text()));
    QVERIFY(!raw->toPlainText().contains(QStringLiteral("tools/call")));
    QCOMPARE(called.count(), 0);

    typeInto(form, QStringLiteral("from"), QStringLiteral("celsius"));
    typeInto(form, QStringLiteral("to"), QStringLiteral("fahrenheit"));
    call->click();
    QVERIFY(called.wait(60'000));
    QCOMPARE(called.first().at(0).toBool(), false);
    QVERIFY(errors->text().isEmpty());
    auto* result = pane->findChild<QTextBrowser*>(QStringLiteral("tryResult"));
    QVERIFY2(result->toPlainText().contains(QStringLiteral("100 °C = 212 °F")),
             qPrintable(result->toPlainText()));
    QCOMPARE(result->property("isError").toBool(), false);
    auto* elapsed = pane->findChild<QLabel*>(QStringLiteral("tryElapsed"));
    QVERIFY2(QRegularExpression(QStringLiteral("^convert_temperature: \\d+ ms$"))
                 .match(elapsed->text())
                 .hasMatch(),
             qPrintable(elapsed->text()));
    // The traffic, both ways, in the raw log (folded away until asked for).
    QVERIFY(!raw->isVisible());
    pane->findChild<QToolButton*>(QStringLiteral("tryRawToggle"))->click();
    QVERIFY(raw->isVisible());
    QVERIFY(raw->toPlainText().contains(QStringLiteral("→ {\"id\":")));
    QVERIFY2(raw->toPlainText().contains(QStringLiteral("212 °F")), qPrintable(raw->toPlainText()));

    // A tool error: isError, shown in red, kept in the history.
    typeInto(form, QStringLiteral("value"), QStringLiteral("-500"));
    typeInto(form, QStringLiteral("to"), QStringLiteral("kelvin"));
    call->click();
    QVERIFY(called.wait(60'000));
    QCOMPARE(called.last().at(0).toBool(), true);
    QCOMPARE(result->property("isError").toBool(), true);
    QCOMPARE(result->palette().color(QPalette::Text), QColor(0xc6, 0x28, 0x28));
    QVERIFY2(result->toPlainText().contains(QStringLiteral("below absolute zero")),
             qPrintable(result->toPlainText()));
    auto* history = pane->findChild<QListWidget*>(QStringLiteral("tryHistory"));
    QCOMPARE(history->count(), 2);
    QVERIFY(history->item(0)->text().contains(QStringLiteral("\"to\":\"kelvin\"")));

    // Re-run the first call from the history: the form is filled again and the answer comes back.
    emit history->itemDoubleClicked(history->item(1));
    QVERIFY(called.wait(60'000));
    QVERIFY(result->toPlainText().contains(QStringLiteral("212 °F")));
    QCOMPARE(history->count(), 3);

    // The client configuration for this image.
    pane->findChild<QPushButton*>(QStringLiteral("tryCopyConfig"))->click();
    const QJsonObject config = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
    const QJsonObject server =
        config.value(QStringLiteral("mcpServers")).toObject().value(QStringLiteral("weather")).toObject();
    QCOMPARE(server.value(QStringLiteral("command")).toString(), QStringLiteral("docker"));
    QCOMPARE(server.value(QStringLiteral("args")).toArray(),
             (QJsonArray{QStringLiteral("run"), QStringLiteral("-i"), QStringLiteral("--rm"), m_image}));

    // Closing the window stops the server and removes the container.
    pane->close();
    QTRY_VERIFY_WITH_TIMEOUT(pane.isNull(), 10'000);
    QCOMPARE(containersOfImage(), QStringList());
}

void TestTryGui::quittingTheAppRemovesTheContainer()
{
    {
        auto settings = test::windowSettings();
        MainWindow w(settings.get());
        w.show();
        QPointer<TryPane> pane = openTry(w);
        QVERIFY(pane);
        QSignalSpy listed(pane.data(), &TryPane::toolsListed);
        QVERIFY(listed.wait(120'000));
        QCOMPARE(containersOfImage().size(), 1);
        // Stop, then start again from the same window.
        QSignalSpy stopped(pane.data(), &TryPane::stopped);
        pane->findChild<QPushButton*>(QStringLiteral("tryStop"))->click();
        QVERIFY(stopped.wait(30'000));
        QVERIFY(!pane->isRunning());
        QCOMPARE(containersOfImage(), QStringList());
        QVERIFY(!pane->findChild<QPushButton*>(QStringLiteral("tryCall"))->isEnabled());
        pane->findChild<QPushButton*>(QStringLiteral("tryStart"))->click();
        QVERIFY(listed.wait(120'000));
        QCOMPARE(containersOfImage().size(), 1);
        // The main window goes with the Try window still open (as on quit).
    }
    QCOMPARE(containersOfImage(), QStringList());
}

void TestTryGui::resourcesAndPromptsTabs()
{
    // weather-js with a resource and a prompt (an argument required).
    QTemporaryDir dir;
    const QString project =
        test::copyExample(QStringLiteral("weather-js"), QStringLiteral("weather-js"), dir.path());
    auto write = [](const QString& path, const QByteArray& data) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    QVERIFY(write(project + QStringLiteral("/notes/readme.txt"), "{\"hello\": [1, 2]}"));
    QVERIFY(write(project + QStringLiteral("/prompts/forecast.js"),
                  "module.exports = { get({ city }) { return `Forecast for ${city}?`; } };\n"));
    QFile yaml(project + QStringLiteral("/mcp.yaml"));
    QVERIFY(yaml.open(QIODevice::ReadOnly));
    QByteArray text = yaml.readAll();
    yaml.close();
    // Into the example's own lists of resources and prompts, first.
    text.replace("\nresources:\n", "\nresources:\n  - uri: notes://readme\n    name: readme\n"
                                   "    mimeType: application/json\n    file: notes/readme.txt\n");
    text.replace("\nprompts:\n", "\nprompts:\n  - name: forecast\n    file: prompts/forecast.js\n"
                                 "    arguments:\n      - name: city\n        required: true\n");
    QVERIFY(text.contains("notes://readme") && text.contains("name: forecast"));
    QVERIFY(write(project + QStringLiteral("/mcp.yaml"), text));
    auto m = manifest::loadManifest(project);
    QVERIFY(m.ok());
    imagebuild::ImageBuildOptions o;
    o.endpoint = m_endpoint;
    const QString image = m_image.section(QLatin1Char(':'), 0, 0) + QStringLiteral("-more:latest");
    o.tags = {image};
    const auto r = imagebuild::buildMCPImage(*m, o);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    struct RemoveImage
    {
        docker::Endpoint ep;
        QString tag;
        ~RemoveImage() { docker::EngineClient(ep).removeImage(tag, true); }
    } removeImage{m_endpoint, image};

    TryHistory history;
    {
        TryPane pane(m_endpoint, image, &history);
        pane.show();
        QSignalSpy listed(&pane, &TryPane::toolsListed);
        QVERIFY(listed.wait(120'000));
        auto* tabs = pane.findChild<QTabWidget*>(QStringLiteral("tryTabs"));
        QVERIFY(tabs->isTabEnabled(1));
        QVERIFY(tabs->isTabEnabled(2));
        auto* resources = pane.findChild<QListWidget*>(QStringLiteral("tryResources"));
        QTRY_VERIFY_WITH_TIMEOUT(resources->count() >= 1, 30'000);
        QVERIFY2(resources->item(0)->text().contains(QStringLiteral("notes://readme")),
                 qPrintable(resources->item(0)->text()));
        resources->setCurrentRow(0);
        pane.findChild<QPushButton*>(QStringLiteral("tryRead"))->click();
        auto* resourceResult = pane.findChild<QTextBrowser*>(QStringLiteral("tryResourceResult"));
        // JSON text pretty-printed.
        QTRY_VERIFY_WITH_TIMEOUT(resourceResult->toPlainText().contains(QStringLiteral("\"hello\": [\n")),
                                 30'000);
        QVERIFY2(resourceResult->toPlainText().contains(QStringLiteral("notes://readme")),
                 qPrintable(resourceResult->toPlainText()));

        auto* prompts = pane.findChild<QListWidget*>(QStringLiteral("tryPrompts"));
        QTRY_VERIFY_WITH_TIMEOUT(prompts->count() >= 1, 30'000);
        QCOMPARE(prompts->item(0)->text(), QStringLiteral("forecast"));
        prompts->setCurrentRow(0);
        auto* promptForm = pane.findChild<QTreeView*>(QStringLiteral("tryPromptForm"));
        QCOMPARE(promptForm->model()->index(0, 0).data().toString(), QStringLiteral("city *"));
        auto* promptResult = pane.findChild<QTextBrowser*>(QStringLiteral("tryPromptResult"));
        auto* get = pane.findChild<QPushButton*>(QStringLiteral("tryGetPrompt"));
        get->click(); // refused before sending: city is required
        QVERIFY(promptResult->toPlainText().contains(QStringLiteral("city: required")));
        typeInto(promptForm, QStringLiteral("city"), QStringLiteral("Tokyo"));
        get->click();
        QTRY_VERIFY_WITH_TIMEOUT(promptResult->toPlainText().contains(QStringLiteral("Forecast for Tokyo?")),
                                 30'000);
        QVERIFY(promptResult->toPlainText().contains(QStringLiteral("user")));
    }
    docker::EngineClient client(m_endpoint);
    auto containers = client.listContainers(true);
    QVERIFY(containers.ok());
    for (const auto& ct : *containers)
        QVERIFY2(ct.image != image, qPrintable(ct.id));
}

void TestTryGui::renderingTextJsonImagesErrors()
{
    QImage red(8, 6, QImage::Format_RGB32);
    red.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(red.save(&buffer, "PNG"));
    const QJsonObject result{
        {QStringLiteral("content"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                {QStringLiteral("text"), QStringLiteral("{\"a\":1}")}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                                {QStringLiteral("mimeType"), QStringLiteral("image/png")},
                                {QStringLiteral("data"), QString::fromLatin1(png.toBase64())}}}}};
    QTextBrowser browser;
    renderResult(&browser, result);
    QVERIFY2(browser.toPlainText().contains(QStringLiteral("{\n    \"a\": 1\n}")),
             qPrintable(browser.toPlainText()));
    // The image is in the document as a resource, decoded from base64.
    const QVariant img =
        browser.document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("mcpimage:0")));
    QVERIFY(img.isValid());
    QCOMPARE(img.value<QImage>().size(), QSize(8, 6));
    QCOMPARE(browser.property("isError").toBool(), false);

    renderResult(&browser,
                 QJsonObject{{QStringLiteral("isError"), true},
                             {QStringLiteral("content"),
                              QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                     {QStringLiteral("text"), QStringLiteral("boom")}}}}});
    QCOMPARE(browser.property("isError").toBool(), true);
    QCOMPARE(browser.palette().color(QPalette::Text), QColor(0xc6, 0x28, 0x28));
    QVERIFY(browser.toPlainText().contains(QStringLiteral("boom")));
    QVERIFY(browser.toPlainText().contains(QStringLiteral("isError")));
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    TestTryGui tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_try_gui.moc"
