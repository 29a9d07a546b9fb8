#include "mainwindow.h"

#include <QLabel>

namespace mcpdock::widgets {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("MCP Dock"));
    setCentralWidget(new QLabel(tr("Drop an mcp.yaml here"), this));
}

MainWindow::~MainWindow() = default;

} // namespace mcpdock::widgets
