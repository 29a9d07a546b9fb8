#include "images/imagespane.h"

#include "itemmodels/imagefilterproxymodel.h"
#include "itemmodels/imagelistmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mcpdock::widgets {

ImagesPane::ImagesPane(ImageListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    auto* proxy = new ImageFilterProxyModel(this);
    proxy->setSourceModel(model);
    m_proxy = proxy;
    // Untagged images (earlier builds whose tags moved to a newer build) are hidden unless asked for.
    m_showUntagged = new QCheckBox(this);
    m_showUntagged->setObjectName(QStringLiteral("imagesShowUntagged"));
    m_showUntagged->setToolTip(tr("Earlier builds whose tags moved to a newer build of the same project. "
                                  "\"Prune old builds\" removes them."));
    const auto updateUntagged = [this](int count) {
        m_showUntagged->setText(tr("Show untagged (%1)").arg(count));
        m_showUntagged->setEnabled(count > 0 || m_showUntagged->isChecked());
    };
    updateUntagged(proxy->untaggedCount());
    connect(proxy, &ImageFilterProxyModel::untaggedCountChanged, this, updateUntagged);
    connect(m_showUntagged, &QCheckBox::toggled, proxy, &ImageFilterProxyModel::setShowUntagged);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by repository, tag or tool"));
    m_filter->setClearButtonEnabled(true);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    m_tag = new QPushButton(tr("Tag…"), this);
    m_push = new QPushButton(tr("Push…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    auto* prune = new QPushButton(tr("Prune old builds"), this);
    prune->setToolTip(tr("Remove all but the newest builds of each project (Settings → Images)"));
    m_verify = new QPushButton(tr("Verify"), this);
    m_verify->setObjectName(QStringLiteral("imagesVerify"));
    m_verify->setToolTip(tr("Start the image without network, do the MCP handshake and compare its tools "
                            "with the manifest"));
    m_try = new QPushButton(tr("Try…"), this);
    m_try->setObjectName(QStringLiteral("imagesTry"));
    m_try->setToolTip(tr("Start the image and use it like an MCP client: call its tools with arguments from "
                         "a form, read resources, render prompts"));
    m_describe = new QPushButton(tr("Describe…"), this);
    m_describe->setObjectName(QStringLiteral("imagesDescribe"));
    m_describe->setToolTip(
        tr("What the MCP Registry (server.json), Docker's MCP gateway and MCP clients need "
           "to know about the image, from its labels"));
    m_state = new QLabel(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("imagesView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImageListModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnWidth(ImageListModel::RepositoryColumn, 180);
    m_view->setColumnWidth(ImageListModel::TagsColumn, 220);
    m_view->setColumnWidth(ImageListModel::SizeColumn, 90);
    m_view->setColumnWidth(ImageListModel::CreatedColumn, 150);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_showUntagged);
    bar->addWidget(refresh);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_tag);
    actions->addWidget(m_push);
    actions->addWidget(m_verify);
    actions->addWidget(m_try);
    actions->addWidget(m_describe);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    actions->addWidget(m_state);
    actions->addWidget(prune);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(refresh, &QPushButton::clicked, this, &ImagesPane::refreshRequested);
    connect(prune, &QPushButton::clicked, this, &ImagesPane::pruneRequested);
    connect(m_tag, &QPushButton::clicked, this,
            [this] { emit tagRequested(selectedId(), selectedReference()); });
    connect(m_push, &QPushButton::clicked, this,
            [this] { emit pushRequested(selectedId(), selectedReference()); });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { emit removeRequested(selectedId(), selectedReference()); });
    connect(m_verify, &QPushButton::clicked, this,
            [this] { emit verifyRequested(selectedId(), selectedReference()); });
    connect(m_try, &QPushButton::clicked, this,
            [this] { emit tryRequested(selectedId(), selectedReference()); });
    connect(m_describe, &QPushButton::clicked, this,
            [this] { emit describeRequested(selectedId(), selectedReference()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImagesPane::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ImagesPane::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ImagesPane::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this,
            [this] { emit verifyRequested(selectedId(), selectedReference()); });
    updateButtons();
}

QString ImagesPane::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ImageListModel::IdRole).toString();
}

QString ImagesPane::selectedReference() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QStringList tags = rows.first().data(ImageListModel::TagListRole).toStringList();
    return tags.isEmpty() ? rows.first().data(ImageListModel::IdRole).toString() : tags.first();
}

void ImagesPane::selectId(const QString& id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectRow(i.row());
    m_view->scrollTo(i);
}

void ImagesPane::setBusy(bool busy, const QString& message)
{
    m_state->setText(busy ? message : QString());
}

void ImagesPane::updateButtons()
{
    const bool any = !selectedId().isEmpty();
    m_tag->setEnabled(any);
    m_push->setEnabled(any);
    m_remove->setEnabled(any);
    m_verify->setEnabled(any);
    m_try->setEnabled(any);
    m_describe->setEnabled(any);
}

} // namespace mcpdock::widgets
