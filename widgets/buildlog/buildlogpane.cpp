#include "buildlog/buildlogpane.h"

#include "common/dialogs.h"
#include "itemmodels/buildlogmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mcpdock::widgets {
namespace {

// Text filter on the output column, optionally only warnings and errors.
class LogFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setProblemsOnly(bool on)
    {
        m_problemsOnly = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_problemsOnly) {
            const auto sev = sourceModel()
                                 ->index(row, 0, parent)
                                 .data(BuildLogModel::SeverityRole)
                                 .value<BuildLogModel::Severity>();
            if (sev != BuildLogModel::Severity::Error && sev != BuildLogModel::Severity::Warning)
                return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    bool m_problemsOnly = false;
};

} // namespace

BuildLogPane::BuildLogPane(BuildLogModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    // The proxy is attached only while a filter is active: a QSortFilterProxyModel between a
    // million-row log and its view costs a mapping update on every batch, for nothing when
    // everything is shown (tests/bench/bench_buildlogmodel measured 409 ms stalls).
    m_proxy = new LogFilterProxy(this);
    m_proxy->setFilterKeyColumn(BuildLogModel::TextColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("buildLogFilter"));
    m_filter->setPlaceholderText(tr("Filter the log"));
    m_filter->setClearButtonEnabled(true);
    m_errorsOnly = new QCheckBox(tr("Errors and warnings only"), this);
    m_followBox = new QCheckBox(tr("Follow"), this);
    m_followBox->setObjectName(QStringLiteral("buildLogFollow"));
    m_followBox->setToolTip(tr("Keep the newest line in view. Scrolling up stops following; scrolling back "
                               "to the bottom resumes."));
    m_followBox->setChecked(true);
    auto* copy = new QPushButton(tr("Copy"), this);
    copy->setToolTip(tr("Copy the selected lines (Ctrl+C)"));
    auto* save = new QPushButton(tr("Save…"), this);
    auto* clear = new QPushButton(tr("Clear"), this);

    // A flat table with fixed row heights: unlike a tree view it never lays out every row when
    // lines arrive, which is what keeps a million lines smooth.
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("buildLogView"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    showModel(m_model);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_errorsOnly);
    bar->addWidget(m_followBox);
    bar->addWidget(copy);
    bar->addWidget(save);
    bar->addWidget(clear);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &BuildLogPane::applyFilter);
    connect(m_errorsOnly, &QCheckBox::toggled, this, &BuildLogPane::applyFilter);
    connect(m_followBox, &QCheckBox::toggled, this, &BuildLogPane::setFollowTail);
    connect(copy, &QPushButton::clicked, this, &BuildLogPane::copySelection);
    connect(save, &QPushButton::clicked, this, &BuildLogPane::saveAs);
    connect(clear, &QPushButton::clicked, this, [this] { m_model->clear(); });

    auto* copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &BuildLogPane::copySelection);

    // The user scrolling decides: up stops following, back at the bottom resumes.
    QScrollBar* sb = m_view->verticalScrollBar();
    // actionTriggered comes with the new position already in sliderPosition(), before the value
    // moves: decide right there, so no pending scroll-to-bottom can win the race.
    connect(sb, &QScrollBar::actionTriggered, this,
            [this, sb](int) { setFollowTail(sb->sliderPosition() >= sb->maximum()); });
    connect(sb, &QScrollBar::sliderReleased, this,
            [this, sb] { setFollowTail(sb->value() >= sb->maximum()); });
    connect(sb, &QScrollBar::rangeChanged, this, [this] {
        if (m_follow)
            scrollToTailSoon();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            scrollToTailSoon();
    });
    m_view->installEventFilter(this);
    // Wheel and keyboard scrolling do not go through actionTriggered on every style.
    connect(sb, &QScrollBar::valueChanged, this, [this, sb](int value) {
        if (m_scrollPending)
            return;
        if (value < sb->maximum() && sb->isSliderDown())
            setFollowTail(false);
    });
}

void BuildLogPane::showModel(QAbstractItemModel* shown)
{
    m_view->setModel(shown);
    m_view->setColumnWidth(BuildLogModel::TimeColumn, 100);
    m_view->setColumnWidth(BuildLogModel::SourceColumn, 110);
    m_view->setColumnWidth(BuildLogModel::StepColumn, 60);
}

void BuildLogPane::applyFilter()
{
    auto* proxy = static_cast<LogFilterProxy*>(m_proxy);
    const bool filtering = !m_filter->text().isEmpty() || m_errorsOnly->isChecked();
    if (filtering && proxy->sourceModel() != m_model)
        proxy->setSourceModel(m_model);
    proxy->setFilterFixedString(m_filter->text());
    proxy->setProblemsOnly(m_errorsOnly->isChecked());
    QAbstractItemModel* shown = filtering ? static_cast<QAbstractItemModel*>(proxy) : m_model;
    if (m_view->model() != shown)
        showModel(shown);
    if (!filtering && proxy->sourceModel())
        proxy->setSourceModel(nullptr);
    if (m_follow)
        scrollToTailSoon();
}

void BuildLogPane::setFollowTail(bool follow)
{
    if (m_follow == follow)
        return;
    m_follow = follow;
    m_followBox->setChecked(follow);
    if (follow)
        scrollToTailSoon();
    emit followTailChanged(follow);
}

bool BuildLogPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        // The view moves its current row and scrolls to it; the scroll bar never sees a user
        // action, so decide here, before the view handles the key.
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool ctrl = key->modifiers().testFlag(Qt::ControlModifier);
        switch (key->key()) {
        case Qt::Key_PageUp:
        case Qt::Key_Up:
            setFollowTail(false);
            break;
        case Qt::Key_Home: // Ctrl+Home goes to the first line; Home alone moves within the row
            if (ctrl)
                setFollowTail(false);
            break;
        case Qt::Key_End: // End or Ctrl+End: back to the newest line, following again
            setFollowTail(true);
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BuildLogPane::scrollToTailSoon()
{
    // Coalesced with the model's batches: one scroll per event-loop turn, not per row.
    if (m_scrollPending)
        return;
    m_scrollPending = true;
    QTimer::singleShot(0, this, [this] {
        m_scrollPending = false;
        if (m_follow)
            m_view->scrollToBottom();
    });
}

void BuildLogPane::copySelection()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex& i : rows)
        lines << i.data(BuildLogModel::LineTextRole).toString();
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void BuildLogPane::saveAs()
{
    const QString file = Dialogs::getSaveFileName(this, tr("Save build log"),
                                                  QDir::home().filePath(QStringLiteral("build.log")),
                                                  tr("Log files (*.log *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || !m_model->save(&out) || !out.commit()) {
        Dialogs::critical(this, tr("Save build log"),
                          tr("The log could not be written to %1: %2. Choose another folder.")
                              .arg(file, out.errorString()));
    }
}

} // namespace mcpdock::widgets
