#include "try/schemaformdelegate.h"

#include "itemmodels/schemaformmodel.h"

#include <QComboBox>
#include <QLineEdit>

namespace mcpdock::widgets {

using FieldType = SchemaFormModel::FieldType;

QWidget* SchemaFormDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    const auto type = index.data(SchemaFormModel::FieldTypeRole).value<FieldType>();
    if (type == FieldType::Enum) {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("schemaFormEnum"));
        if (!index.data(SchemaFormModel::RequiredRole).toBool())
            combo->addItem(QString()); // optional: leaving it empty sends nothing
        combo->addItems(index.data(SchemaFormModel::EnumValuesRole).toStringList());
        return combo;
    }
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("schemaFormText"));
    if (type == FieldType::Json)
        edit->setPlaceholderText(tr("JSON"));
    else if (type == FieldType::Number || type == FieldType::Integer)
        edit->setPlaceholderText(SchemaFormModel::typeName(type));
    Q_UNUSED(option)
    return edit;
}

void SchemaFormDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        combo->setCurrentIndex(qMax(0, combo->findText(value)));
    else if (auto* edit = qobject_cast<QLineEdit*>(editor))
        edit->setText(value);
}

void SchemaFormDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentText(), Qt::EditRole);
    else if (auto* edit = qobject_cast<QLineEdit*>(editor))
        model->setData(index, edit->text(), Qt::EditRole);
}

} // namespace mcpdock::widgets
