#include "try/trypane.h"

#include "itemmodels/schemaformmodel.h"
#include "try/schemaformdelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTime>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace mcpdock::widgets {

using Op = mcp::McpSessionThread::Op;

namespace {

const QColor ErrorColor(0xc6, 0x28, 0x28);

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Text that is JSON is shown pretty-printed.
QString prettyIfJson(const QString& text)
{
    const QString t = text.trimmed();
    if (!(t.startsWith(QLatin1Char('{')) || t.startsWith(QLatin1Char('['))))
        return text;
    const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8());
    return doc.isNull() ? text : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

void insertPre(QTextCursor& c, const QString& text)
{
    c.insertHtml(QStringLiteral("<pre>") + text.toHtmlEscaped() + QStringLiteral("</pre>"));
    c.insertBlock();
}

void insertContent(QTextCursor& c, const QJsonObject& item, int* imageNo)
{
    const QString type = item.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("text") || (type.isEmpty() && item.contains(QStringLiteral("text")))) {
        insertPre(c, prettyIfJson(item.value(QStringLiteral("text")).toString()));
    } else if (type == QLatin1String("image")) {
        QPixmap pixmap;
        const QByteArray bytes =
            QByteArray::fromBase64(item.value(QStringLiteral("data")).toString().toLatin1());
        if (pixmap.loadFromData(bytes)) {
            c.insertImage(pixmap.toImage(), QStringLiteral("mcpimage:%1").arg((*imageNo)++));
            c.insertBlock();
        } else {
            insertPre(c, TryPane::tr("[an image (%1, %2 bytes) that cannot be shown]")
                             .arg(item.value(QStringLiteral("mimeType")).toString())
                             .arg(bytes.size()));
        }
    } else if (type == QLatin1String("audio")) {
        insertPre(c, TryPane::tr("[audio, %1]").arg(item.value(QStringLiteral("mimeType")).toString()));
    } else if (type == QLatin1String("resource")) {
        insertContent(c, item.value(QStringLiteral("resource")).toObject(), imageNo);
    } else if (type == QLatin1String("resource_link")) {
        insertPre(c, TryPane::tr("[resource link %1]").arg(item.value(QStringLiteral("uri")).toString()));
    } else if (item.contains(QStringLiteral("blob"))) {
        insertPre(c, TryPane::tr("[%1: %2, binary]")
                         .arg(item.value(QStringLiteral("uri")).toString(),
                              item.value(QStringLiteral("mimeType")).toString()));
    } else {
        insertPre(c, QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Indented)));
    }
}

QString serverName(const QString& image)
{
    QString name = image.section(QLatin1Char('@'), 0, 0);
    name = name.section(QLatin1Char('/'), -1);
    name = name.section(QLatin1Char(':'), 0, 0);
    return name.isEmpty() ? QStringLiteral("server") : name;
}

// A prompt's arguments as a schema of strings, so the same form maps them.
QJsonObject promptSchema(const QJsonObject& prompt)
{
    QJsonObject props;
    QJsonArray required;
    for (const QJsonValue& v : prompt.value(QStringLiteral("arguments")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString name = a.value(QStringLiteral("name")).toString();
        props.insert(name,
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                 {QStringLiteral("description"), a.value(QStringLiteral("description"))}});
        if (a.value(QStringLiteral("required")).toBool())
            required.append(name);
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), props},
                       {QStringLiteral("required"), required}};
}

QTreeView* makeFormView(SchemaFormModel* model, QWidget* parent, const QString& name)
{
    auto* view = new QTreeView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setItemDelegateForColumn(SchemaFormModel::ValueColumn, new SchemaFormDelegate(view));
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->setAlternatingRowColors(true);
    view->header()->setSectionResizeMode(SchemaFormModel::NameColumn, QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(SchemaFormModel::ValueColumn, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(SchemaFormModel::TypeColumn, QHeaderView::ResizeToContents);
    view->header()->setStretchLastSection(false);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, &QTreeView::expandAll);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, &QTreeView::expandAll);
    return view;
}

QTextBrowser* makeResultView(QWidget* parent, const QString& name)
{
    auto* b = new QTextBrowser(parent);
    b->setObjectName(name);
    b->setOpenLinks(false);
    b->setPlaceholderText(TryPane::tr("The answer appears here."));
    return b;
}

} // namespace

void renderResult(QTextBrowser* browser, const QJsonObject& result)
{
    browser->clear();
    const bool isError = result.value(QStringLiteral("isError")).toBool();
    browser->setProperty("isError", isError);
    QPalette palette = browser->palette();
    palette.setColor(QPalette::Text, isError ? ErrorColor : QApplication::palette().color(QPalette::Text));
    browser->setPalette(palette);
    QTextCursor c(browser->document());
    int imageNo = 0;
    if (isError) {
        c.insertHtml(QStringLiteral("<p><b>") +
                     TryPane::tr("The tool reported an error (isError).").toHtmlEscaped() +
                     QStringLiteral("</b></p>"));
        c.insertBlock();
    }
    bool any = false;
    for (const QJsonValue& v : result.value(QStringLiteral("content")).toArray()) { // tools/call
        insertContent(c, v.toObject(), &imageNo);
        any = true;
    }
    for (const QJsonValue& v : result.value(QStringLiteral("contents")).toArray()) { // resources/read
        const QJsonObject o = v.toObject();
        c.insertHtml(QStringLiteral("<b>") + o.value(QStringLiteral("uri")).toString().toHtmlEscaped() +
                     QStringLiteral("</b>"));
        c.insertBlock();
        insertContent(c, o, &imageNo);
        any = true;
    }
    for (const QJsonValue& v : result.value(QStringLiteral("messages")).toArray()) { // prompts/get
        const QJsonObject m = v.toObject();
        c.insertHtml(QStringLiteral("<b>") + m.value(QStringLiteral("role")).toString().toHtmlEscaped() +
                     QStringLiteral("</b>"));
        c.insertBlock();
        insertContent(c, m.value(QStringLiteral("content")).toObject(), &imageNo);
        any = true;
    }
    if (result.contains(QStringLiteral("structuredContent"))) {
        c.insertHtml(QStringLiteral("<b>structuredContent</b>"));
        c.insertBlock();
        insertPre(
            c, QString::fromUtf8(QJsonDocument(result.value(QStringLiteral("structuredContent")).toObject())
                                     .toJson(QJsonDocument::Indented)));
        any = true;
    }
    if (!any)
        insertPre(c, QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)));
    browser->moveCursor(QTextCursor::Start);
}

TryPane::TryPane(docker::Endpoint endpoint, const QString& image, TryHistory* history, QWidget* parent)
    : QWidget(parent)
    , m_endpoint(std::move(endpoint))
    , m_image(image)
    , m_history(history)
{
    setObjectName(QStringLiteral("tryPane"));
    setWindowTitle(tr("Try %1").arg(image));

    m_serverInfo = new QLabel(tr("Starting %1…").arg(image), this);
    m_serverInfo->setObjectName(QStringLiteral("tryServerInfo"));
    m_serverInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_serverInfo->font();
    big.setBold(true);
    m_serverInfo->setFont(big);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tryStatus"));
    m_network = new QLineEdit(QStringLiteral("none"), this);
    m_network->setObjectName(QStringLiteral("tryNetwork"));
    m_network->setToolTip(tr("The container's network: none (the default: everything the server needs is in "
                             "the image), host, or a network's name. Applies on Restart."));
    m_network->setMaximumWidth(120);
    m_env = new QLineEdit(this);
    m_env->setObjectName(QStringLiteral("tryEnv"));
    m_env->setPlaceholderText(tr("K=V K2=V2"));
    m_env->setToolTip(tr("Environment variables for the server, separated by spaces. Applies on Restart."));
    m_start = new QPushButton(tr("Restart"), this);
    m_start->setObjectName(QStringLiteral("tryStart"));
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("tryStop"));
    m_stop->setToolTip(tr("Stop the server and remove its container"));
    m_copyConfig = new QPushButton(tr("Copy as client configuration"), this);
    m_copyConfig->setObjectName(QStringLiteral("tryCopyConfig"));
    m_copyConfig->setToolTip(tr("The mcpServers JSON an MCP client (Claude Desktop, VS Code…) needs to run "
                                "this image"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_serverInfo, 1);
    top->addWidget(new QLabel(tr("Network:"), this));
    top->addWidget(m_network);
    top->addWidget(new QLabel(tr("Env:"), this));
    top->addWidget(m_env);
    top->addWidget(m_start);
    top->addWidget(m_stop);
    top->addWidget(m_copyConfig);

    // Tools: list | form, call, result.
    auto* toolsPage = new QSplitter(Qt::Horizontal, this);
    m_toolList = new QListWidget(toolsPage);
    m_toolList->setObjectName(QStringLiteral("tryTools"));
    auto* right = new QWidget(toolsPage);
    m_toolDescription = new QLabel(right);
    m_toolDescription->setObjectName(QStringLiteral("tryToolDescription"));
    m_toolDescription->setWordWrap(true);
    m_form = new SchemaFormModel(this);
    m_formView = makeFormView(m_form, right, QStringLiteral("tryForm"));
    m_addItem = new QPushButton(tr("Add item"), right);
    m_removeItem = new QPushButton(tr("Remove item"), right);
    m_call = new QPushButton(tr("Call"), right);
    m_call->setObjectName(QStringLiteral("tryCall"));
    m_call->setDefault(true);
    m_errors = new QLabel(right);
    m_errors->setObjectName(QStringLiteral("tryErrors"));
    m_errors->setWordWrap(true);
    QPalette errorPalette = m_errors->palette();
    errorPalette.setColor(QPalette::WindowText, ErrorColor);
    m_errors->setPalette(errorPalette);
    m_elapsed = new QLabel(right);
    m_elapsed->setObjectName(QStringLiteral("tryElapsed"));
    m_result = makeResultView(right, QStringLiteral("tryResult"));
    m_historyList = new QListWidget(right);
    m_historyList->setObjectName(QStringLiteral("tryHistory"));
    m_historyList->setToolTip(tr("The last calls to this image; double-click to run one again"));
    m_historyList->setMaximumHeight(90);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addItem);
    buttons->addWidget(m_removeItem);
    buttons->addStretch(1);
    buttons->addWidget(m_elapsed);
    buttons->addWidget(m_call);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_toolDescription);
    rightLayout->addWidget(m_formView, 2);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_errors);
    rightLayout->addWidget(m_result, 3);
    rightLayout->addWidget(new QLabel(tr("History"), right));
    rightLayout->addWidget(m_historyList);
    toolsPage->addWidget(m_toolList);
    toolsPage->addWidget(right);
    toolsPage->setStretchFactor(1, 3);
    toolsPage->setSizes({200, 800});

    // Resources: list | read result.
    auto* resourcesPage = new QSplitter(Qt::Horizontal, this);
    m_resourceList = new QListWidget(resourcesPage);
    m_resourceList->setObjectName(QStringLiteral("tryResources"));
    auto* resRight = new QWidget(resourcesPage);
    m_read = new QPushButton(tr("Read"), resRight);
    m_read->setObjectName(QStringLiteral("tryRead"));
    m_resourceResult = makeResultView(resRight, QStringLiteral("tryResourceResult"));
    auto* resLayout = new QVBoxLayout(resRight);
    resLayout->setContentsMargins(0, 0, 0, 0);
    resLayout->addWidget(m_read, 0, Qt::AlignRight);
    resLayout->addWidget(m_resourceResult, 1);
    resourcesPage->setStretchFactor(1, 3);
    resourcesPage->setSizes({300, 700});

    // Prompts: list | arguments form, get, result.
    auto* promptsPage = new QSplitter(Qt::Horizontal, this);
    m_promptList = new QListWidget(promptsPage);
    m_promptList->setObjectName(QStringLiteral("tryPrompts"));
    auto* promptRight = new QWidget(promptsPage);
    m_promptForm = new SchemaFormModel(this);
    m_promptFormView = makeFormView(m_promptForm, promptRight, QStringLiteral("tryPromptForm"));
    m_getPrompt = new QPushButton(tr("Get"), promptRight);
    m_getPrompt->setObjectName(QStringLiteral("tryGetPrompt"));
    m_promptResult = makeResultView(promptRight, QStringLiteral("tryPromptResult"));
    auto* promptLayout = new QVBoxLayout(promptRight);
    promptLayout->setContentsMargins(0, 0, 0, 0);
    promptLayout->addWidget(m_promptFormView, 1);
    promptLayout->addWidget(m_getPrompt, 0, Qt::AlignRight);
    promptLayout->addWidget(m_promptResult, 2);
    promptsPage->setStretchFactor(1, 3);
    promptsPage->setSizes({200, 800});

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tryTabs"));
    m_tabs->addTab(toolsPage, tr("Tools"));
    m_tabs->addTab(resourcesPage, tr("Resources"));
    m_tabs->addTab(promptsPage, tr("Prompts"));

    // Notifications live; the raw traffic folded away.
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("tryLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setPlaceholderText(tr("Log and progress notifications from the server"));
    m_log->setMaximumHeight(110);
    m_rawToggle = new QToolButton(this);
    m_rawToggle->setObjectName(QStringLiteral("tryRawToggle"));
    m_rawToggle->setText(tr("Raw JSON-RPC"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rawToggle->setArrowType(Qt::RightArrow);
    m_raw = new QPlainTextEdit(this);
    m_raw->setObjectName(QStringLiteral("tryRaw"));
    m_raw->setReadOnly(true);
    m_raw->setMaximumBlockCount(20000);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setVisible(false);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_raw->setFont(mono);
    m_log->setFont(mono);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_log);
    layout->addWidget(m_rawToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_raw, 1);

    m_session = new mcp::McpSessionThread(m_endpoint, this);
    connect(m_session, &mcp::McpSessionThread::started, this, &TryPane::onStarted);
    connect(m_session, &mcp::McpSessionThread::startFailed, this, [this](const mcp::McpError& e) {
        setRunning(false);
        m_serverInfo->setText(tr("%1 did not start").arg(m_image));
        m_status->setText(e.message);
        appendLog(e.message);
    });
    connect(m_session, &mcp::McpSessionThread::finished, this, &TryPane::onFinished);
    connect(m_session, &mcp::McpSessionThread::failed, this, &TryPane::onFailed);
    connect(m_session, &mcp::McpSessionThread::stopped, this, [this] {
        setRunning(false);
        m_status->setText(tr("Stopped; the container is removed."));
        emit stopped();
    });
    connect(m_session, &mcp::McpSessionThread::logMessage, this,
            [this](const QString& level, const QString& logger, const QJsonValue& payload) {
                const QString text =
                    payload.isString()
                        ? payload.toString()
                        : QString::fromUtf8(
                              QJsonDocument::fromVariant(payload.toVariant()).toJson(QJsonDocument::Compact));
                appendLog(QStringLiteral("[%1%2] %3")
                              .arg(level, logger.isEmpty() ? QString() : QStringLiteral(" ") + logger, text));
            });
    connect(m_session, &mcp::McpSessionThread::progressed, this,
            [this](const QJsonValue&, double progress, double total, const QString& message) {
                appendLog(
                    tr("progress %1%2 %3")
                        .arg(progress)
                        .arg(total >= 0 ? QStringLiteral("/") + QString::number(total) : QString(), message));
            });
    connect(m_session, &mcp::McpSessionThread::traffic, this, [this](bool sent, const QByteArray& line) {
        m_raw->appendPlainText((sent ? QStringLiteral("→ ") : QStringLiteral("← ")) +
                               QString::fromUtf8(line));
    });

    connect(m_rawToggle, &QToolButton::toggled, this, [this](bool on) {
        m_raw->setVisible(on);
        m_rawToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_start, &QPushButton::clicked, this, &TryPane::start);
    connect(m_stop, &QPushButton::clicked, this, &TryPane::stop);
    connect(m_copyConfig, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(clientConfiguration()); });
    connect(m_toolList, &QListWidget::currentRowChanged, this, &TryPane::showTool);
    connect(m_call, &QPushButton::clicked, this, &TryPane::callSelectedTool);
    connect(m_addItem, &QPushButton::clicked, this, [this] {
        QModelIndex i = m_formView->currentIndex().siblingAtColumn(0);
        if (i.data(SchemaFormModel::FieldTypeRole).value<SchemaFormModel::FieldType>() !=
            SchemaFormModel::FieldType::Array)
            i = i.parent();
        const QModelIndex added = m_form->addItem(i);
        if (added.isValid())
            m_formView->setCurrentIndex(added.siblingAtColumn(SchemaFormModel::ValueColumn));
    });
    connect(m_removeItem, &QPushButton::clicked, this,
            [this] { m_form->removeItem(m_formView->currentIndex().siblingAtColumn(0)); });
    connect(m_historyList, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        const QList<TryCall> calls = m_history ? m_history->value(m_image) : QList<TryCall>();
        const int row = m_historyList->row(item);
        if (row < 0 || row >= calls.size() || !selectTool(calls[row].tool))
            return;
        m_form->setArguments(calls[row].arguments);
        callSelectedTool();
    });
    connect(m_read, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_resourceList->currentItem();
        if (!item || !m_running)
            return;
        m_readTicket = m_session->submit(Op::ReadResource, item->data(Qt::UserRole).toString());
    });
    connect(m_resourceList, &QListWidget::itemDoubleClicked, m_read, &QPushButton::click);
    connect(m_promptList, &QListWidget::currentRowChanged, this, &TryPane::showPrompt);
    connect(m_getPrompt, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_promptList->currentItem();
        if (!item || !m_running)
            return;
        const QStringList errors = m_promptForm->validate();
        if (!errors.isEmpty()) {
            renderResult(m_promptResult,
                         QJsonObject{{QStringLiteral("isError"), true},
                                     {QStringLiteral("content"),
                                      QJsonArray{QJsonObject{
                                          {QStringLiteral("type"), QStringLiteral("text")},
                                          {QStringLiteral("text"), errors.join(QLatin1Char('\n'))}}}}});
            return;
        }
        m_promptTicket = m_session->submit(Op::GetPrompt, item->text(), m_promptForm->arguments());
    });

    rebuildHistory();
    setRunning(false);
    resize(1000, 720);
    start();
}

TryPane::~TryPane() = default; // m_session's destructor stops the server and removes the container

mcp::StdioContainerOptions TryPane::runOptions() const
{
    mcp::StdioContainerOptions o;
    o.image = m_image;
    o.network = m_network->text().trimmed().isEmpty() ? QStringLiteral("none") : m_network->text().trimmed();
    for (const QString& kv : m_env->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (kv.contains(QLatin1Char('=')))
            o.env << kv;
    return o;
}

QString TryPane::clientConfiguration() const
{
    const mcp::StdioContainerOptions o = runOptions();
    QJsonArray args{QStringLiteral("run"), QStringLiteral("-i"), QStringLiteral("--rm")};
    if (o.network != QLatin1String("none")) {
        args.append(QStringLiteral("--network"));
        args.append(o.network);
    }
    // Values stay out of the arguments: docker -e NAME takes them from the client's env block.
    QJsonObject env;
    for (const QString& kv : o.env) {
        args.append(QStringLiteral("-e"));
        args.append(kv.section(QLatin1Char('='), 0, 0));
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    }
    args.append(m_image);
    QJsonObject server{{QStringLiteral("command"), QStringLiteral("docker")}, {QStringLiteral("args"), args}};
    if (!env.isEmpty())
        server.insert(QStringLiteral("env"), env);
    const QJsonObject config{{QStringLiteral("mcpServers"), QJsonObject{{serverName(m_image), server}}}};
    return QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Indented));
}

void TryPane::start()
{
    m_session->stop(); // a no-op when nothing runs
    m_toolList->clear();
    m_resourceList->clear();
    m_promptList->clear();
    m_form->setSchema({});
    m_tools = {};
    m_prompts = {};
    m_serverInfo->setText(tr("Starting %1…").arg(m_image));
    m_status->setText(tr("docker run -i --rm --network %1 %2").arg(runOptions().network, m_image));
    m_start->setEnabled(false);
    m_session->start(runOptions());
}

void TryPane::stop()
{
    m_status->setText(tr("Stopping…"));
    m_session->stop();
}

void TryPane::setRunning(bool running)
{
    m_running = running;
    m_stop->setEnabled(running);
    m_start->setEnabled(!running);
    m_start->setText(running ? tr("Restart") : tr("Start"));
    m_call->setEnabled(running && m_toolList->currentRow() >= 0);
    m_read->setEnabled(running);
    m_getPrompt->setEnabled(running);
    m_historyList->setEnabled(running);
}

void TryPane::onStarted(const mcp::ServerInfo& info)
{
    setRunning(true);
    m_start->setEnabled(true);
    const QString name = info.title.isEmpty() ? info.name : info.title;
    m_serverInfo->setText(tr("%1 %2 — protocol %3").arg(name, info.version, info.protocolVersion));
    m_status->setText(tr("Running %1 (network %2)").arg(m_image, runOptions().network));
    m_session->submit(Op::ListTools);
    const bool resources = info.capabilities.contains(QStringLiteral("resources"));
    const bool prompts = info.capabilities.contains(QStringLiteral("prompts"));
    m_tabs->setTabEnabled(1, resources);
    m_tabs->setTabEnabled(2, prompts);
    m_tabs->setTabToolTip(1, resources ? QString() : tr("The server offers no resources"));
    m_tabs->setTabToolTip(2, prompts ? QString() : tr("The server offers no prompts"));
    if (resources)
        m_session->submit(Op::ListResources);
    if (prompts)
        m_session->submit(Op::ListPrompts);
    emit started();
}

bool TryPane::selectTool(const QString& name)
{
    for (int r = 0; r < m_toolList->count(); ++r)
        if (m_toolList->item(r)->text() == name) {
            m_tabs->setCurrentIndex(0);
            m_toolList->setCurrentRow(r);
            return true;
        }
    return false;
}

void TryPane::showTool(int row)
{
    const QJsonObject tool = m_tools.at(row).toObject();
    m_toolDescription->setText(tool.value(QStringLiteral("description")).toString());
    m_form->setSchema(tool.value(QStringLiteral("inputSchema")).toObject());
    m_formView->expandAll();
    m_errors->clear();
    m_call->setEnabled(m_running && row >= 0);
}

void TryPane::showPrompt(int row)
{
    m_promptForm->setSchema(promptSchema(m_prompts.at(row).toObject()));
    m_promptFormView->expandAll();
}

void TryPane::callSelectedTool()
{
    QListWidgetItem* item = m_toolList->currentItem();
    if (!item || !m_running)
        return;
    const QStringList errors = m_form->validate();
    if (!errors.isEmpty()) {
        m_errors->setText(tr("Not sent: %1").arg(errors.join(QStringLiteral("; "))));
        return;
    }
    m_errors->clear();
    m_callTool = item->text();
    m_callArgs = m_form->arguments();
    m_call->setEnabled(false);
    m_elapsed->setText(tr("Calling %1…").arg(m_callTool));
    m_callTicket = m_session->submit(Op::CallTool, m_callTool, m_callArgs);
}

void TryPane::onFinished(int ticket, Op op, const mcp::CallResult& result)
{
    switch (op) {
    case Op::ListTools:
        m_tools = result.result.value(QStringLiteral("tools")).toArray();
        m_toolList->clear();
        for (const QJsonValue& t : std::as_const(m_tools)) {
            auto* item =
                new QListWidgetItem(t.toObject().value(QStringLiteral("name")).toString(), m_toolList);
            item->setToolTip(t.toObject().value(QStringLiteral("description")).toString());
        }
        m_status->setText(tr("%n tool(s) (tools/list: %1 ms)", nullptr, static_cast<int>(m_tools.size()))
                              .arg(result.elapsedMs));
        if (!m_tools.isEmpty())
            m_toolList->setCurrentRow(0);
        emit toolsListed();
        break;
    case Op::CallTool: {
        if (ticket != m_callTicket)
            break;
        m_call->setEnabled(m_running);
        m_elapsed->setText(tr("%1: %2 ms").arg(m_callTool).arg(result.elapsedMs));
        renderResult(m_result, result.result);
        if (m_history) {
            QList<TryCall>& calls = (*m_history)[m_image];
            calls.prepend(TryCall{m_callTool, m_callArgs, QDateTime::currentDateTime(), result.isError()});
            while (calls.size() > MaxHistory)
                calls.removeLast();
            rebuildHistory();
        }
        emit callFinished(result.isError());
        break;
    }
    case Op::ListResources:
        m_resourceList->clear();
        for (const QJsonValue& v : result.result.value(QStringLiteral("resources")).toArray()) {
            const QJsonObject r = v.toObject();
            const QString uri = r.value(QStringLiteral("uri")).toString();
            auto* item = new QListWidgetItem(
                r.value(QStringLiteral("name")).toString() + QStringLiteral("  ") + uri, m_resourceList);
            item->setData(Qt::UserRole, uri);
            item->setToolTip(r.value(QStringLiteral("description")).toString());
        }
        break;
    case Op::ReadResource:
        if (ticket == m_readTicket)
            renderResult(m_resourceResult, result.result);
        break;
    case Op::ListPrompts:
        m_prompts = result.result.value(QStringLiteral("prompts")).toArray();
        m_promptList->clear();
        for (const QJsonValue& v : std::as_const(m_prompts))
            m_promptList->addItem(v.toObject().value(QStringLiteral("name")).toString());
        break;
    case Op::GetPrompt:
        if (ticket == m_promptTicket)
            renderResult(m_promptResult, result.result);
        break;
    }
}

void TryPane::onFailed(int ticket, Op op, const mcp::McpError& error)
{
    appendLog(error.message);
    if (op == Op::CallTool && ticket == m_callTicket) {
        m_call->setEnabled(m_running);
        m_elapsed->clear();
        m_errors->setText(error.message);
        emit callFinished(true);
    } else if (op != Op::CallTool) {
        m_status->setText(error.message);
    }
    if (error.kind == mcp::McpError::Kind::Exited || error.kind == mcp::McpError::Kind::Docker)
        stop(); // the server is gone: remove what is left of it
}

void TryPane::appendLog(const QString& line)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
}

void TryPane::rebuildHistory()
{
    m_historyList->clear();
    if (!m_history)
        return;
    for (const TryCall& c : m_history->value(m_image)) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2 %3")
                .arg(c.when.toString(QStringLiteral("HH:mm:ss")), c.tool, compact(c.arguments)),
            m_historyList);
        if (c.isError)
            item->setForeground(ErrorColor);
    }
}

} // namespace mcpdock::widgets
