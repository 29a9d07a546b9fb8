#pragma once

#include <QStyledItemDelegate>

namespace mcpdock::widgets {

// Editors for SchemaFormModel's value column: a combo box for enums (the schema's values), a line
// edit for everything typed as text; booleans are check boxes the view draws itself.
class SchemaFormDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace mcpdock::widgets
