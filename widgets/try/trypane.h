#pragma once

#include "docker/endpoint.h"
#include "mcp/mcpsession.h"
#include "mcp/mcpsessionthread.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class QTreeView;

namespace mcpdock {
class SchemaFormModel;
}

namespace mcpdock::widgets {

// One tool call as the history keeps it, re-runnable.
struct TryCall
{
    QString tool;
    QJsonObject arguments;
    QDateTime when;
    bool isError = false;
};
// The last calls per image (newest first), kept by the Images controller while the app runs.
using TryHistory = QHash<QString, QList<TryCall>>;

// Try: the built image as an MCP client sees it. Starts the server on a worker thread
// (McpSessionThread: docker run -i --rm, no network unless asked), shows server info and protocol
// version, the tools with a form generated from each input schema (validated before sending), the
// result (text, pretty JSON, images, isError in red), resources and prompts, notifications live,
// the raw JSON-RPC traffic in a collapsible log, the time of each call. Stop, and closing the
// window, stop the server and remove its container.
class TryPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxHistory = 20;

    TryPane(docker::Endpoint endpoint, const QString& image, TryHistory* history, QWidget* parent = nullptr);
    ~TryPane() override;

    QString image() const { return m_image; }
    bool isRunning() const { return m_running; }
    SchemaFormModel* form() const { return m_form; }
    // The mcpServers snippet for this image ("Copy as client configuration").
    QString clientConfiguration() const;
    // Selects a tool by name (its form appears); false when the server has none of that name.
    bool selectTool(const QString& name);

public slots:
    void start();
    void stop();
    void callSelectedTool();

signals:
    void started();
    void toolsListed();
    void callFinished(bool isError);
    void stopped();

private:
    void onStarted(const mcp::ServerInfo& info);
    void onFinished(int ticket, mcp::McpSessionThread::Op op, const mcp::CallResult& result);
    void onFailed(int ticket, mcp::McpSessionThread::Op op, const mcp::McpError& error);
    void showTool(int row);
    void showPrompt(int row);
    void appendLog(const QString& line);
    void setRunning(bool running);
    void rebuildHistory();
    mcp::StdioContainerOptions runOptions() const;

    docker::Endpoint m_endpoint;
    QString m_image;
    TryHistory* m_history;
    mcp::McpSessionThread* m_session = nullptr;
    bool m_running = false;
    int m_callTicket = 0;
    QString m_callTool;
    QJsonObject m_callArgs;
    QJsonArray m_tools;
    QJsonArray m_prompts;

    QLabel* m_serverInfo;
    QLabel* m_status;
    QLineEdit* m_network;
    QLineEdit* m_env;
    QPushButton* m_start;
    QPushButton* m_stop;
    QPushButton* m_copyConfig;
    QTabWidget* m_tabs;
    QListWidget* m_toolList;
    QLabel* m_toolDescription;
    SchemaFormModel* m_form;
    QTreeView* m_formView;
    QPushButton* m_addItem;
    QPushButton* m_removeItem;
    QPushButton* m_call;
    QLabel* m_errors;
    QLabel* m_elapsed;
    QTextBrowser* m_result;
    QListWidget* m_historyList;
    QListWidget* m_resourceList;
    QPushButton* m_read;
    QTextBrowser* m_resourceResult;
    QListWidget* m_promptList;
    SchemaFormModel* m_promptForm;
    QTreeView* m_promptFormView;
    QPushButton* m_getPrompt;
    QTextBrowser* m_promptResult;
    QPlainTextEdit* m_log;
    QToolButton* m_rawToggle;
    QPlainTextEdit* m_raw;
    int m_readTicket = 0;
    int m_promptTicket = 0;
};

// The result of tools/call, resources/read or prompts/get as HTML in the browser's document: text
// (JSON text pretty-printed), images from base64 (QPixmap), embedded resources, isError in red.
void renderResult(QTextBrowser* browser, const QJsonObject& result);

} // namespace mcpdock::widgets
