#include "registrylistmodel.h"

#include <QColor>
#include <QFileInfo>

namespace mcpdock {

using registry::CredentialSource;
using registry::RegistryEntry;

RegistryListModel::RegistryListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int RegistryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistryListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RegistryListModel::displayName(const RegistryEntry& entry)
{
    switch (entry.kind) {
    case RegistryEntry::Kind::DockerHub:
        return tr("Docker Hub (docker.io)");
    case RegistryEntry::Kind::Ghcr:
        return tr("GitHub Container Registry (ghcr.io)");
    case RegistryEntry::Kind::Private:
        break;
    }
    return entry.host;
}

QString RegistryListModel::describeSource(const CredentialSource& source)
{
    switch (source.kind) {
    case CredentialSource::Kind::None:
        return tr("None");
    case CredentialSource::Kind::Keychain:
        return tr("Keychain");
    case CredentialSource::Kind::CredHelper:
    case CredentialSource::Kind::CredsStore:
        return tr("Credential helper %1").arg(QStringLiteral("docker-credential-") + source.detail);
    case CredentialSource::Kind::ConfigAuths:
        return tr("Docker config (%1)").arg(QFileInfo(source.detail).fileName());
    }
    return {};
}

QVariant RegistryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RegistryColumn:
            return displayName(row.entry);
        case UsernameColumn:
            return row.entry.username;
        case NamespaceColumn:
            return row.entry.defaultNamespace;
        case CredentialColumn:
            if (!row.sourceProblem.isEmpty())
                return tr("Problem");
            return row.sourceKnown ? describeSource(row.source) : tr("Checking…");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CredentialColumn && !row.sourceProblem.isEmpty())
            return row.sourceProblem;
        if (index.column() == CredentialColumn && row.sourceKnown && !row.source.detail.isEmpty())
            return row.source.detail;
        if (index.column() == RegistryColumn)
            return row.entry.host;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == CredentialColumn && !row.sourceProblem.isEmpty())
            return QColor(0xc0, 0x1c, 0x28);
        return {};
    case HostRole:
        return row.entry.host;
    case SourceKindRole:
        return row.sourceKnown ? int(row.source.kind) : -1;
    }
    return {};
}

QVariant RegistryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegistryColumn:
        return tr("Registry");
    case UsernameColumn:
        return tr("Username");
    case NamespaceColumn:
        return tr("Namespace");
    case CredentialColumn:
        return tr("Credentials from");
    }
    return {};
}

int RegistryListModel::rowOfHost(const QString& host) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].entry.host == host)
            return i;
    }
    return -1;
}

const RegistryEntry* RegistryListModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].entry : nullptr;
}

void RegistryListModel::setRegistries(const QList<RegistryEntry>& entries)
{
    QList<Row> rows;
    for (const RegistryEntry& e : entries) {
        Row r;
        r.entry = e;
        const int old = rowOfHost(e.host);
        // The source depends on the username too; a changed entry is checked again.
        if (old >= 0 && m_rows[old].entry == e) {
            r.sourceKnown = m_rows[old].sourceKnown;
            r.source = m_rows[old].source;
            r.sourceProblem = m_rows[old].sourceProblem;
        }
        rows << r;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void RegistryListModel::setSource(const QString& host, const CredentialSource& source)
{
    const int row = rowOfHost(host);
    if (row < 0)
        return;
    m_rows[row].sourceKnown = true;
    m_rows[row].source = source;
    m_rows[row].sourceProblem.clear();
    emit dataChanged(index(row, CredentialColumn), index(row, CredentialColumn));
}

void RegistryListModel::setSourceProblem(const QString& host, const QString& problem)
{
    const int row = rowOfHost(host);
    if (row < 0)
        return;
    m_rows[row].sourceKnown = true;
    m_rows[row].source = {};
    m_rows[row].sourceProblem = problem;
    emit dataChanged(index(row, CredentialColumn), index(row, CredentialColumn));
}

} // namespace mcpdock
