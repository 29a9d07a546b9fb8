#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QAbstractItemModel;
class QTableView;

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
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    // The filter; the view shows it only while a filter is set (see applyFilter).
    QSortFilterProxyModel* proxy() const { return m_proxy; }

    void copySelection();
    void saveAs();

signals:
    void followTailChanged(bool following);

protected:
    // Keyboard scrolling in the view: PageUp, Up and Ctrl+Home stop following, End resumes.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scrollToTailSoon();
    void applyFilter();
    void showModel(QAbstractItemModel* shown);

    BuildLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QCheckBox* m_errorsOnly;
    QCheckBox* m_followBox;
    bool m_follow = true;
    bool m_scrollPending = false;
};

} // namespace mcpdock::widgets
