#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mcpdock::widgets {

class DockerfileHighlighter;

// The Dockerfile tab: the generated Dockerfile of the selected project, read-only and highlighted,
// with "Save as..." to export it. Shows why there is none when the project has problems.
class DockerfilePane : public QWidget
{
    Q_OBJECT

public:
    explicit DockerfilePane(QWidget* parent = nullptr);

    void showDockerfile(const QString& projectName, const QString& projectDir, const QString& text,
                        const QStringList& notes);
    void showProblem(const QString& headline, const QStringList& details);
    void showEmpty();

    QString text() const;
    QPlainTextEdit* editor() const { return m_editor; }
    void saveAs();

private:
    QLabel* m_header;
    QLabel* m_notes;
    QPlainTextEdit* m_editor;
    QPushButton* m_save;
    DockerfileHighlighter* m_highlighter;
    QString m_projectDir;
    QString m_text;
};

} // namespace mcpdock::widgets
