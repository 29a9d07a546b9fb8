#include "imagelistmodel.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace mcpdock {

using registry::LocalImage;

namespace {

bool sameImage(const LocalImage& a, const LocalImage& b)
{
    return a.id == b.id && a.repository == b.repository && a.tags == b.tags && a.size == b.size &&
           a.created == b.created && a.projectName == b.projectName && a.projectVersion == b.projectVersion &&
           a.tools == b.tools && a.containers == b.containers;
}

} // namespace

ImageListModel::ImageListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ImageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

int ImageListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImageListModel::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

const LocalImage* ImageListModel::imageAt(int row) const
{
    return row >= 0 && row < m_images.size() ? &m_images[row] : nullptr;
}

int ImageListModel::rowOfId(const QString& id) const
{
    for (int i = 0; i < m_images.size(); ++i) {
        if (m_images[i].id == id)
            return i;
    }
    return -1;
}

QVariant ImageListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LocalImage& img = m_images[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RepositoryColumn:
            // An untagged image is an earlier build whose tags moved on: name its project.
            return img.repository.isEmpty() ? tr("%1 (untagged)").arg(img.projectName) : img.repository;
        case TagsColumn: {
            if (img.tags.isEmpty())
                return tr("previous build, no tag");
            // Within one repository the tag part is enough; other repositories keep their name.
            // The daemon lists tags alphabetically; "latest" and versions read better first, the
            // per-build timestamps last.
            QStringList ordered = img.tags;
            const auto rank = [](const QString& ref) {
                const QString tag = ref.section(QLatin1Char(':'), -1);
                if (tag == QLatin1String("latest"))
                    return 0;
                if (tag.size() > 1 && tag.front() == QLatin1Char('v') && tag.at(1).isDigit())
                    return 1;
                return tag.size() == 16 && tag.endsWith(QLatin1Char('Z')) && tag.at(8) == QLatin1Char('T')
                           ? 3
                           : 2;
            };
            std::stable_sort(ordered.begin(), ordered.end(),
                             [&](const QString& a, const QString& b) { return rank(a) < rank(b); });
            QStringList shown;
            for (const QString& ref : ordered) {
                const qsizetype colon = ref.lastIndexOf(QLatin1Char(':'));
                const bool sameRepo = colon > 0 && ref.left(colon) == img.repository &&
                                      !ref.mid(colon + 1).contains(QLatin1Char('/'));
                shown << (sameRepo ? ref.mid(colon + 1) : ref);
            }
            return shown.join(QStringLiteral(", "));
        }
        case SizeColumn:
            return formatSize(img.size);
        case CreatedColumn:
            return QLocale().toString(img.created.toLocalTime(), QLocale::ShortFormat);
        case ToolsColumn:
            return img.tools.join(QStringLiteral(", "));
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RepositoryColumn:
            return tr("%1 %2\nImage %3").arg(img.projectName, img.projectVersion, img.id);
        case TagsColumn:
            return img.tags.join(QLatin1Char('\n'));
        case SizeColumn:
            return tr("%n bytes", nullptr, int(std::min<qint64>(img.size, INT_MAX)));
        case CreatedColumn:
            return img.created.toLocalTime().toString(Qt::ISODate);
        case ToolsColumn:
            return img.tools.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case RepositoryColumn:
            return img.repository;
        case TagsColumn:
            return img.tags.join(QLatin1Char(' '));
        case SizeColumn:
            return img.size;
        case CreatedColumn:
            return img.created;
        case ToolsColumn:
            return img.tools.size();
        }
        return {};
    case IdRole:
        return img.id;
    case TagListRole:
        return img.tags;
    case ProjectRole:
        return img.projectName;
    case FilterRole:
        return QStringList{img.repository, img.tags.join(QLatin1Char(' ')), img.tools.join(QLatin1Char(' ')),
                           img.projectName, img.id}
            .join(QLatin1Char(' '));
    }
    return {};
}

QVariant ImageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RepositoryColumn:
        return tr("Repository");
    case TagsColumn:
        return tr("Tags");
    case SizeColumn:
        return tr("Size");
    case CreatedColumn:
        return tr("Created");
    case ToolsColumn:
        return tr("Tools");
    }
    return {};
}

void ImageListModel::setImages(const QList<LocalImage>& images)
{
    QHash<QString, int> incoming;
    for (int i = 0; i < images.size(); ++i)
        incoming.insert(images[i].id, i);

    // Remove rows that went away, from the bottom so row numbers stay valid; contiguous runs at once.
    for (int row = int(m_images.size()) - 1; row >= 0;) {
        if (incoming.contains(m_images[row].id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_images[first - 1].id))
            --first;
        beginRemoveRows({}, first, row);
        m_images.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // Update rows that stayed.
    QHash<QString, int> present;
    for (int row = 0; row < m_images.size(); ++row) {
        present.insert(m_images[row].id, row);
        const LocalImage& fresh = images[incoming.value(m_images[row].id)];
        if (!sameImage(m_images[row], fresh)) {
            m_images[row] = fresh;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }

    // Append new ones in the order given.
    QList<LocalImage> added;
    for (const LocalImage& img : images) {
        if (!present.contains(img.id))
            added << img;
    }
    if (!added.isEmpty()) {
        const int start = int(m_images.size());
        beginInsertRows({}, start, start + int(added.size()) - 1);
        m_images.append(added);
        endInsertRows();
    }
}

} // namespace mcpdock
