#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace mcpdock {
class ImageListModel;
}

namespace mcpdock::widgets {

// The Images tab: the images MCP Dock built, sortable and filterable, with the actions on the
// selected one. The window carries the actions out (they talk to the daemon on workers).
class ImagesPane : public QWidget
{
    Q_OBJECT

public:
    explicit ImagesPane(ImageListModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QCheckBox* showUntaggedBox() const { return m_showUntagged; }
    // The selected image's ID and its first tag; empty when nothing is selected.
    QString selectedId() const;
    QString selectedReference() const;
    void selectId(const QString& id);
    void setBusy(bool busy, const QString& message = {});

signals:
    void refreshRequested();
    void tagRequested(const QString& id, const QString& reference);
    void pushRequested(const QString& id, const QString& reference);
    void removeRequested(const QString& id, const QString& reference);
    void pruneRequested();
    void verifyRequested(const QString& id, const QString& reference);
    void tryRequested(const QString& id, const QString& reference);
    void describeRequested(const QString& id, const QString& reference);

private:
    void updateButtons();

    ImageListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QCheckBox* m_showUntagged;
    QLabel* m_state;
    QPushButton* m_tag;
    QPushButton* m_push;
    QPushButton* m_remove;
    QPushButton* m_verify;
    QPushButton* m_try;
    QPushButton* m_describe;
};

} // namespace mcpdock::widgets
