#pragma once

#include "registry/registrystore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace mcpdock::widgets {

// Where to push an image: a configured registry, the namespace and the tag. Shows the full
// reference that will be pushed.
class PushDialog : public QDialog
{
    Q_OBJECT

public:
    PushDialog(const QString& localReference, const QList<registry::RegistryEntry>& registries,
               QWidget* parent = nullptr);

    registry::RegistryEntry registry() const;
    QString nameSpace() const;
    QString tag() const;
    QString localReference() const { return m_local; }

private:
    void update();

    QString m_local;
    QList<registry::RegistryEntry> m_registries;
    QComboBox* m_registry;
    QLineEdit* m_namespace;
    QLineEdit* m_tag;
    QLabel* m_preview;
};

} // namespace mcpdock::widgets
