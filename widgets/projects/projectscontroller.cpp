#include "projectscontroller.h"

#include "common/dialogs.h"
#include "dockerfile/dockerfilegenerator.h"
#include "itemmodels/manifesttreemodel.h"
#include "project/droppolicy.h"
#include "project/projectloader.h"
#include "projects/dockerfilepane.h"
#include "settings/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QTreeView>

namespace mcpdock::widgets {

using K = settings::Settings::Key;

ProjectsController::ProjectsController(settings::Settings* settings, ManifestTreeModel* model,
                                       QTreeView* view, DockerfilePane* dockerfilePane, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_settings(settings)
    , m_model(model)
    , m_view(view)
    , m_dockerfile(dockerfilePane)
    , m_parent(dialogParent)
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showSelected();
        emit currentChanged();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProjectsController::currentChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProjectsController::currentChanged);
    connect(m_settings, &settings::Settings::changed, this, [this](K key) {
        if (key == K::BaseImageNode || key == K::BaseImageNodeDebian || key == K::BaseImagePython)
            showSelected();
    });
}

void ProjectsController::openDialog()
{
    const QStringList recent = m_settings->list(K::RecentManifests);
    const QString dir = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    const QStringList files =
        Dialogs::getOpenFileNames(m_parent, tr("Open manifest"), dir,
                                  tr("MCP manifests (mcp.yaml mcp.yml manifest.json);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files, QDir::currentPath());
}

void ProjectsController::openUrls(const QList<QUrl>& urls)
{
    const DropDecision d = DropPolicy::decide(urls);
    for (const QString& m : d.manifests)
        load(m);
    if (!d.refused.isEmpty())
        Dialogs::warning(m_parent, tr("Not a manifest"), d.message());
}

void ProjectsController::openPaths(const QStringList& paths, const QString& workingDir)
{
    const DropDecision d = DropPolicy::decidePaths(paths, workingDir);
    for (const QString& m : d.manifests)
        load(m);
    if (!d.refused.isEmpty())
        Dialogs::warning(m_parent, tr("Not a manifest"), d.message());
}

bool ProjectsController::load(const QString& path)
{
    const auto result = project::loadProject(path);
    const int row = m_model->setProject(path, result);
    m_settings->addRecentManifest(path);
    select(row);
    m_view->expand(m_model->index(row, 0));
    if (!result.ok())
        emit statusMessage(
            tr("%1 has %n problem(s); see the Manifests pane.", nullptr, int(result.error().size()))
                .arg(QDir::toNativeSeparators(path)),
            8000);
    else
        emit statusMessage(tr("Loaded %1.").arg(result->name), 4000);
    return result.ok();
}

int ProjectsController::currentRow() const
{
    const int row = m_model->projectRowOf(m_view->currentIndex());
    if (row < 0 && m_model->projectCount() == 1)
        return 0;
    return row;
}

void ProjectsController::select(int row)
{
    const QModelIndex i = m_model->index(row, 0);
    if (!i.isValid())
        return;
    m_view->setCurrentIndex(i);
    showSelected();
}

const project::Project* ProjectsController::currentProject() const
{
    const int row = currentRow();
    return row < 0 ? nullptr : m_model->manifestAt(row);
}

QString ProjectsController::currentPath() const
{
    const int row = currentRow();
    return row < 0 ? QString() : m_model->manifestPathAt(row);
}

void ProjectsController::reloadSelected()
{
    const int row = currentRow();
    if (row >= 0)
        load(m_model->manifestPathAt(row));
}

void ProjectsController::closeSelected()
{
    const int row = currentRow();
    if (row >= 0)
        m_model->removeProject(row);
    showSelected();
}

void ProjectsController::showSelected()
{
    const int row = currentRow();
    if (row < 0) {
        m_dockerfile->showEmpty();
        return;
    }
    const project::Project* m = m_model->manifestAt(row);
    if (!m) {
        QStringList lines;
        for (const auto& issue : m_model->issuesAt(row))
            lines << issue.toString();
        m_dockerfile->showProblem(tr("%1 has problems; fix them and reload (F5)")
                                      .arg(QDir::toNativeSeparators(m_model->manifestPathAt(row))),
                                  lines);
        return;
    }
    dockerfile::GeneratorOptions options;
    options.bases.node = m_settings->string(K::BaseImageNode);
    options.bases.nodeDebian = m_settings->string(K::BaseImageNodeDebian);
    options.bases.python = m_settings->string(K::BaseImagePython);
    const auto generated = dockerfile::generateDockerfile(*m, options);
    if (!generated) {
        m_dockerfile->showProblem(tr("No Dockerfile for %1").arg(m->name), generated.error());
        return;
    }
    m_dockerfile->showDockerfile(m->name, m->projectDir, generated->text, generated->notes);
}

} // namespace mcpdock::widgets
