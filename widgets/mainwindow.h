#pragma once

#include <QMainWindow>

namespace mcpdock::widgets {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;
};

} // namespace mcpdock::widgets
