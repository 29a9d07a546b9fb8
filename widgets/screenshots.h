#pragma once

#include <QString>

namespace mcpdock::widgets {

class MainWindow;

// For scripts/screenshots.sh (README images): waits until the window has talked to the daemon,
// optionally builds the selected project, then saves a PNG of each pane and of the settings
// dialog's pages into dir and quits the application.
void takeScreenshots(MainWindow* window, const QString& dir, bool build);

} // namespace mcpdock::widgets
