#include "jobs/jobspanel.h"

#include "jobs/jobqueue.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mcpdock::widgets {
namespace {

QString stateText(const Job* job)
{
    const QString elapsed = QStringLiteral("%1 s").arg(QLocale().toString(job->elapsedMs() / 1000.0, 'f', 1));
    switch (job->state()) {
    case Job::State::Queued:
        return JobsPanel::tr("Waiting for a free slot");
    case Job::State::Running:
        return job->status();
    case Job::State::Succeeded:
        return JobsPanel::tr("Done in %1. %2").arg(elapsed, job->resultMessage());
    case Job::State::Failed:
        return JobsPanel::tr("Failed: %1").arg(job->resultMessage());
    case Job::State::Cancelled:
        return JobsPanel::tr("Cancelled.");
    }
    return {};
}

} // namespace

JobsPanel::JobsPanel(JobQueue* queue, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
{
    auto* inner = new QWidget;
    m_list = new QVBoxLayout(inner);
    m_list->setContentsMargins(4, 4, 4, 4);
    m_empty =
        new QLabel(tr("No builds or pushes yet. Press Build (Ctrl+B) to build the selected project."), inner);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_list->addWidget(m_empty);
    m_list->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* clear = new QPushButton(tr("Clear finished"), this);
    auto* top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(clear, &QPushButton::clicked, m_queue, &JobQueue::clearFinished);
    connect(m_queue, &JobQueue::jobAdded, this, &JobsPanel::addRow);
    connect(m_queue, &JobQueue::jobRemoved, this, &JobsPanel::removeRow);
    for (Job* j : m_queue->jobs())
        addRow(j);
}

void JobsPanel::addRow(Job* job)
{
    auto* row = new QFrame;
    row->setObjectName(QStringLiteral("jobRow"));
    row->setFrameShape(QFrame::StyledPanel);
    auto* title = new QLabel(job->title(), row);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* status = new QLabel(row);
    status->setWordWrap(true);
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bar = new QProgressBar(row);
    bar->setObjectName(QStringLiteral("jobProgress"));
    auto* cancel = new QPushButton(tr("Cancel"), row);
    auto* grid = new QGridLayout(row);
    grid->addWidget(title, 0, 0);
    grid->addWidget(cancel, 0, 1);
    grid->addWidget(bar, 1, 0, 1, 2);
    grid->addWidget(status, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);

    auto update = [job, bar, status, cancel] {
        if (job->maximum() > 0) {
            // Bytes can exceed int: scale to per-mille.
            const bool big = job->maximum() > 1'000'000;
            bar->setRange(0, big ? 1000 : int(job->maximum()));
            bar->setValue(big ? int(job->value() * 1000 / job->maximum()) : int(job->value()));
            if (job->kind() == Job::Kind::Build)
                bar->setFormat(JobsPanel::tr("Step %1 of %2").arg(job->value()).arg(job->maximum()));
            else if (big)
                bar->setFormat(QStringLiteral("%p%"));
        } else if (job->state() == Job::State::Running) {
            bar->setRange(0, 0); // busy until the total is known
        } else {
            bar->setRange(0, 1);
            bar->setValue(job->state() == Job::State::Succeeded ? 1 : 0);
        }
        status->setText(stateText(job));
        cancel->setVisible(job->isActive());
        if (job->state() == Job::State::Failed)
            status->setStyleSheet(QStringLiteral("QLabel { color: #c01c28; }"));
    };
    connect(job, &Job::progressChanged, row, update);
    connect(job, &Job::stateChanged, row, update);
    connect(cancel, &QPushButton::clicked, job, &Job::cancel);
    update();

    m_rows.insert(job, row);
    m_empty->hide();
    m_list->insertWidget(m_list->count() - 1, row);
}

void JobsPanel::removeRow(Job* job)
{
    delete m_rows.take(job);
    m_empty->setVisible(m_rows.isEmpty());
}

} // namespace mcpdock::widgets
