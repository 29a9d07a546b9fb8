#pragma once

#include "registry/credentialresolver.h"
#include "registry/registrystore.h"

#include <QAbstractTableModel>
#include <QList>

namespace mcpdock {

// The Registries tab: configured registries, the username, and where a push would take the
// credential from. Resolving the source reads the keychain and may run a credential helper, so the
// window does it on a worker and hands the result in with setSource().
class RegistryListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RegistryColumn,
        UsernameColumn,
        NamespaceColumn,
        CredentialColumn,
        ColumnCount
    };
    enum Role
    {
        HostRole = Qt::UserRole + 1, // the normalised host ("docker.io")
        SourceKindRole,              // int(registry::CredentialSource::Kind), -1 while unknown
    };

    struct Row
    {
        registry::RegistryEntry entry;
        bool sourceKnown = false;
        registry::CredentialSource source;
        QString sourceProblem; // when resolving failed (helper missing...), shown instead
    };

    explicit RegistryListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the list (keyed by host: known credential sources of unchanged entries are kept).
    void setRegistries(const QList<registry::RegistryEntry>& entries);
    void setSource(const QString& host, const registry::CredentialSource& source);
    void setSourceProblem(const QString& host, const QString& problem);

    int rowOfHost(const QString& host) const;
    const registry::RegistryEntry* entryAt(int row) const;

    // "Keychain", "Docker config", "Credential helper pass", "None": what the user reads.
    static QString describeSource(const registry::CredentialSource& source);
    static QString displayName(const registry::RegistryEntry& entry);

private:
    QList<Row> m_rows;
};

} // namespace mcpdock
