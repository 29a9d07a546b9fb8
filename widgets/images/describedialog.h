#pragma once

#include "project/project.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace mcpdock::widgets {

// "Describe…" on the Images tab: what the catalogs need for an image, made from its labels. The
// MCP Registry's server.json for the reference it is published as (checked as the registry checks
// it, problems named by field, Save only when valid), Docker's MCP gateway metadata the image
// carries, and the client configuration an MCP client pastes to run it.
class DescribeDialog : public QDialog
{
    Q_OBJECT

public:
    // inspect: GET /images/{name}/json of the image; reference: how it is known locally.
    DescribeDialog(const QJsonObject& inspect, const QString& reference, QWidget* parent = nullptr);

    QString publishedAs() const;
    void setPublishedAs(const QString& reference);
    QString serverJsonText() const;
    QStringList problems() const { return m_problems; }
    QString gatewayText() const;
    QString clientConfigText() const;
    bool canSave() const;

    // Writes server.json to path; false (and why) when it cannot.
    bool saveServerJson(const QString& path, QString* error) const;

private:
    void update();

    project::Project m_project;
    QString m_reference;
    QStringList m_problems;
    QJsonObject m_serverJson;
    QLineEdit* m_publishedAs = nullptr;
    QLabel* m_state = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_serverJsonView = nullptr;
    QPlainTextEdit* m_gatewayView = nullptr;
    QPlainTextEdit* m_clientView = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace mcpdock::widgets
