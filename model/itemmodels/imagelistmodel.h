#pragma once

#include "registry/localimage.h"

#include <QAbstractTableModel>
#include <QList>

namespace mcpdock {

// The Images tab: images MCP Dock built. Sorting and filtering go through a QSortFilterProxyModel
// set to SortRole (raw values, so sizes and dates sort as numbers and times, not as text).
class ImageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RepositoryColumn,
        TagsColumn,
        SizeColumn,
        CreatedColumn,
        ToolsColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole,      // sha256:...
        TagListRole, // QStringList of full references
        ProjectRole, // project name from our labels
        FilterRole,  // everything the filter box matches, in one string
    };

    explicit ImageListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the list with a minimal diff keyed by image ID: rows that went away are removed,
    // rows that changed get dataChanged, new ones are appended. Selections on unchanged rows survive
    // a refresh.
    void setImages(const QList<registry::LocalImage>& images);
    const QList<registry::LocalImage>& images() const { return m_images; }
    const registry::LocalImage* imageAt(int row) const;
    int rowOfId(const QString& id) const;

    static QString formatSize(qint64 bytes);

private:
    QList<registry::LocalImage> m_images;
};

} // namespace mcpdock
