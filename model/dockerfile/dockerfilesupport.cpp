#include "dockerfilesupport.h"

#include "project/contextrule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mcpdock::dockerfile::support {

QString tr(const char* text)
{
    return QCoreApplication::translate("DockerfileGenerator", text);
}

// A JSON string literal: what exec-form instructions (COPY [...], RUN [...]) are made of.
QString jsonString(const QString& s)
{
    const QByteArray json = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString execForm(const QStringList& args)
{
    QStringList quoted;
    for (const QString& a : args)
        quoted.append(jsonString(a));
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

bool safeImageReference(const QString& ref)
{
    // [host[:port]/]path[:tag][@digest], nothing the Dockerfile lexer would expand or split on.
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*(:[0-9]+)?(/"
                       "[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9._-]{0,127})?"
                       "(@sha256:[a-f0-9]{64})?\\z"));
    return ref.size() <= 512 && re.match(ref).hasMatch();
}

bool safeProjectPath(const QString& path)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._@+-]+(/[A-Za-z0-9._@+-]+)*$"));
    return re.match(path).hasMatch() && !path.split(QLatin1Char('/')).contains(QStringLiteral(".."));
}

bool skippedInContext(const QString& name)
{
    return project::skippedInContext(name);
}

// Every file under a project folder that goes into the image (relative paths, sorted).
QStringList filesUnder(const QDir& project, const QString& folder)
{
    QStringList files;
    const QString root = project.canonicalPath() + QLatin1Char('/');
    QStringList stack{project.filePath(folder)};
    while (!stack.isEmpty()) {
        const QDir dir(stack.takeLast());
        const QFileInfoList entries =
            dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        for (const QFileInfo& fi : entries) {
            if (skippedInContext(fi.fileName()))
                continue;
            const QString canonical = fi.canonicalFilePath();
            if (canonical.isEmpty() || !canonical.startsWith(root))
                continue; // a link leading out of the project never reaches the context
            if (fi.isDir()) {
                if (!fi.isSymLink())
                    stack.append(fi.filePath());
            } else {
                files.append(project.relativeFilePath(fi.absoluteFilePath()));
            }
        }
    }
    files.sort();
    return files;
}

QString nodeMajor(const project::Project& m)
{
    return m.runtime.node.section(QLatin1Char('.'), 0, 0);
}

void addAppUser(Writer& w, const QString& folders, bool recursive)
{
    w.comment("A fixed non-root user owns /app. Written to /etc/passwd directly: the same on alpine "
              "(busybox) and Debian.");
    w.add(QStringLiteral("RUN ") +
          execForm(
              {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
               QStringLiteral("echo 'mcp:x:%1:%1:MCP server:/app:/sbin/nologin' >> /etc/passwd"
                              " && echo 'mcp:x:%1:' >> /etc/group"
                              " && mkdir -p %2 && chown %3%1:%1 /app")
                   .arg(QString::number(AppUid), folders, recursive ? QStringLiteral("-R ") : QString())}));
    w.add(QStringLiteral("WORKDIR /app"));
}

} // namespace mcpdock::dockerfile::support
