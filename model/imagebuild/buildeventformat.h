#pragma once

#include "buildevent.h"
#include "imagebuilder.h"

#include <QJsonObject>
#include <QString>

namespace mcpdock::imagebuild {

// How events look to people and to scripts; the CLI prints these, the GUI may show the same lines.
class BuildEventFormat
{
public:
    // "00:04.2": minutes, seconds and tenths since the build started.
    static QString elapsed(qint64 ms);
    // "[3/9 00:04.2] RUN npm ci" for steps, indented output, "warning: ...", "error: ...". Empty
    // for events not worth a line of their own (progress with an unchanged status is the caller's
    // business).
    static QString line(const BuildEvent& event);
    static QString kindName(BuildEvent::Kind kind); // "step", "output", "progress"...
    static QJsonObject toJson(const BuildEvent& event);
    static QJsonObject toJson(const BuildResult& result);
    static QJsonObject toJson(const BuildFailure& failure);
};

} // namespace mcpdock::imagebuild
