#pragma once

#include "try/trypane.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QDialog;
class QWidget;

namespace mcpdock {
class BuildLogModel;
class ImageListModel;
class ManifestTreeModel;
} // namespace mcpdock
namespace mcpdock::settings {
class Settings;
}

namespace mcpdock::widgets {

class ImagesPane;
class Job;
class JobQueue;
class RegistryController;
class TaskRunner;

// What the Images tab does with the daemon: list, tag, remove, prune, verify and push. Each talks to
// the daemon on a worker (TaskRunner) or as a job (JobQueue); dialogs open over the given parent.
class ImagesController : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        settings::Settings* settings;
        TaskRunner* tasks;
        JobQueue* jobs;
        BuildLogModel* log; // verify writes its lines here
        ImageListModel* images;
        ManifestTreeModel* projects; // verify compares with a loaded project of the same name
        RegistryController* registries;
        ImagesPane* pane;
    };
    ImagesController(Context context, QWidget* dialogParent);
    ~ImagesController() override; // closes the Try windows first: they use the history kept here

    // The image Push uses when nothing is selected.
    void setLastBuilt(const QString& id) { m_lastBuilt = id; }

public slots:
    void refresh();
    void tag(const QString& id, const QString& reference);
    void remove(const QString& id, const QString& reference);
    void prune();
    void verify(const QString& id, const QString& reference);
    // Opens (or raises) the Try window of the image.
    void tryImage(const QString& id, const QString& reference);
    // Reads the image's labels on a worker, then shows the Describe dialog.
    void describe(const QString& id, const QString& reference);
    // The selected image, else the last one built; says what to do when there is neither.
    void pushSelected();
    void push(const QString& reference);

signals:
    void refreshed(bool ok);
    // A verify or push job was queued (the window shows its progress and result).
    void jobStarted(mcpdock::widgets::Job* job);
    void statusMessage(const QString& text, int timeoutMs);
    // Push with nothing to push: the Images tab should be shown.
    void showRequested();
    void describeOpened(QDialog* dialog);
    void tryOpened(mcpdock::widgets::TryPane* pane);

private:
    Context m_c;
    QPointer<QWidget> m_parent;
    QString m_lastBuilt;
    QHash<QString, QPointer<TryPane>> m_tryPanes; // by image reference
    TryHistory m_tryHistory;                      // outlives the windows, for as long as the app runs
};

} // namespace mcpdock::widgets
