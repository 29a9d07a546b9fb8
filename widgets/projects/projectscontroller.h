#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

class QTreeView;
class QWidget;

namespace mcpdock {
class ManifestTreeModel;
}
namespace mcpdock::project {
struct Project;
}
namespace mcpdock::settings {
class Settings;
}

namespace mcpdock::widgets {

class DockerfilePane;

// The Manifests pane's work: which projects are open (opened, dropped, given on the command line,
// recent), which one is selected, and the Dockerfile pane showing what the selected one generates.
class ProjectsController : public QObject
{
    Q_OBJECT

public:
    ProjectsController(settings::Settings* settings, ManifestTreeModel* model, QTreeView* view,
                       DockerfilePane* dockerfilePane, QWidget* dialogParent);

    // Loads what DropPolicy accepts of the dropped URLs or given paths; says what was refused.
    void openUrls(const QList<QUrl>& urls);
    void openPaths(const QStringList& paths, const QString& workingDir);
    // Loads (or reloads) one project and selects it. False when it has problems.
    bool load(const QString& path);

    int currentRow() const;
    void select(int row);
    // The selected project when it loaded without problems, else nullptr.
    const project::Project* currentProject() const;
    QString currentPath() const;

public slots:
    void openDialog();
    void reloadSelected();
    void closeSelected();
    // The Dockerfile pane follows the selection (and the base-image settings).
    void showSelected();

signals:
    void currentChanged();
    void statusMessage(const QString& text, int timeoutMs);

private:
    settings::Settings* m_settings;
    ManifestTreeModel* m_model;
    QTreeView* m_view;
    DockerfilePane* m_dockerfile;
    QPointer<QWidget> m_parent;
};

} // namespace mcpdock::widgets
