#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace mcpdock::imagebuild {

// One thing that happened during a build, parsed from the daemon's stream. The CLI prints these,
// the GUI's log model stores them, .build.log writes them.
struct BuildEvent
{
    enum class Kind
    {
        Info,     // our own messages ("Sending build context", "Tagged weather:latest")
        Step,     // "Step 3/9 : RUN npm ci --omit=dev"
        Output,   // a line a step printed
        Progress, // pull/download progress with bytes
        Warning,
        Error,
        ImageId, // the final image ID
    };

    Kind kind = Kind::Info;
    QDateTime time;       // when it arrived (UTC)
    qint64 elapsedMs = 0; // since the build started
    int step = 0;         // current step, 1-based, 0 before the first
    int totalSteps = 0;   // M of "Step N/M", 0 when unknown
    QString text;         // one line, no trailing newline
    qint64 current = -1;  // Progress: bytes done
    qint64 total = -1;    // Progress: bytes in all
    // Added by the builder: the step's result came from the daemon's build cache (set on the
    // " ---> Using cache" event of that step), and the time since the current step started.
    bool cached = false;
    qint64 stepElapsedMs = 0;
    QString platform; // set by MultiPlatformBuilder: which platform's build this event is of
};

} // namespace mcpdock::imagebuild

Q_DECLARE_METATYPE(mcpdock::imagebuild::BuildEvent)
