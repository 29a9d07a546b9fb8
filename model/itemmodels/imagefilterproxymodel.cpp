#include "imagefilterproxymodel.h"

#include "itemmodels/imagelistmodel.h"

namespace mcpdock {

ImageFilterProxyModel::ImageFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ImageListModel::SortRole);
    setFilterRole(ImageListModel::FilterRole);
    setFilterKeyColumn(0);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // The count follows the source, whatever the proxy filters out.
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        if (QAbstractItemModel* source = sourceModel()) {
            connect(source, &QAbstractItemModel::rowsInserted, this, &ImageFilterProxyModel::sourceChanged);
            connect(source, &QAbstractItemModel::rowsRemoved, this, &ImageFilterProxyModel::sourceChanged);
            connect(source, &QAbstractItemModel::modelReset, this, &ImageFilterProxyModel::sourceChanged);
            connect(source, &QAbstractItemModel::dataChanged, this, &ImageFilterProxyModel::sourceChanged);
        }
        sourceChanged();
    });
}

void ImageFilterProxyModel::setShowUntagged(bool show)
{
    if (show == m_showUntagged)
        return;
    m_showUntagged = show;
    invalidateFilter();
}

int ImageFilterProxyModel::untaggedCount() const
{
    const QAbstractItemModel* source = sourceModel();
    if (!source)
        return 0;
    int count = 0;
    for (int row = 0; row < source->rowCount(); ++row)
        if (source->index(row, 0).data(ImageListModel::TagListRole).toStringList().isEmpty())
            ++count;
    return count;
}

bool ImageFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_showUntagged && sourceModel()
                               ->index(sourceRow, 0, sourceParent)
                               .data(ImageListModel::TagListRole)
                               .toStringList()
                               .isEmpty())
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

void ImageFilterProxyModel::sourceChanged()
{
    const int count = untaggedCount();
    if (count == m_lastUntagged)
        return;
    m_lastUntagged = count;
    emit untaggedCountChanged(count);
}

} // namespace mcpdock
