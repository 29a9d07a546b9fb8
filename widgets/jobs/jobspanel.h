#pragma once

#include <QHash>
#include <QWidget>

class QVBoxLayout;
class QLabel;

namespace mcpdock::widgets {

class Job;
class JobQueue;

// The Jobs dock: one row per build, push or verification with its own progress bar and a Cancel
// button; finished rows stay with their result until cleared.
class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPanel(JobQueue* queue, QWidget* parent = nullptr);

    QWidget* rowOf(Job* job) const { return m_rows.value(job); }

private:
    void addRow(Job* job);
    void removeRow(Job* job);

    JobQueue* m_queue;
    QVBoxLayout* m_list;
    QLabel* m_empty;
    QHash<Job*, QWidget*> m_rows;
};

} // namespace mcpdock::widgets
