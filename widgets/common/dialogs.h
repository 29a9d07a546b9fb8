#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace mcpdock::widgets {

// Every modal dialog the window opens goes through here, so GUI tests can answer them: a test sets
// the next answer or file name, the next dialog returns it without showing, and the test reads back
// what would have been shown (the KeePassXC seam).
class Dialogs
{
public:
    struct Shown
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
    };

    // Tests: the next message box returns this button without being shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: the next file dialog returns this (empty: cancelled) without being shown.
    static void setNextFileName(const QString& fileName);
    static void setNextFileNames(const QStringList& fileNames);
    // Tests: the next text prompt returns this (empty: cancelled) without being shown.
    static void setNextText(const QString& text);
    // What the last message box said (whether shown or answered by a test).
    static Shown lastMessage();
    static int messageCount();
    static void clearHistory();

    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title,
                                                   const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);

    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                   const QString& filter);
    static QStringList getOpenFileNames(QWidget* parent, const QString& caption, const QString& dir,
                                        const QString& filter);
    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir);
    // Empty when cancelled.
    static QString getText(QWidget* parent, const QString& title, const QString& label, const QString& text);
};

} // namespace mcpdock::widgets
