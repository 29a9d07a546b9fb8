#include "registries/registriespane.h"

#include "itemmodels/registrylistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mcpdock::widgets {

RegistriesPane::RegistriesPane(RegistryListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("registriesView"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(RegistryListModel::RegistryColumn, 260);
    m_view->setColumnWidth(RegistryListModel::UsernameColumn, 140);
    m_view->setColumnWidth(RegistryListModel::NamespaceColumn, 120);

    auto* add = new QPushButton(tr("Add…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_test = new QPushButton(tr("Test login"), this);
    m_test->setToolTip(tr("Ask the Docker daemon to log in to the registry with the saved credentials"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &RegistriesPane::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(selectedHost()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(selectedHost()); });
    connect(m_test, &QPushButton::clicked, this, [this] { emit testLoginRequested(selectedHost()); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { emit editRequested(selectedHost()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegistriesPane::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &RegistriesPane::updateButtons);
    updateButtons();
}

QString RegistriesPane::selectedHost() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RegistryListModel::HostRole).toString();
}

void RegistriesPane::selectHost(const QString& host)
{
    const int row = m_model->rowOfHost(host);
    if (row >= 0)
        m_view->selectRow(row);
}

void RegistriesPane::updateButtons()
{
    const bool any = !selectedHost().isEmpty();
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
    m_test->setEnabled(any);
}

} // namespace mcpdock::widgets
