// SchemaFormModel: a tool's inputSchema as form rows, one case per field type, validation errors
// that name the field's path, and the arguments object built from what was typed.
#include "itemmodels/schemaformmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mcpdock;
using FieldType = SchemaFormModel::FieldType;

namespace {

QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (!doc.isObject())
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Every type the form maps, nested objects and an array of objects.
const char* FullSchema = R"({
  "type": "object",
  "properties": {
    "city": {"type": "string", "description": "Where", "minLength": 2},
    "days": {"type": "integer", "minimum": 1, "maximum": 14, "default": 3},
    "ratio": {"type": "number", "exclusiveMinimum": 0},
    "metric": {"type": "boolean"},
    "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
    "level": {"enum": [1, 2, 3]},
    "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 2},
    "where": {"type": "object", "properties": {"lat": {"type": "number"}, "lon": {"type": "number"}},
              "required": ["lat", "lon"]},
    "points": {"type": "array", "items": {"type": "object", "properties": {"x": {"type": "integer"}},
               "required": ["x"]}},
    "extra": {"anyOf": [{"type": "string"}, {"type": "number"}]}
  },
  "required": ["city", "unit", "where"]
})";

QModelIndex find(const SchemaFormModel& model, const QString& path, const QModelIndex& parent = {})
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, SchemaFormModel::NameColumn, parent);
        if (i.data(SchemaFormModel::PathRole).toString() == path)
            return i;
        if (const QModelIndex inner = find(model, path, i); inner.isValid())
            return inner;
    }
    return {};
}

bool set(SchemaFormModel& model, const QString& path, const QVariant& value, int role = Qt::EditRole)
{
    const QModelIndex i = find(model, path);
    if (!i.isValid())
        qFatal("no field %s", qPrintable(path));
    return model.setData(i.siblingAtColumn(SchemaFormModel::ValueColumn), value, role);
}

// A form with every required field filled and valid.
void fillValid(SchemaFormModel& model)
{
    set(model, QStringLiteral("city"), QStringLiteral("Berlin"));
    set(model, QStringLiteral("unit"), QStringLiteral("celsius"));
    set(model, QStringLiteral("where.lat"), QStringLiteral("52.5"));
    set(model, QStringLiteral("where.lon"), 13.4);
}

} // namespace

class TestSchemaFormModel : public QObject
{
    Q_OBJECT

private slots:
    void fieldsByType_data();
    void fieldsByType();
    void requiredMarked();
    void testerThroughEdits();
    void argumentsFromTypedValues();
    void validation_data();
    void validation();
    void arraysAddAndRemove();
    void setArgumentsRoundTrip();
    void emptySchema();
};

void TestSchemaFormModel::fieldsByType_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<QString>("typeText");
    QTest::newRow("string") << "city" << FieldType::String << "string";
    QTest::newRow("integer") << "days" << FieldType::Integer << "integer";
    QTest::newRow("number") << "ratio" << FieldType::Number << "number";
    QTest::newRow("boolean") << "metric" << FieldType::Boolean << "boolean";
    QTest::newRow("enum of strings") << "unit" << FieldType::Enum << "enum";
    QTest::newRow("enum without type") << "level" << FieldType::Enum << "enum";
    QTest::newRow("array") << "tags" << FieldType::Array << "array of string";
    QTest::newRow("object") << "where" << FieldType::Object << "object";
    QTest::newRow("nested number") << "where.lat" << FieldType::Number << "number";
    QTest::newRow("anyOf as JSON") << "extra" << FieldType::Json << "JSON";
}

void TestSchemaFormModel::fieldsByType()
{
    QFETCH(QString, path);
    QFETCH(FieldType, type);
    QFETCH(QString, typeText);
    SchemaFormModel model;
    model.setSchema(parse(FullSchema));
    const QModelIndex i = find(model, path);
    QVERIFY2(i.isValid(), qPrintable(path));
    QCOMPARE(i.data(SchemaFormModel::FieldTypeRole).value<FieldType>(), type);
    QCOMPARE(i.siblingAtColumn(SchemaFormModel::TypeColumn).data().toString(), typeText);
    const Qt::ItemFlags valueFlags = model.flags(i.siblingAtColumn(SchemaFormModel::ValueColumn));
    QCOMPARE(bool(valueFlags & Qt::ItemIsEditable),
             type != FieldType::Boolean && type != FieldType::Array && type != FieldType::Object);
    QCOMPARE(bool(valueFlags & Qt::ItemIsUserCheckable), type == FieldType::Boolean);
    QVERIFY(!(model.flags(i) & Qt::ItemIsEditable));
}

void TestSchemaFormModel::requiredMarked()
{
    SchemaFormModel model;
    model.setSchema(parse(FullSchema));
    QCOMPARE(model.rowCount(), 10);
    // Required fields come first, marked with " *" and RequiredRole.
    QStringList firstThree;
    for (int r = 0; r < 3; ++r)
        firstThree << model.index(r, 0).data().toString();
    firstThree.sort();
    QCOMPARE(firstThree,
             (QStringList{QStringLiteral("city *"), QStringLiteral("unit *"), QStringLiteral("where *")}));
    QVERIFY(find(model, QStringLiteral("city")).data(SchemaFormModel::RequiredRole).toBool());
    QVERIFY(!find(model, QStringLiteral("days")).data(SchemaFormModel::RequiredRole).toBool());
    QCOMPARE(find(model, QStringLiteral("days")).data().toString(), QStringLiteral("days"));
    QVERIFY(find(model, QStringLiteral("where.lat")).data(SchemaFormModel::RequiredRole).toBool());
    QCOMPARE(find(model, QStringLiteral("city")).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Where (required)"));
    QCOMPARE(find(model, QStringLiteral("unit")).data(SchemaFormModel::EnumValuesRole).toStringList(),
             (QStringList{QStringLiteral("celsius"), QStringLiteral("fahrenheit")}));
    QCOMPARE(find(model, QStringLiteral("level")).data(SchemaFormModel::EnumValuesRole).toStringList(),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
}

void TestSchemaFormModel::testerThroughEdits()
{
    SchemaFormModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(parse(FullSchema));
    fillValid(model);
    QVERIFY(set(model, QStringLiteral("metric"), Qt::Checked, Qt::CheckStateRole));
    const QModelIndex tags = find(model, QStringLiteral("tags"));
    const QModelIndex first = model.addItem(tags);
    QVERIFY(first.isValid());
    QCOMPARE(first.parent(), tags);
    model.addItem(tags);
    QCOMPARE(model.rowCount(tags), 2);
    QVERIFY(model.removeItem(model.index(0, 0, tags)));
    QCOMPARE(model.rowCount(tags), 1);
    QCOMPARE(model.index(0, 0, tags).data().toString(), QStringLiteral("[0]"));
    const QModelIndex points = find(model, QStringLiteral("points"));
    const QModelIndex point = model.addItem(points);
    QCOMPARE(model.rowCount(point), 1);
    model.setSchema(parse(R"({"type":"object","properties":{"a":{"type":"string"}}})"));
    QCOMPARE(model.rowCount(), 1);
}

void TestSchemaFormModel::argumentsFromTypedValues()
{
    SchemaFormModel model;
    model.setSchema(parse(FullSchema));
    fillValid(model);
    set(model, QStringLiteral("metric"), Qt::Unchecked, Qt::CheckStateRole); // touched: sent as false
    set(model, QStringLiteral("level"), QStringLiteral("2"));
    set(model, QStringLiteral("extra"), QStringLiteral("42"));
    const QModelIndex tags = find(model, QStringLiteral("tags"));
    model.setData(model.addItem(tags).siblingAtColumn(SchemaFormModel::ValueColumn), QStringLiteral("a"));
    const QModelIndex point = model.addItem(find(model, QStringLiteral("points")));
    model.setData(model.index(0, SchemaFormModel::ValueColumn, point), QStringLiteral("7"));
    QCOMPARE(model.validate(), QStringList());
    const QJsonObject expected = parse(R"({"city":"Berlin","unit":"celsius","where":{"lat":52.5,"lon":13.4},
        "days":3,"metric":false,"level":2,"extra":42,"tags":["a"],"points":[{"x":7}]})");
    QCOMPARE(model.arguments(), expected);
    // The types on the wire: an integer, a number, an enum value of its own JSON type.
    QVERIFY(model.arguments().value(QStringLiteral("level")).isDouble());
    QVERIFY(
        model.arguments().value(QStringLiteral("where")).toObject().value(QStringLiteral("lat")).isDouble());
    // An optional field left empty is not sent.
    QVERIFY(!model.arguments().contains(QStringLiteral("ratio")));
}

void TestSchemaFormModel::validation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::newRow("required string missing") << "city" << QVariant(QString()) << "city: required";
    QTest::newRow("required nested missing") << "where.lon" << QVariant(QString()) << "where.lon: required";
    QTest::newRow("too short") << "city" << QVariant(QStringLiteral("B"))
                               << "city: must be at least 2 characters";
    QTest::newRow("integer not a number")
        << "days" << QVariant(QStringLiteral("three")) << "days: must be a whole number, not \"three\"";
    QTest::newRow("integer with fraction")
        << "days" << QVariant(QStringLiteral("2.5")) << "days: must be a whole number, not \"2.5\"";
    QTest::newRow("below minimum") << "days" << QVariant(QStringLiteral("0")) << "days: must be at least 1";
    QTest::newRow("above maximum") << "days" << QVariant(QStringLiteral("15")) << "days: must be at most 14";
    QTest::newRow("at maximum") << "days" << QVariant(QStringLiteral("14")) << "";
    QTest::newRow("number not a number")
        << "ratio" << QVariant(QStringLiteral("1,5")) << "ratio: must be a number, not \"1,5\"";
    QTest::newRow("exclusive minimum")
        << "ratio" << QVariant(QStringLiteral("0")) << "ratio: must be more than 0";
    QTest::newRow("nested number") << "where.lat" << QVariant(QStringLiteral("north"))
                                   << "where.lat: must be a number, not \"north\"";
    QTest::newRow("enum outside") << "unit" << QVariant(QStringLiteral("kelvin"))
                                  << "unit: must be one of celsius, fahrenheit";
    QTest::newRow("enum of numbers outside")
        << "level" << QVariant(QStringLiteral("4")) << "level: must be one of 1, 2, 3";
    QTest::newRow("JSON text invalid")
        << "extra" << QVariant(QStringLiteral("{oops")) << "extra: is not valid JSON";
}

void TestSchemaFormModel::validation()
{
    QFETCH(QString, path);
    QFETCH(QVariant, value);
    QFETCH(QString, error);
    SchemaFormModel model;
    model.setSchema(parse(FullSchema));
    fillValid(model);
    QCOMPARE(model.validate(), QStringList());
    set(model, path, value);
    QCOMPARE(model.validate(), error.isEmpty() ? QStringList() : QStringList{error});
}

void TestSchemaFormModel::arraysAddAndRemove()
{
    SchemaFormModel model;
    model.setSchema(parse(FullSchema));
    fillValid(model);
    const QModelIndex tags = find(model, QStringLiteral("tags"));
    QVERIFY(!model.addItem(find(model, QStringLiteral("city"))).isValid()); // not an array
    QVERIFY(!model.removeItem(find(model, QStringLiteral("city"))));        // not an item
    for (int i = 0; i < 3; ++i)
        model.setData(model.addItem(tags).siblingAtColumn(SchemaFormModel::ValueColumn), QString::number(i));
    QCOMPARE(tags.siblingAtColumn(SchemaFormModel::ValueColumn).data().toString(),
             QStringLiteral("3 item(s)"));
    QCOMPARE(model.validate(), QStringList{QStringLiteral("tags: takes at most 2 items")});
    model.removeItem(model.index(1, 0, tags));
    QCOMPARE(model.validate(), QStringList());
    QCOMPARE(model.arguments().value(QStringLiteral("tags")).toArray(),
             (QJsonArray{QStringLiteral("0"), QStringLiteral("2")}));
    QCOMPARE(model.index(1, 0, tags).data(SchemaFormModel::PathRole).toString(), QStringLiteral("tags[1]"));
    // An empty item of an array of objects: its required field is missing, named by its path.
    model.addItem(find(model, QStringLiteral("points")));
    QCOMPARE(model.validate(), QStringList{QStringLiteral("points[0].x: required")});
}

void TestSchemaFormModel::setArgumentsRoundTrip()
{
    const QJsonObject args = parse(R"({"city":"Tokyo","unit":"fahrenheit","where":{"lat":35.5,"lon":139.7},
        "days":5,"metric":true,"level":3,"tags":["x","y"],"points":[{"x":1},{"x":2}],"extra":"s"})");
    SchemaFormModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(parse(FullSchema));
    model.setArguments(args);
    QCOMPARE(model.validate(), QStringList());
    QCOMPARE(model.arguments(), args);
    QCOMPARE(find(model, QStringLiteral("metric"))
                 .siblingAtColumn(SchemaFormModel::ValueColumn)
                 .data(Qt::CheckStateRole)
                 .toInt(),
             int(Qt::Checked));
}

void TestSchemaFormModel::emptySchema()
{
    SchemaFormModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(parse(R"({"type":"object"})"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.arguments(), QJsonObject());
    QCOMPARE(model.validate(), QStringList());
}

QTEST_APPLESS_MAIN(TestSchemaFormModel)
#include "tst_schemaformmodel.moc"
