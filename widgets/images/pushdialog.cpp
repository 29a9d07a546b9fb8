#include "images/pushdialog.h"

#include "itemmodels/registrylistmodel.h"
#include "registry/imagepusher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcpdock::widgets {

PushDialog::PushDialog(const QString& localReference, const QList<registry::RegistryEntry>& registries,
                       QWidget* parent)
    : QDialog(parent)
    , m_local(localReference)
    , m_registries(registries)
{
    setWindowTitle(tr("Push %1").arg(localReference));
    m_registry = new QComboBox(this);
    for (const auto& r : registries)
        m_registry->addItem(RegistryListModel::displayName(r));
    m_namespace = new QLineEdit(this);
    m_namespace->setPlaceholderText(tr("organisation or user"));
    m_tag = new QLineEdit(this);
    const qsizetype colon = localReference.lastIndexOf(QLatin1Char(':'));
    const bool hasTag = colon > localReference.lastIndexOf(QLatin1Char('/')) &&
                        !localReference.startsWith(QLatin1String("sha256:"));
    m_tag->setText(hasTag ? localReference.mid(colon + 1) : QStringLiteral("latest"));
    m_preview = new QLabel(this);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Registry:"), m_registry);
    form->addRow(tr("Namespace:"), m_namespace);
    form->addRow(tr("Tag:"), m_tag);
    form->addRow(tr("Pushes:"), m_preview);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Push"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_registry, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_registries.size())
            m_namespace->setText(m_registries[i].defaultNamespace.isEmpty()
                                     ? m_registries[i].username
                                     : m_registries[i].defaultNamespace);
        update();
    });
    connect(m_namespace, &QLineEdit::textChanged, this, &PushDialog::update);
    connect(m_tag, &QLineEdit::textChanged, this, &PushDialog::update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A private registry the user added is the likelier target than the presets.
    int initial = 0;
    for (int i = 0; i < registries.size(); ++i) {
        if (registries[i].kind == registry::RegistryEntry::Kind::Private) {
            initial = i;
            break;
        }
    }
    m_registry->setCurrentIndex(initial);
    if (!registries.isEmpty())
        m_namespace->setText(registries[initial].defaultNamespace.isEmpty()
                                 ? registries[initial].username
                                 : registries[initial].defaultNamespace);
    update();
    resize(520, sizeHint().height());
}

registry::RegistryEntry PushDialog::registry() const
{
    const int i = m_registry->currentIndex();
    return i >= 0 && i < m_registries.size() ? m_registries[i] : registry::RegistryEntry();
}

QString PushDialog::nameSpace() const
{
    return m_namespace->text().trimmed();
}

QString PushDialog::tag() const
{
    return m_tag->text().trimmed();
}

void PushDialog::update()
{
    const auto target = registry::ImagePusher::targetFor(m_local, registry(), nameSpace(), tag());
    if (target) {
        m_preview->setStyleSheet(QString());
        m_preview->setText(target->reference());
    } else {
        m_preview->setStyleSheet(QStringLiteral("QLabel { color: #c01c28; }"));
        m_preview->setText(target.error().text());
    }
    auto* box = findChild<QDialogButtonBox*>();
    for (QAbstractButton* b : box->buttons()) {
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(target.ok());
    }
}

} // namespace mcpdock::widgets
