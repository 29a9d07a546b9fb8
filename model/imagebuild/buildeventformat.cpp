#include "buildeventformat.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mcpdock::imagebuild {

QString BuildEventFormat::elapsed(qint64 ms)
{
    const qint64 tenths = ms / 100;
    return QStringLiteral("%1:%2.%3")
        .arg(tenths / 600, 2, 10, QLatin1Char('0'))
        .arg((tenths / 10) % 60, 2, 10, QLatin1Char('0'))
        .arg(tenths % 10);
}

QString BuildEventFormat::kindName(BuildEvent::Kind kind)
{
    switch (kind) {
    case BuildEvent::Kind::Info:
        return QStringLiteral("info");
    case BuildEvent::Kind::Step:
        return QStringLiteral("step");
    case BuildEvent::Kind::Output:
        return QStringLiteral("output");
    case BuildEvent::Kind::Progress:
        return QStringLiteral("progress");
    case BuildEvent::Kind::Warning:
        return QStringLiteral("warning");
    case BuildEvent::Kind::Error:
        return QStringLiteral("error");
    case BuildEvent::Kind::ImageId:
        return QStringLiteral("image");
    }
    return QStringLiteral("info");
}

QString BuildEventFormat::line(const BuildEvent& event)
{
    switch (event.kind) {
    case BuildEvent::Kind::Step:
        return QStringLiteral("[%1/%2 %3] %4")
            .arg(event.step)
            .arg(event.totalSteps)
            .arg(elapsed(event.elapsedMs), event.text);
    case BuildEvent::Kind::Output:
        if (event.text == QLatin1String(" ---> Using cache"))
            return QStringLiteral("    %1").arg(
                QCoreApplication::translate("BuildEventFormat", "(from the cache)"));
        // The builder's bookkeeping (layer and container IDs) stays in the log and the JSON.
        if (event.text.startsWith(QLatin1String(" ---> ")) ||
            event.text.startsWith(QLatin1String("Removing intermediate container ")))
            return QString();
        return QStringLiteral("    ") + event.text;
    case BuildEvent::Kind::Progress:
        if (event.total > 0)
            return QStringLiteral("    %1 %2/%3 MB")
                .arg(event.text)
                .arg(event.current / 1e6, 0, 'f', 1)
                .arg(event.total / 1e6, 0, 'f', 1);
        return QStringLiteral("    ") + event.text;
    case BuildEvent::Kind::Warning:
        return QCoreApplication::translate("BuildEventFormat", "warning: %1").arg(event.text);
    case BuildEvent::Kind::Error:
        return QCoreApplication::translate("BuildEventFormat", "error: %1").arg(event.text);
    case BuildEvent::Kind::ImageId:
        return QString(); // the CLI prints the ID last, once
    case BuildEvent::Kind::Info:
        return event.text;
    }
    return event.text;
}

QJsonObject BuildEventFormat::toJson(const BuildEvent& event)
{
    QJsonObject o{{QStringLiteral("type"), kindName(event.kind)},
                  {QStringLiteral("time"), event.time.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("elapsedMs"), event.elapsedMs},
                  {QStringLiteral("text"), event.text}};
    if (event.step > 0) {
        o.insert(QStringLiteral("step"), event.step);
        o.insert(QStringLiteral("totalSteps"), event.totalSteps);
        o.insert(QStringLiteral("stepElapsedMs"), event.stepElapsedMs);
    }
    if (event.cached)
        o.insert(QStringLiteral("cached"), true);
    if (!event.platform.isEmpty())
        o.insert(QStringLiteral("platform"), event.platform);
    if (event.current >= 0)
        o.insert(QStringLiteral("current"), event.current);
    if (event.total >= 0)
        o.insert(QStringLiteral("total"), event.total);
    return o;
}

QJsonObject BuildEventFormat::toJson(const BuildResult& result)
{
    QJsonArray steps;
    for (const StepRecord& s : result.steps)
        steps.append(QJsonObject{{QStringLiteral("step"), s.step},
                                 {QStringLiteral("instruction"), s.instruction},
                                 {QStringLiteral("cached"), s.cached},
                                 {QStringLiteral("elapsedMs"), s.elapsedMs}});
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("result")},
                       {QStringLiteral("imageId"), result.imageId},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(result.tags)},
                       {QStringLiteral("elapsedMs"), result.elapsedMs},
                       {QStringLiteral("totalSteps"), result.totalSteps},
                       {QStringLiteral("cacheHits"), result.cacheHits},
                       {QStringLiteral("contextBytes"), result.contextBytes},
                       {QStringLiteral("excluded"), QJsonArray::fromStringList(result.excludedByIgnore)},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)},
                       {QStringLiteral("log"), result.logPath},
                       {QStringLiteral("steps"), steps}};
}

QJsonObject BuildEventFormat::toJson(const BuildFailure& failure)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("failure")},
                       {QStringLiteral("kind"), BuildFailure::kindName(failure.kind)},
                       {QStringLiteral("cause"), Diagnosis::kindName(failure.cause)},
                       {QStringLiteral("step"), failure.step},
                       {QStringLiteral("instruction"), failure.instruction},
                       {QStringLiteral("message"), failure.message},
                       {QStringLiteral("suggestion"), failure.suggestion},
                       {QStringLiteral("subject"), failure.subject},
                       {QStringLiteral("log"), failure.logPath},
                       {QStringLiteral("removedImages"), QJsonArray::fromStringList(failure.removedImages)}};
}

} // namespace mcpdock::imagebuild
