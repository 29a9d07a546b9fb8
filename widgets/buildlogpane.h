#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace mcpdock {
class BuildLogModel;
}

namespace mcpdock::widgets {

// The Build log tab: a view on the log model with a filter box, follow-tail (stops when the user
// scrolls up, resumes when they scroll back to the bottom), copy and save.
class BuildLogPane : public QWidget
{
    Q_OBJECT

public:
    explicit BuildLogPane(BuildLogModel* model, QWidget* parent = nullptr);

    bool isFollowingTail() const { return m_follow; }
    void setFollowTail(bool follow);
    QTreeView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

    void copySelection();
    void saveAs();

signals:
    void followTailChanged(bool following);

private:
    void scrollToTailSoon();

    BuildLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
    QLineEdit* m_filter;
    QCheckBox* m_errorsOnly;
    QCheckBox* m_followBox;
    bool m_follow = true;
    bool m_scrollPending = false;
};

} // namespace mcpdock::widgets
