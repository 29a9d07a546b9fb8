#include "common/dialogs.h"

#include <QFileDialog>
#include <QInputDialog>

namespace mcpdock::widgets {
namespace {

struct SeamState
{
    std::optional<QMessageBox::StandardButton> nextAnswer;
    std::optional<QStringList> nextFileNames;
    std::optional<QString> nextText;
    Dialogs::Shown last;
    int count = 0;
};

SeamState& seam()
{
    static SeamState s;
    return s;
}

QMessageBox::StandardButton message(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                    const QString& text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton)
{
    SeamState& s = seam();
    s.last = {icon, title, text};
    ++s.count;
    if (s.nextAnswer) {
        const auto answer = *s.nextAnswer;
        s.nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return QMessageBox::StandardButton(box.exec());
}

std::optional<QStringList> takeFileNames()
{
    SeamState& s = seam();
    if (!s.nextFileNames)
        return std::nullopt;
    auto names = s.nextFileNames;
    s.nextFileNames.reset();
    return names;
}

} // namespace

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    seam().nextAnswer = answer;
}

void Dialogs::setNextFileName(const QString& fileName)
{
    seam().nextFileNames = fileName.isEmpty() ? QStringList() : QStringList{fileName};
}

void Dialogs::setNextFileNames(const QStringList& fileNames)
{
    seam().nextFileNames = fileNames;
}

void Dialogs::setNextText(const QString& text)
{
    seam().nextText = text;
}

QString Dialogs::getText(QWidget* parent, const QString& title, const QString& label, const QString& text)
{
    SeamState& s = seam();
    if (s.nextText) {
        const QString t = *s.nextText;
        s.nextText.reset();
        return t;
    }
    bool ok = false;
    const QString t = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    return ok ? t : QString();
}

Dialogs::Shown Dialogs::lastMessage()
{
    return seam().last;
}

int Dialogs::messageCount()
{
    return seam().count;
}

void Dialogs::clearHistory()
{
    seam() = SeamState{};
}

QMessageBox::StandardButton Dialogs::critical(QWidget* parent, const QString& title, const QString& text)
{
    return message(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton Dialogs::warning(QWidget* parent, const QString& title, const QString& text)
{
    return message(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton Dialogs::information(QWidget* parent, const QString& title, const QString& text)
{
    return message(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton Dialogs::question(QWidget* parent, const QString& title, const QString& text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    return message(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

QString Dialogs::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter)
{
    if (auto names = takeFileNames())
        return names->value(0);
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QStringList Dialogs::getOpenFileNames(QWidget* parent, const QString& caption, const QString& dir,
                                      const QString& filter)
{
    if (auto names = takeFileNames())
        return *names;
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString Dialogs::getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    if (auto names = takeFileNames())
        return names->value(0);
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

} // namespace mcpdock::widgets
