#include "schemaformmodel.h"

#include <QBrush>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <vector>

namespace mcpdock {

struct SchemaFormModel::Node
{
    QString name; // property name, or "[i]" for an array item
    QJsonObject schema;
    FieldType type = FieldType::Json;
    bool required = false;
    bool isItem = false;
    QVariant value; // invalid: not set. QString for text fields, bool for booleans
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return static_cast<int>(i);
        return 0;
    }
    QString path() const
    {
        if (!parent || !parent->parent)
            return name;
        if (isItem)
            return parent->path() + name;
        return parent->path() + QLatin1Char('.') + name;
    }
    bool isSet() const
    {
        if (type == FieldType::Object) {
            for (const auto& c : children)
                if (c->isSet())
                    return true;
            return false;
        }
        if (type == FieldType::Array)
            return !children.empty();
        if (!value.isValid())
            return false;
        return type == FieldType::Boolean || !value.toString().isEmpty();
    }
};

namespace {

using FieldType = SchemaFormModel::FieldType;
using Node = SchemaFormModel::Node;

FieldType fieldTypeOf(const QJsonObject& schema)
{
    if (schema.contains(QStringLiteral("enum")))
        return FieldType::Enum;
    QString type;
    const QJsonValue t = schema.value(QStringLiteral("type"));
    if (t.isString())
        type = t.toString();
    else if (t.isArray()) // ["string", "null"]: the first that is not null
        for (const QJsonValue& v : t.toArray())
            if (v.toString() != QLatin1String("null")) {
                type = v.toString();
                break;
            }
    if (type.isEmpty() && schema.contains(QStringLiteral("properties")))
        type = QStringLiteral("object");
    if (type == QLatin1String("string"))
        return FieldType::String;
    if (type == QLatin1String("number"))
        return FieldType::Number;
    if (type == QLatin1String("integer"))
        return FieldType::Integer;
    if (type == QLatin1String("boolean"))
        return FieldType::Boolean;
    if (type == QLatin1String("array"))
        return FieldType::Array;
    if (type == QLatin1String("object") && schema.contains(QStringLiteral("properties")))
        return FieldType::Object;
    return FieldType::Json;
}

QString enumText(const QJsonValue& v)
{
    return v.isString() ? v.toString()
                        : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1);
}

QStringList enumValues(const QJsonObject& schema)
{
    QStringList out;
    for (const QJsonValue& v : schema.value(QStringLiteral("enum")).toArray())
        out << enumText(v);
    return out;
}

QString jsonText(const QJsonValue& v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return enumText(v);
}

// Parses JSON text that may be a scalar ("3", "\"a\"", "true").
bool parseJson(const QString& text, QJsonValue* out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return false;
    *out = doc.array().first();
    return true;
}

void fill(Node* node, const QJsonValue& value);

std::unique_ptr<Node> makeNode(const QString& name, const QJsonObject& schema, bool required, Node* parent)
{
    auto node = std::make_unique<Node>();
    node->name = name;
    node->schema = schema;
    node->type = fieldTypeOf(schema);
    node->required = required;
    node->parent = parent;
    if (node->type == FieldType::Object) {
        QStringList requiredNames;
        for (const QJsonValue& r : schema.value(QStringLiteral("required")).toArray())
            requiredNames << r.toString();
        const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
        // Required fields first, then the schema's order (QJsonObject sorts keys; the order of the
        // source is lost either way).
        QStringList names = props.keys();
        std::stable_sort(names.begin(), names.end(), [&](const QString& a, const QString& b) {
            return requiredNames.contains(a) && !requiredNames.contains(b);
        });
        for (const QString& p : names)
            node->children.push_back(
                makeNode(p, props.value(p).toObject(), requiredNames.contains(p), node.get()));
    }
    if (schema.contains(QStringLiteral("default")))
        fill(node.get(), schema.value(QStringLiteral("default")));
    return node;
}

std::unique_ptr<Node> makeItem(Node* array)
{
    auto item = makeNode(QStringLiteral("[%1]").arg(array->children.size()),
                         array->schema.value(QStringLiteral("items")).toObject(), true, array);
    item->isItem = true;
    return item;
}

void fill(Node* node, const QJsonValue& value)
{
    switch (node->type) {
    case FieldType::Object:
        for (auto& c : node->children)
            if (value.toObject().contains(c->name))
                fill(c.get(), value.toObject().value(c->name));
        break;
    case FieldType::Array:
        node->children.clear();
        for (const QJsonValue& v : value.toArray()) {
            node->children.push_back(makeItem(node));
            fill(node->children.back().get(), v);
        }
        break;
    case FieldType::Boolean:
        node->value = value.toBool();
        break;
    case FieldType::String:
        node->value = value.toString();
        break;
    case FieldType::Number:
    case FieldType::Integer:
    case FieldType::Enum:
        node->value = jsonText(value);
        break;
    case FieldType::Json: // as JSON text, a string with its quotes
        node->value = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1);
        break;
    }
}

void renumber(Node* array)
{
    for (size_t i = 0; i < array->children.size(); ++i)
        array->children[i]->name = QStringLiteral("[%1]").arg(i);
}

void checkRange(const Node* n, double v, QStringList* errors)
{
    const QString path = n->path();
    const QJsonObject& s = n->schema;
    if (s.value(QStringLiteral("minimum")).isDouble() && v < s.value(QStringLiteral("minimum")).toDouble())
        *errors << SchemaFormModel::tr("%1: must be at least %2")
                       .arg(path, jsonText(s.value(QStringLiteral("minimum"))));
    if (s.value(QStringLiteral("maximum")).isDouble() && v > s.value(QStringLiteral("maximum")).toDouble())
        *errors << SchemaFormModel::tr("%1: must be at most %2")
                       .arg(path, jsonText(s.value(QStringLiteral("maximum"))));
    if (s.value(QStringLiteral("exclusiveMinimum")).isDouble() &&
        v <= s.value(QStringLiteral("exclusiveMinimum")).toDouble())
        *errors << SchemaFormModel::tr("%1: must be more than %2")
                       .arg(path, jsonText(s.value(QStringLiteral("exclusiveMinimum"))));
    if (s.value(QStringLiteral("exclusiveMaximum")).isDouble() &&
        v >= s.value(QStringLiteral("exclusiveMaximum")).toDouble())
        *errors << SchemaFormModel::tr("%1: must be less than %2")
                       .arg(path, jsonText(s.value(QStringLiteral("exclusiveMaximum"))));
}

void validateNode(const Node* n, QStringList* errors)
{
    const QString path = n->path();
    if (!n->isSet()) {
        // An item of an array is always sent, so an empty one is missing too.
        if (n->required && n->type != FieldType::Object)
            *errors << SchemaFormModel::tr("%1: required").arg(path);
        else if (n->required && n->type == FieldType::Object)
            for (const auto& c : n->children)
                validateNode(c.get(), errors);
        return;
    }
    const QString text = n->value.toString();
    switch (n->type) {
    case FieldType::Object:
        for (const auto& c : n->children)
            validateNode(c.get(), errors);
        break;
    case FieldType::Array: {
        const QJsonObject& s = n->schema;
        const auto count = static_cast<double>(n->children.size());
        if (s.value(QStringLiteral("minItems")).isDouble() &&
            count < s.value(QStringLiteral("minItems")).toDouble())
            *errors << SchemaFormModel::tr("%1: needs at least %2 items")
                           .arg(path, jsonText(s.value(QStringLiteral("minItems"))));
        if (s.value(QStringLiteral("maxItems")).isDouble() &&
            count > s.value(QStringLiteral("maxItems")).toDouble())
            *errors << SchemaFormModel::tr("%1: takes at most %2 items")
                           .arg(path, jsonText(s.value(QStringLiteral("maxItems"))));
        for (const auto& c : n->children)
            validateNode(c.get(), errors);
        break;
    }
    case FieldType::Number: {
        bool ok = false;
        const double v = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            *errors << SchemaFormModel::tr("%1: must be a number, not \"%2\"").arg(path, text);
        else
            checkRange(n, v, errors);
        break;
    }
    case FieldType::Integer: {
        bool ok = false;
        const qlonglong v = text.trimmed().toLongLong(&ok);
        if (!ok)
            *errors << SchemaFormModel::tr("%1: must be a whole number, not \"%2\"").arg(path, text);
        else
            checkRange(n, static_cast<double>(v), errors);
        break;
    }
    case FieldType::Enum:
        if (!enumValues(n->schema).contains(text))
            *errors << SchemaFormModel::tr("%1: must be one of %2")
                           .arg(path, enumValues(n->schema).join(QStringLiteral(", ")));
        break;
    case FieldType::String: {
        const QJsonObject& s = n->schema;
        if (s.value(QStringLiteral("minLength")).isDouble() &&
            text.size() < s.value(QStringLiteral("minLength")).toInt())
            *errors << SchemaFormModel::tr("%1: must be at least %2 characters")
                           .arg(path, jsonText(s.value(QStringLiteral("minLength"))));
        if (s.value(QStringLiteral("maxLength")).isDouble() &&
            text.size() > s.value(QStringLiteral("maxLength")).toInt())
            *errors << SchemaFormModel::tr("%1: must be at most %2 characters")
                           .arg(path, jsonText(s.value(QStringLiteral("maxLength"))));
        break;
    }
    case FieldType::Json: {
        QJsonValue v;
        if (!parseJson(text, &v))
            *errors << SchemaFormModel::tr("%1: is not valid JSON").arg(path);
        break;
    }
    case FieldType::Boolean:
        break;
    }
}

QJsonValue valueOf(const Node* n)
{
    switch (n->type) {
    case FieldType::Object: {
        QJsonObject o;
        for (const auto& c : n->children)
            if (c->isSet() || (c->isItem && c->type == FieldType::Object))
                o.insert(c->name, valueOf(c.get()));
        return o;
    }
    case FieldType::Array: {
        QJsonArray a;
        for (const auto& c : n->children)
            a.append(valueOf(c.get()));
        return a;
    }
    case FieldType::Boolean:
        return n->value.toBool();
    case FieldType::String:
        return n->value.toString();
    case FieldType::Number:
        return n->value.toString().trimmed().toDouble();
    case FieldType::Integer:
        return n->value.toString().trimmed().toLongLong();
    case FieldType::Enum:
        for (const QJsonValue& v : n->schema.value(QStringLiteral("enum")).toArray())
            if (enumText(v) == n->value.toString())
                return v;
        return n->value.toString();
    case FieldType::Json: {
        QJsonValue v;
        return parseJson(n->value.toString(), &v) ? v : QJsonValue(n->value.toString());
    }
    }
    return {};
}

} // namespace

SchemaFormModel::SchemaFormModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->type = FieldType::Object;
}

SchemaFormModel::~SchemaFormModel() = default;

QString SchemaFormModel::typeName(FieldType type)
{
    switch (type) {
    case FieldType::String:
        return QStringLiteral("string");
    case FieldType::Number:
        return QStringLiteral("number");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::Enum:
        return QStringLiteral("enum");
    case FieldType::Array:
        return QStringLiteral("array");
    case FieldType::Object:
        return QStringLiteral("object");
    case FieldType::Json:
        return QStringLiteral("JSON");
    }
    return {};
}

void SchemaFormModel::setSchema(const QJsonObject& schema)
{
    beginResetModel();
    m_schema = schema;
    QJsonObject root = schema;
    if (!root.contains(QStringLiteral("properties")))
        root.insert(QStringLiteral("properties"), QJsonObject{});
    m_root = makeNode(QString(), root, true, nullptr);
    m_root->type = FieldType::Object;
    endResetModel();
}

void SchemaFormModel::setArguments(const QJsonObject& arguments)
{
    beginResetModel();
    fill(m_root.get(), arguments);
    endResetModel();
}

QModelIndex SchemaFormModel::addItem(const QModelIndex& array)
{
    Node* n = nodeOf(array);
    if (!n || n->type != FieldType::Array)
        return {};
    const int row = static_cast<int>(n->children.size());
    const QModelIndex parentIndex = indexOf(n, 0);
    beginInsertRows(parentIndex, row, row);
    n->children.push_back(makeItem(n));
    endInsertRows();
    const QModelIndex v = indexOf(n, ValueColumn);
    emit dataChanged(v, v);
    return index(row, 0, parentIndex);
}

bool SchemaFormModel::removeItem(const QModelIndex& item)
{
    Node* n = nodeOf(item);
    if (!n || !n->isItem)
        return false;
    Node* array = n->parent;
    const int row = n->row();
    beginRemoveRows(indexOf(array, 0), row, row);
    array->children.erase(array->children.begin() + row);
    endRemoveRows();
    renumber(array);
    if (!array->children.empty())
        emit dataChanged(indexOf(array->children.front().get(), 0), indexOf(array->children.back().get(), 0));
    const QModelIndex v = indexOf(array, ValueColumn);
    emit dataChanged(v, v);
    return true;
}

QStringList SchemaFormModel::validate() const
{
    QStringList errors;
    for (const auto& c : m_root->children)
        validateNode(c.get(), &errors);
    return errors;
}

QJsonObject SchemaFormModel::arguments() const
{
    return valueOf(m_root.get()).toObject();
}

SchemaFormModel::Node* SchemaFormModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : nullptr;
}

QModelIndex SchemaFormModel::indexOf(const Node* node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node*>(node));
}

QModelIndex SchemaFormModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node* p = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (row >= static_cast<int>(p->children.size()))
        return {};
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex SchemaFormModel::parent(const QModelIndex& child) const
{
    const Node* n = nodeOf(child);
    if (!n || !n->parent || n->parent == m_root.get())
        return {};
    return indexOf(n->parent, 0);
}

int SchemaFormModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node* p = parent.isValid() ? nodeOf(parent) : m_root.get();
    return static_cast<int>(p->children.size());
}

int SchemaFormModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant SchemaFormModel::data(const QModelIndex& index, int role) const
{
    const Node* n = nodeOf(index);
    if (!n)
        return {};
    switch (role) {
    case FieldTypeRole:
        return QVariant::fromValue(n->type);
    case RequiredRole:
        return n->required;
    case EnumValuesRole:
        return enumValues(n->schema);
    case PathRole:
        return n->path();
    case DescriptionRole:
        return n->schema.value(QStringLiteral("description")).toString();
    case IsSetRole:
        return n->isSet();
    case Qt::ToolTipRole: {
        const QString d = n->schema.value(QStringLiteral("description")).toString();
        return n->required && !n->isItem ? (d.isEmpty() ? tr("Required") : tr("%1 (required)").arg(d)) : d;
    }
    default:
        break;
    }
    if (index.column() == NameColumn) {
        if (role == Qt::DisplayRole)
            return n->required && !n->isItem ? QString(n->name + QStringLiteral(" *")) : n->name;
        if (role == Qt::FontRole && n->required && !n->isItem) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    if (index.column() == TypeColumn) {
        if (role == Qt::DisplayRole) {
            if (n->type == FieldType::Array) {
                const FieldType item = fieldTypeOf(n->schema.value(QStringLiteral("items")).toObject());
                return tr("array of %1").arg(typeName(item));
            }
            return typeName(n->type);
        }
        return {};
    }
    // ValueColumn
    if (n->type == FieldType::Boolean) {
        if (role == Qt::CheckStateRole)
            return n->value.toBool() ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return n->value.isValid() ? (n->value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                      : QString();
        if (role == Qt::EditRole)
            return n->value.toBool();
        return {};
    }
    if (n->type == FieldType::Array) {
        if (role == Qt::DisplayRole)
            return tr("%n item(s)", nullptr, static_cast<int>(n->children.size()));
        return {};
    }
    if (n->type == FieldType::Object) {
        if (role == Qt::DisplayRole)
            return tr("%n field(s)", nullptr, static_cast<int>(n->children.size()));
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return n->value.toString();
    if (role == Qt::ForegroundRole && !n->isSet() && n->required)
        return QBrush(Qt::darkRed);
    return {};
}

bool SchemaFormModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    Node* n = nodeOf(index);
    if (!n || index.column() != ValueColumn)
        return false;
    if (n->type == FieldType::Array || n->type == FieldType::Object)
        return false;
    if (n->type == FieldType::Boolean) {
        if (role == Qt::CheckStateRole)
            n->value = value.toInt() == Qt::Checked;
        else if (role == Qt::EditRole)
            n->value = value.toBool();
        else
            return false;
    } else {
        if (role != Qt::EditRole)
            return false;
        // Numbers typed as numbers arrive as doubles; the form keeps the text.
        n->value = value.isValid() ? value.toString() : QVariant();
    }
    emit dataChanged(index, index);
    // The parents' "n fields" and "is set" change with their children.
    for (Node* p = n->parent; p && p != m_root.get(); p = p->parent) {
        const QModelIndex pi = indexOf(p, ValueColumn);
        emit dataChanged(pi, pi);
    }
    return true;
}

Qt::ItemFlags SchemaFormModel::flags(const QModelIndex& index) const
{
    const Node* n = nodeOf(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ValueColumn) {
        if (n->type == FieldType::Boolean)
            f |= Qt::ItemIsUserCheckable;
        else if (n->type != FieldType::Array && n->type != FieldType::Object)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant SchemaFormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace mcpdock
