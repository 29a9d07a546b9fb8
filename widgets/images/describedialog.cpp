#include "describedialog.h"

#include "catalog/clientconfig.h"
#include "catalog/serverjson.h"
#include "dockerfile/labels.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mcpdock::widgets {

namespace {

QPlainTextEdit* codeView(const QString& objectName, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

} // namespace

DescribeDialog::DescribeDialog(const QJsonObject& inspect, const QString& reference, QWidget* parent)
    : QDialog(parent)
    , m_project(catalog::projectFromImage(inspect))
    , m_reference(reference)
{
    setWindowTitle(tr("Describe %1").arg(reference));
    setObjectName(QStringLiteral("describeDialog"));
    resize(760, 560);

    m_publishedAs = new QLineEdit(reference, this);
    m_publishedAs->setObjectName(QStringLiteral("describePublishedAs"));
    m_publishedAs->setPlaceholderText(QStringLiteral("ghcr.io/owner/name:1.0.0"));
    m_publishedAs->setToolTip(
        tr("The reference the image is published as (docker.io, ghcr.io or *.pkg.dev for "
           "the MCP Registry), optionally with @sha256:digest"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("describeState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_serverJsonView = codeView(QStringLiteral("describeServerJson"), this);
    m_gatewayView = codeView(QStringLiteral("describeGateway"), this);
    m_clientView = codeView(QStringLiteral("describeClient"), this);
    const QJsonObject labels =
        inspect.value(QStringLiteral("Config")).toObject().value(QStringLiteral("Labels")).toObject();
    const QJsonDocument gateway = QJsonDocument::fromJson(
        labels.value(QLatin1String(dockerfile::labels::DockerServerMetadata)).toString().toUtf8());
    m_gatewayView->setPlainText(
        gateway.isObject()
            ? QString::fromUtf8(gateway.toJson(QJsonDocument::Indented))
            : tr("This image has no io.docker.server.metadata label: build it with MCP Dock."));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_serverJsonView, tr("MCP Registry (server.json)"));
    m_tabs->addTab(m_gatewayView, tr("Docker MCP gateway (label)"));
    m_tabs->addTab(m_clientView, tr("Client configuration"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save server.json…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("describeSave"));
    auto* copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the text of the open tab"));

    auto* form = new QFormLayout;
    form->addRow(tr("Published as:"), m_publishedAs);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_publishedAs, &QLineEdit::textChanged, this, &DescribeDialog::update);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] {
        if (auto* view = qobject_cast<QPlainTextEdit*>(m_tabs->currentWidget()))
            QApplication::clipboard()->setText(view->toPlainText());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save server.json"),
                                                          QStringLiteral("server.json"), tr("JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !saveServerJson(path, &error))
            m_state->setText(error);
    });
    update();
}

QString DescribeDialog::publishedAs() const
{
    return m_publishedAs->text().trimmed();
}

void DescribeDialog::setPublishedAs(const QString& reference)
{
    m_publishedAs->setText(reference);
}

QString DescribeDialog::serverJsonText() const
{
    return m_serverJsonView->toPlainText();
}

QString DescribeDialog::gatewayText() const
{
    return m_gatewayView->toPlainText();
}

QString DescribeDialog::clientConfigText() const
{
    return m_clientView->toPlainText();
}

bool DescribeDialog::canSave() const
{
    return m_problems.isEmpty() && !m_serverJson.isEmpty();
}

bool DescribeDialog::saveServerJson(const QString& path, QString* error) const
{
    if (!canSave()) {
        *error = tr("server.json has problems: %1").arg(m_problems.join(QStringLiteral("; ")));
        return false;
    }
    QSaveFile f(path);
    const QByteArray bytes = QJsonDocument(m_serverJson).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void DescribeDialog::update()
{
    m_problems.clear();
    m_serverJson = {};
    const auto made = catalog::makeServerJson(m_project, publishedAs());
    if (made) {
        m_serverJson = *made;
        m_serverJsonView->setPlainText(
            QString::fromUtf8(QJsonDocument(*made).toJson(QJsonDocument::Indented)));
        m_state->setStyleSheet({});
        m_state->setText(
            tr("Valid for the MCP Registry (schema 2025-12-11 and its rules for OCI packages). Publish "
               "it with the registry's mcp-publisher after pushing the image."));
    } else {
        for (const catalog::ServerJsonProblem& p : made.error())
            m_problems << p.toString();
        m_serverJsonView->setPlainText(m_problems.join(QLatin1Char('\n')));
        m_state->setStyleSheet(QStringLiteral("color: #c01c28"));
        m_state->setText(
            tr("Not ready for the MCP Registry: %n problem(s).", nullptr, int(m_problems.size())));
    }
    m_save->setEnabled(canSave());
    m_clientView->setPlainText(QString::fromUtf8(
        QJsonDocument(catalog::clientConfiguration(m_project, m_reference)).toJson(QJsonDocument::Indented)));
}

} // namespace mcpdock::widgets
