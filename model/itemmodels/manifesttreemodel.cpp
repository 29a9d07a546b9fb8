#include "manifesttreemodel.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>

namespace mcpdock {

using project::ProjectIssue;
using project::ToolEntry;

struct ManifestTreeModel::Node
{
    NodeType type = NodeType::Group;
    Node* parent = nullptr;
    OpenProject* project = nullptr;
    int row = 0;
    QString name;
    QString detail;
    QString tooltip;
    QString location; // file:line
    std::vector<std::unique_ptr<Node>> children;

    Node* add(NodeType t, QString n, QString d = {}, QString tip = {}, QString loc = {})
    {
        auto child = std::make_unique<Node>();
        child->type = t;
        child->parent = this;
        child->project = project;
        child->row = int(children.size());
        child->name = std::move(n);
        child->detail = std::move(d);
        child->tooltip = std::move(tip);
        child->location = std::move(loc);
        children.push_back(std::move(child));
        return children.back().get();
    }
};

struct ManifestTreeModel::OpenProject
{
    QString path;
    std::optional<project::Project> manifest;
    QList<ProjectIssue> issues;
    Node root; // the top-level node; its children are the groups
};

ManifestTreeModel::ManifestTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

ManifestTreeModel::~ManifestTreeModel() = default;

QString ManifestTreeModel::issueLocation(const ProjectIssue& issue)
{
    const QString file = QFileInfo(issue.file).fileName();
    if (issue.line <= 0)
        return file;
    return QStringLiteral("%1:%2").arg(file).arg(issue.line);
}

namespace {

QString languageName(ToolEntry::Language l)
{
    switch (l) {
    case ToolEntry::Language::JavaScript:
        return QStringLiteral("JavaScript");
    case ToolEntry::Language::TypeScript:
        return QStringLiteral("TypeScript");
    case ToolEntry::Language::Python:
        return QStringLiteral("Python");
    }
    return {};
}

// Like ProjectIssue::toString(), kept here so the pane does not depend on the loader's object file.
QString issueText(const ProjectIssue& i)
{
    QString s = i.file;
    if (i.line > 0)
        s += QStringLiteral(":%1").arg(i.line);
    if (i.line > 0 && i.column > 0)
        s += QStringLiteral(":%1").arg(i.column);
    s += QStringLiteral(": ");
    if (!i.field.isEmpty())
        s += i.field + QStringLiteral(": ");
    return s + i.message;
}

} // namespace

void ManifestTreeModel::buildChildren(OpenProject& p)
{
    Node& root = p.root;
    root.type = NodeType::Project;
    root.project = &p;
    root.children.clear();
    const QString manifestFile = QFileInfo(p.path).fileName();

    if (!p.manifest) {
        root.name = QFileInfo(QFileInfo(p.path).absolutePath()).fileName();
        root.detail = tr("%n problem(s)", nullptr, int(p.issues.size()));
        QStringList lines;
        for (const ProjectIssue& i : p.issues)
            lines << issueText(i);
        root.tooltip = tr("%1 did not load:\n%2").arg(p.path, lines.join(QLatin1Char('\n')));
        Node* problems = root.add(NodeType::Group, tr("Problems"), QString::number(p.issues.size()));
        for (const ProjectIssue& i : p.issues) {
            const QString loc = issueLocation(i);
            const QString text =
                i.field.isEmpty() ? i.message : QStringLiteral("%1: %2").arg(i.field, i.message);
            problems->add(NodeType::Problem, text, loc, issueText(i), loc);
        }
        return;
    }

    const project::Project& m = *p.manifest;
    root.name = m.name;
    root.detail = m.version.isEmpty() ? tr("valid") : tr("%1 · valid").arg(m.version);
    root.tooltip = m.description.isEmpty() ? p.path : QStringLiteral("%1\n%2").arg(m.description, p.path);

    auto addEntries = [&](const QString& title, const QList<ToolEntry>& entries, NodeType type) {
        Node* group = root.add(NodeType::Group, title, QString::number(entries.size()));
        for (const ToolEntry& t : entries) {
            const QString loc =
                t.line > 0 ? QStringLiteral("%1:%2").arg(manifestFile).arg(t.line) : manifestFile;
            const QString tip = t.description.isEmpty()
                                    ? tr("%1 (%2), declared at %3").arg(t.file, languageName(t.language), loc)
                                    : tr("%1\n%2 (%3), declared at %4")
                                          .arg(t.description, t.file, languageName(t.language), loc);
            group->add(type, t.name, t.file, tip, loc);
        }
    };
    addEntries(tr("Tools"), m.tools, NodeType::Tool);
    addEntries(tr("Connectors"), m.connectors, NodeType::Connector);

    const auto location = [&](int line) {
        return line > 0 ? QStringLiteral("%1:%2").arg(manifestFile).arg(line) : manifestFile;
    };
    const auto tooltip = [](const QString& description, const QString& what, const QString& loc) {
        const QString declared = tr("%1, declared at %2").arg(what, loc);
        return description.isEmpty() ? declared : QStringLiteral("%1\n%2").arg(description, declared);
    };
    if (!m.resources.isEmpty()) {
        Node* group = root.add(NodeType::Group, tr("Resources"), QString::number(m.resources.size()));
        for (const project::ResourceEntry& r : m.resources) {
            const QString source = r.file.isEmpty() ? tr("%1 (%2)").arg(r.handler, languageName(r.language))
                                                    : tr("%1 (static)").arg(r.file);
            const QString loc = location(r.line);
            group->add(NodeType::Resource, r.name, r.uri,
                       tooltip(r.description, QStringLiteral("%1 · %2").arg(source, r.mimeType), loc), loc);
        }
    }
    if (!m.resourceTemplates.isEmpty()) {
        Node* group =
            root.add(NodeType::Group, tr("Resource templates"), QString::number(m.resourceTemplates.size()));
        for (const project::ResourceTemplateEntry& r : m.resourceTemplates) {
            const QString loc = location(r.line);
            group->add(NodeType::ResourceTemplate, r.name, r.uriTemplate,
                       tooltip(r.description, tr("%1 (%2)").arg(r.handler, languageName(r.language)), loc),
                       loc);
        }
    }
    if (!m.prompts.isEmpty()) {
        Node* group = root.add(NodeType::Group, tr("Prompts"), QString::number(m.prompts.size()));
        for (const project::PromptEntry& pr : m.prompts) {
            QStringList args;
            for (const project::PromptArgument& a : pr.arguments)
                args << (a.required ? a.name : a.name + QLatin1Char('?'));
            const QString loc = location(pr.line);
            const QString what = args.isEmpty() ? tr("%1 (%2)").arg(pr.file, languageName(pr.language))
                                                : tr("%1 (%2), arguments: %3")
                                                      .arg(pr.file, languageName(pr.language),
                                                           args.join(QStringLiteral(", ")));
            group->add(NodeType::Prompt, pr.name, pr.file, tooltip(pr.description, what, loc), loc);
        }
    }

    if (!m.env.isEmpty()) {
        Node* group = root.add(NodeType::Group, tr("Inputs"), QString::number(m.env.size()));
        for (const project::EnvVar& e : m.env) {
            QStringList traits;
            if (e.secret)
                traits << tr("secret");
            if (e.required)
                traits << tr("required");
            if (!e.defaultValue.isEmpty())
                traits << tr("default %1").arg(e.defaultValue);
            const QString loc = location(e.line);
            group->add(NodeType::Input, e.name, traits.join(QStringLiteral(", ")),
                       tooltip(e.description, tr("environment variable"), loc), loc);
        }
    }

    Node* deps = root.add(NodeType::Group, tr("Dependencies"));
    for (auto it = m.npmDependencies.cbegin(); it != m.npmDependencies.cend(); ++it)
        deps->add(NodeType::Dependency, it.key(), tr("npm %1").arg(it.value()));
    for (const QString& req : m.pythonRequirements)
        deps->add(NodeType::Dependency, req, tr("pip"));
    for (const QString& file : {m.packageJson, m.npmLockfile, m.requirementsTxt}) {
        if (!file.isEmpty())
            deps->add(NodeType::Dependency, file, tr("file"), QDir(m.projectDir).filePath(file));
    }
    deps->detail = QString::number(deps->children.size());

    if (m.configFile.isEmpty())
        root.add(NodeType::Config, tr("Config"), tr("none"),
                 tr("No config.yaml: the server starts with its defaults."));
    else
        root.add(NodeType::Config, tr("Config"), m.configFile, QDir(m.projectDir).filePath(m.configFile));
}

ManifestTreeModel::Node* ManifestTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : nullptr;
}

QModelIndex ManifestTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= int(m_projects.size()))
            return {};
        return createIndex(row, column, &m_projects[std::size_t(row)]->root);
    }
    if (parent.column() != 0)
        return {};
    Node* p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[std::size_t(row)].get());
}

QModelIndex ManifestTreeModel::parent(const QModelIndex& child) const
{
    Node* n = nodeOf(child);
    if (!n || !n->parent)
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int ManifestTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_projects.size());
    if (parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ManifestTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ManifestTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* n = nodeOf(index);
    const bool valid = n->project->manifest.has_value();
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? n->name : n->detail;
    case Qt::ToolTipRole:
        return n->tooltip.isEmpty() ? QVariant() : QVariant(n->tooltip);
    case Qt::ForegroundRole:
        if (n->type == NodeType::Problem ||
            (n->type == NodeType::Project && !valid && index.column() == DetailColumn))
            return QColor(0xc0, 0x1c, 0x28);
        if (n->type == NodeType::Project && valid && index.column() == DetailColumn)
            return QColor(0x26, 0x80, 0x3a);
        return {};
    case NodeTypeRole:
        return QVariant::fromValue(n->type);
    case StateRole:
        return QVariant::fromValue(valid ? ValidationState::Valid : ValidationState::Invalid);
    case ManifestPathRole:
        return n->project->path;
    case ProjectRowRole:
        return n->project->root.row;
    case FileLocationRole:
        return n->location;
    }
    return {};
}

QVariant ManifestTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Project") : tr("Details");
}

int ManifestTreeModel::rowOfPath(const QString& manifestPath) const
{
    for (std::size_t i = 0; i < m_projects.size(); ++i) {
        if (m_projects[i]->path == manifestPath)
            return int(i);
    }
    return -1;
}

int ManifestTreeModel::setProject(const QString& manifestPath, const LoadResult& result)
{
    auto p = std::make_unique<OpenProject>();
    p->path = manifestPath;
    if (result.ok())
        p->manifest = result.value();
    else
        p->issues = result.error();

    int row = rowOfPath(manifestPath);
    if (row >= 0) {
        // A reload: the old subtree goes, the new one takes its place.
        beginRemoveRows({}, row, row);
        m_projects.erase(m_projects.begin() + row);
        for (std::size_t i = std::size_t(row); i < m_projects.size(); ++i)
            m_projects[i]->root.row = int(i);
        endRemoveRows();
    } else {
        row = int(m_projects.size());
    }
    beginInsertRows({}, row, row);
    p->root.row = row;
    buildChildren(*p);
    m_projects.insert(m_projects.begin() + row, std::move(p));
    for (std::size_t i = std::size_t(row) + 1; i < m_projects.size(); ++i)
        m_projects[i]->root.row = int(i);
    endInsertRows();
    return row;
}

void ManifestTreeModel::removeProject(int row)
{
    if (row < 0 || row >= int(m_projects.size()))
        return;
    beginRemoveRows({}, row, row);
    m_projects.erase(m_projects.begin() + row);
    for (std::size_t i = std::size_t(row); i < m_projects.size(); ++i)
        m_projects[i]->root.row = int(i);
    endRemoveRows();
}

QString ManifestTreeModel::manifestPathAt(int row) const
{
    return row >= 0 && row < int(m_projects.size()) ? m_projects[std::size_t(row)]->path : QString();
}

const project::Project* ManifestTreeModel::manifestAt(int row) const
{
    if (row < 0 || row >= int(m_projects.size()) || !m_projects[std::size_t(row)]->manifest)
        return nullptr;
    return &*m_projects[std::size_t(row)]->manifest;
}

QList<ProjectIssue> ManifestTreeModel::issuesAt(int row) const
{
    return row >= 0 && row < int(m_projects.size()) ? m_projects[std::size_t(row)]->issues
                                                    : QList<ProjectIssue>();
}

QString ManifestTreeModel::projectNameAt(int row) const
{
    return row >= 0 && row < int(m_projects.size()) ? m_projects[std::size_t(row)]->root.name : QString();
}

int ManifestTreeModel::projectRowOf(const QModelIndex& index) const
{
    const Node* n = nodeOf(index);
    return n ? n->project->root.row : -1;
}

} // namespace mcpdock
