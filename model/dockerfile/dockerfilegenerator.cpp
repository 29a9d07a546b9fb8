#include "dockerfile/dockerfilegenerator.h"

#include "dockerfile/dockerfilestrategy.h"
#include "dockerfile/dockerfilesupport.h"

// The runtime files live in a resource of this static library; a static library's resources must
// be initialised by name, outside any namespace.
static void initRuntimeResource()
{
    Q_INIT_RESOURCE(runtime);
}

namespace mcpdock::dockerfile {

using project::Project;

QString labelValue(const QString& value)
{
    // A LABEL value in double quotes: the Dockerfile lexer treats \ " and $ specially, and a
    // newline would end the instruction, so control characters are folded to spaces.
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"') || c == QLatin1Char('$'))
            out += QLatin1Char('\\') + QString(c);
        else if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
                 c == QChar::ParagraphSeparator)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return QLatin1Char('"') + out + QLatin1Char('"');
}

BaseImages resolveBaseImages(const Project& m, const BaseImages& overrides)
{
    BaseImages b;
    b.node = overrides.node.isEmpty() ? QStringLiteral("node:%1-alpine").arg(m.runtime.node) : overrides.node;
    b.nodeDebian = overrides.nodeDebian.isEmpty()
                       ? QStringLiteral("node:%1-bookworm-slim").arg(m.runtime.node)
                       : overrides.nodeDebian;
    b.python = overrides.python.isEmpty() ? QStringLiteral("python:%1-slim").arg(m.runtime.python)
                                          : overrides.python;
    return b;
}

Expected<GeneratedDockerfile, QStringList> generateDockerfile(const Project& m,
                                                              const GeneratorOptions& options)
{
    initRuntimeResource();
    switch (m.kind) {
    case Project::Kind::ToolContract:
        return ToolContractStrategy().generate(m, options);
    case Project::Kind::SdkServer:
        return SdkServerStrategy().generate(m, options);
    case Project::Kind::Package:
        return PackageStrategy().generate(m, options);
    }
    return QStringList{support::tr("this kind of project cannot be built yet")};
}

} // namespace mcpdock::dockerfile
