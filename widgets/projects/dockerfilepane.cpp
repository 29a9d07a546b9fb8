#include "projects/dockerfilepane.h"

#include "common/dialogs.h"
#include "projects/dockerfilehighlighter.h"

#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace mcpdock::widgets {

DockerfilePane::DockerfilePane(QWidget* parent)
    : QWidget(parent)
{
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::PlainText);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setStyleSheet(QStringLiteral("QLabel { color: #7a5b00; }"));
    m_save = new QPushButton(tr("Save as…"), this);
    m_save->setObjectName(QStringLiteral("dockerfileSaveAs"));
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("dockerfileView"));
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new DockerfileHighlighter(m_editor->document());

    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notes);
    layout->addWidget(m_editor, 1);
    connect(m_save, &QPushButton::clicked, this, &DockerfilePane::saveAs);
    showEmpty();
}

void DockerfilePane::showDockerfile(const QString& projectName, const QString& projectDir,
                                    const QString& text, const QStringList& notes)
{
    m_projectDir = projectDir;
    m_text = text;
    m_header->setText(tr("Dockerfile for %1").arg(projectName));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    // A Dockerfile keeps its lines as they are (long JSON labels scroll sideways).
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlainText(text);
    m_save->setEnabled(true);
}

void DockerfilePane::showProblem(const QString& headline, const QStringList& details)
{
    m_text.clear();
    m_header->setText(headline);
    m_notes->setVisible(false);
    // Sentences, not Dockerfile lines: wrapped, so a long message is read without scrolling.
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setPlainText(details.join(QLatin1Char('\n')));
    m_save->setEnabled(false);
}

void DockerfilePane::showEmpty()
{
    m_text.clear();
    m_header->setText(tr("No project selected"));
    m_notes->setVisible(false);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setPlainText(tr("Open a manifest (Ctrl+O) or drop an mcp.yaml, mcp.yml or manifest.json on the "
                              "window; its generated Dockerfile appears here."));
    m_save->setEnabled(false);
}

QString DockerfilePane::text() const
{
    return m_text;
}

void DockerfilePane::saveAs()
{
    if (m_text.isEmpty())
        return;
    const QString suggested =
        QDir(m_projectDir.isEmpty() ? QDir::homePath() : m_projectDir).filePath(QStringLiteral("Dockerfile"));
    const QString file =
        Dialogs::getSaveFileName(this, tr("Save Dockerfile"), suggested, tr("All files (*)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_text.toUtf8()) < 0 || !out.commit()) {
        Dialogs::critical(this, tr("Save Dockerfile"),
                          tr("The Dockerfile could not be written to %1: %2. Choose another folder.")
                              .arg(file, out.errorString()));
    }
}

} // namespace mcpdock::widgets
