#pragma once

#include "buildevent.h"
#include "docker/jsonmessage.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace mcpdock::imagebuild {

// What the parser learnt about one step of the classic builder.
struct StepRecord
{
    int step = 0;
    int totalSteps = 0;
    QString instruction; // "RUN npm ci --omit=dev"
    bool cached = false; // " ---> Using cache"
    qint64 startedMs = 0;
    qint64 elapsedMs = -1; // -1 while running
    QString imageId;       // " ---> 3f1c2d0b9a8e": the image this step committed (short ID)
    QString containerId;   // " ---> Running in 1234": the intermediate container
};

// Turns the daemon's JSON messages of POST /build (classic builder) into BuildEvents: "Step N/M :
// INSTR" lines, the output of each step line by line (a message may hold part of a line or many),
// cache hits, pull progress with bytes, [WARNING] lines, errors, and aux.ID as the image ID, each
// with the time since the build started and since its step started. It remembers what rollback and
// diagnosis need: the step that was running, its last output lines, the images and containers the
// build made.
class BuildStreamParser
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the build started

    BuildStreamParser();
    explicit BuildStreamParser(Clock clock);

    QList<BuildEvent> feed(const docker::JsonMessage& message);
    // Flushes an unterminated last line and closes the running step's time.
    QList<BuildEvent> finish();

    int currentStep() const { return m_steps.isEmpty() ? 0 : m_steps.last().step; }
    int totalSteps() const { return m_totalSteps; }
    QString currentInstruction() const { return m_steps.isEmpty() ? QString() : m_steps.last().instruction; }
    const QList<StepRecord>& steps() const { return m_steps; }
    int cacheHits() const;
    QStringList recentOutput() const { return m_recent; } // the running step's last lines (up to 50)
    QString imageId() const { return m_imageId; }
    QString error() const { return m_error; }
    // Images committed by steps that did not come from the cache (short IDs, oldest first).
    QStringList createdImageIds() const;
    QStringList containerIds() const;
    qint64 elapsedMs() const { return m_clock(); }

    static constexpr int RecentLines = 50;

private:
    BuildEvent makeEvent(BuildEvent::Kind kind, const QString& text) const;
    void line(const QString& text, QList<BuildEvent>& out);

    Clock m_clock;
    QElapsedTimer m_timer;
    QString m_partial; // output received without its newline yet
    // Taken once per feed()/finish(): every event of one daemon message carries the same time
    // (a clock read per line was a fifth of the parser's cost on chatty builds).
    QDateTime m_now;
    qint64 m_nowMs = 0;
    void stamp();
    QList<StepRecord> m_steps;
    int m_totalSteps = 0;
    QStringList m_recent;
    QString m_imageId;
    QString m_error;
};

} // namespace mcpdock::imagebuild
