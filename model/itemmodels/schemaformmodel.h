#pragma once

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <memory>

namespace mcpdock {

// A tool's inputSchema (JSON Schema) as an editable form tree: one row per property, nested objects
// as children, arrays with items that can be added and removed. Column 0 is the field's name (a
// required field ends in " *"), column 1 its value (editable for strings, numbers, integers, enums,
// booleans as a check box, and JSON text for schemas it cannot map), column 2 its type.
// validate() names every problem by the field's path ("location.lat", "tags[1]"); arguments()
// builds the JSON object to send.
class SchemaFormModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };
    enum Role
    {
        FieldTypeRole = Qt::UserRole + 1, // FieldType
        RequiredRole,                     // bool
        EnumValuesRole,                   // QStringList, for an Enum field's combo box
        PathRole,                         // "location.lat"
        DescriptionRole,                  // the schema's description
        IsSetRole,                        // bool: a value was given (or is the default)
    };
    enum class FieldType
    {
        String,
        Number,
        Integer,
        Boolean,
        Enum,
        Array,
        Object,
        Json, // oneOf/anyOf, or no type: the value is typed as JSON text
    };
    Q_ENUM(FieldType)

    explicit SchemaFormModel(QObject* parent = nullptr);
    ~SchemaFormModel() override;

    // Replaces the form; values start at each property's "default" where it has one.
    void setSchema(const QJsonObject& schema);
    QJsonObject schema() const { return m_schema; }
    // Fills the form from a call's arguments (history): arrays get as many items as the value has.
    void setArguments(const QJsonObject& arguments);

    // Array rows: append an item (its parent is the array row); remove the item at index.
    QModelIndex addItem(const QModelIndex& array);
    bool removeItem(const QModelIndex& item);

    // One sentence per problem, each starting with the field's path: "from: required",
    // "value: must be a number", "count: must be at least 1", "unit: must be one of a, b".
    QStringList validate() const;
    QJsonObject arguments() const;

    static QString typeName(FieldType type);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Node;

private:
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column) const;

    QJsonObject m_schema;
    std::unique_ptr<Node> m_root;
};

} // namespace mcpdock
