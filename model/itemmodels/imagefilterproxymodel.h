#pragma once

#include <QSortFilterProxyModel>

namespace mcpdock {

// The Images tab's view of an ImageListModel: the filter box text (FilterRole) and, unless asked
// for, no untagged images. Those are earlier builds whose tags moved to a newer build of the same
// project: nothing can be run or pushed by name, and listing them next to the tagged builds made the
// list look like duplicates. "Prune old builds" removes them.
class ImageFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ImageFilterProxyModel(QObject* parent = nullptr);

    bool showUntagged() const { return m_showUntagged; }
    void setShowUntagged(bool show);
    // Untagged images in the source model, shown or not (for the "Show untagged (N)" toggle).
    int untaggedCount() const;

signals:
    void untaggedCountChanged(int count);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void sourceChanged();

    bool m_showUntagged = false;
    int m_lastUntagged = -1;
};

} // namespace mcpdock
