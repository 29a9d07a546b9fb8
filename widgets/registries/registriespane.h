#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace mcpdock {
class RegistryListModel;
}

namespace mcpdock::widgets {

// The Registries tab (and the same list in the settings dialog): configured registries, username,
// where a push takes the credential from; add, edit, remove, test login.
class RegistriesPane : public QWidget
{
    Q_OBJECT

public:
    explicit RegistriesPane(RegistryListModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QString selectedHost() const;
    void selectHost(const QString& host);

signals:
    void addRequested();
    void editRequested(const QString& host);
    void removeRequested(const QString& host);
    void testLoginRequested(const QString& host);

private:
    void updateButtons();

    RegistryListModel* m_model;
    QTableView* m_view;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_test;
};

} // namespace mcpdock::widgets
