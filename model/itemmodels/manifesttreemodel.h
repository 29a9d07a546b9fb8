#pragma once

#include "expected.h"
#include "manifest/manifestloader.h"
#include "project/project.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>
#include <vector>

namespace mcpdock {

// The Manifests pane: every loaded project as a tree (project -> Tools, Connectors, Resources,
// Resource templates, Prompts, Inputs (when declared), Dependencies, Config), each project with its
// validation state. A manifest that failed to load shows its problems as children, each with file:line, and
// all of them in the project's tooltip.
class ManifestTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        NodeTypeRole = Qt::UserRole + 1, // NodeType
        StateRole,                       // ValidationState of the project the index belongs to
        ManifestPathRole,                // the project's manifest path
        ProjectRowRole,                  // top-level row of the project the index belongs to
        FileLocationRole,                // "file:line" of a tool, connector or problem; else empty
    };
    enum class NodeType
    {
        Project,
        Group,
        Tool,
        Connector,
        Dependency,
        Config,
        Problem,
        Resource,
        ResourceTemplate,
        Prompt,
        Input,
        Server, // a server with its own command: the command, its kind, where each value came from
    };
    Q_ENUM(NodeType)
    enum class ValidationState
    {
        Valid,
        Invalid
    };
    Q_ENUM(ValidationState)

    using LoadResult = Expected<project::Project, QList<project::ProjectIssue>>;

    explicit ManifestTreeModel(QObject* parent = nullptr);
    ~ManifestTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds a project, or replaces the one loaded from the same manifest path (a reload). Returns
    // its top-level row.
    int setProject(const QString& manifestPath, const LoadResult& result);
    void removeProject(int row);
    int projectCount() const { return int(m_projects.size()); }
    int rowOfPath(const QString& manifestPath) const;

    QString manifestPathAt(int row) const;
    // The validated manifest of a project, or nullptr when it did not load.
    const project::Project* manifestAt(int row) const;
    QList<project::ProjectIssue> issuesAt(int row) const;
    QString projectNameAt(int row) const;
    // The top-level row of the project index belongs to; -1 for an invalid index.
    int projectRowOf(const QModelIndex& index) const;

    static QString issueLocation(const project::ProjectIssue& issue); // "mcp.yaml:12"

private:
    struct Node;
    struct OpenProject;
    void buildChildren(OpenProject& p);
    Node* nodeOf(const QModelIndex& index) const;

    std::vector<std::unique_ptr<OpenProject>> m_projects;
};

} // namespace mcpdock
