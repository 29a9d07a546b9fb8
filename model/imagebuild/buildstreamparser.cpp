#include "buildstreamparser.h"

#include <QRegularExpression>

#include <algorithm>

namespace mcpdock::imagebuild {
namespace {

const QRegularExpression& stepPattern()
{
    static const QRegularExpression re(QStringLiteral("^Step (\\d+)/(\\d+) : (.*)$"));
    return re;
}

const QRegularExpression& arrowPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^ ---> (?:Running in ([0-9a-f]{12,64})|([0-9a-f]{12,64}))$"));
    return re;
}

} // namespace

BuildStreamParser::BuildStreamParser()
{
    m_timer.start();
    m_clock = [this] {
        return m_timer.elapsed();
    };
}

BuildStreamParser::BuildStreamParser(Clock clock)
    : m_clock(std::move(clock))
{
    m_timer.start();
}

int BuildStreamParser::cacheHits() const
{
    return static_cast<int>(
        std::count_if(m_steps.begin(), m_steps.end(), [](const StepRecord& s) { return s.cached; }));
}

QStringList BuildStreamParser::createdImageIds() const
{
    QStringList ids;
    for (const StepRecord& s : m_steps)
        if (!s.cached && !s.imageId.isEmpty() &&
            !s.instruction.startsWith(QLatin1String("FROM"), Qt::CaseInsensitive))
            ids << s.imageId;
    return ids;
}

QStringList BuildStreamParser::containerIds() const
{
    QStringList ids;
    for (const StepRecord& s : m_steps)
        if (!s.containerId.isEmpty())
            ids << s.containerId;
    return ids;
}

BuildEvent BuildStreamParser::makeEvent(BuildEvent::Kind kind, const QString& text) const
{
    BuildEvent e;
    e.kind = kind;
    e.time = m_now;
    e.elapsedMs = m_nowMs;
    e.step = currentStep();
    e.totalSteps = m_totalSteps;
    e.text = text;
    if (!m_steps.isEmpty())
        e.stepElapsedMs = e.elapsedMs - m_steps.last().startedMs;
    return e;
}

void BuildStreamParser::stamp()
{
    m_now = QDateTime::currentDateTimeUtc();
    m_nowMs = m_clock();
}

void BuildStreamParser::line(const QString& raw, QList<BuildEvent>& out)
{
    QString text = raw;
    // The classic builder wraps a step's stderr in colour codes (ESC[91m ... ESC[0m).
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;?]*[A-Za-z]"));
    if (text.contains(QLatin1Char('\x1b')))
        text.remove(ansi);
    // Progress bars redraw with \r: the last state of the line is what it says.
    const qsizetype cr = text.lastIndexOf(QLatin1Char('\r'), text.size() - 2);
    if (cr >= 0)
        text = text.mid(cr + 1);
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);

    // The patterns run only on lines that can match: most lines are a RUN's output.
    const auto step =
        text.startsWith(QLatin1String("Step ")) ? stepPattern().match(text) : QRegularExpressionMatch();
    if (step.hasMatch()) {
        const qint64 now = m_nowMs;
        if (!m_steps.isEmpty() && m_steps.last().elapsedMs < 0)
            m_steps.last().elapsedMs = now - m_steps.last().startedMs;
        StepRecord record;
        record.step = step.captured(1).toInt();
        record.totalSteps = step.captured(2).toInt();
        record.instruction = step.captured(3).trimmed();
        record.startedMs = now;
        m_totalSteps = record.totalSteps;
        m_steps.append(record);
        m_recent.clear();
        out.append(makeEvent(BuildEvent::Kind::Step, record.instruction));
        return;
    }
    if (text.isEmpty())
        return;

    m_recent.append(text);
    if (m_recent.size() > RecentLines)
        m_recent.removeFirst();

    if (text == QLatin1String(" ---> Using cache")) {
        if (!m_steps.isEmpty())
            m_steps.last().cached = true;
        BuildEvent e = makeEvent(BuildEvent::Kind::Output, text);
        e.cached = true;
        out.append(e);
        return;
    }
    const auto arrow =
        text.startsWith(QLatin1String(" ---> ")) ? arrowPattern().match(text) : QRegularExpressionMatch();
    if (arrow.hasMatch() && !m_steps.isEmpty()) {
        if (!arrow.captured(1).isEmpty())
            m_steps.last().containerId = arrow.captured(1);
        else
            m_steps.last().imageId = arrow.captured(2);
        BuildEvent e = makeEvent(BuildEvent::Kind::Output, text);
        e.cached = m_steps.last().cached;
        out.append(e);
        return;
    }
    if (text.startsWith(QLatin1String("[WARNING]"), Qt::CaseInsensitive)) {
        out.append(makeEvent(BuildEvent::Kind::Warning, text));
        return;
    }
    if (text.startsWith(QLatin1String("Successfully built ")) ||
        text.startsWith(QLatin1String("Successfully tagged "))) {
        out.append(makeEvent(BuildEvent::Kind::Info, text));
        return;
    }
    out.append(makeEvent(BuildEvent::Kind::Output, text));
}

QList<BuildEvent> BuildStreamParser::feed(const docker::JsonMessage& message)
{
    QList<BuildEvent> out;
    stamp();
    if (!message.stream.isEmpty()) {
        m_partial += message.stream;
        // One removal per message, not one per line: a buffered RUN message holds hundreds.
        qsizetype from = 0;
        qsizetype nl;
        while ((nl = m_partial.indexOf(QLatin1Char('\n'), from)) >= 0) {
            line(m_partial.mid(from, nl - from), out);
            from = nl + 1;
        }
        m_partial.remove(0, from);
    }
    if (!message.status.isEmpty()) {
        const QString text =
            message.id.isEmpty() ? message.status : message.id + QStringLiteral(": ") + message.status;
        if (message.current >= 0 || message.total >= 0) {
            BuildEvent e = makeEvent(BuildEvent::Kind::Progress, text);
            e.current = message.current;
            e.total = message.total;
            out.append(e);
        } else {
            out.append(makeEvent(BuildEvent::Kind::Info, text));
        }
    }
    if (!message.auxId.isEmpty()) {
        m_imageId = message.auxId;
        out.append(makeEvent(BuildEvent::Kind::ImageId, message.auxId));
    }
    if (message.isError()) {
        if (!m_partial.isEmpty()) {
            line(m_partial, out);
            m_partial.clear();
        }
        m_error = message.error;
        for (const QString& l : message.error.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out.append(makeEvent(BuildEvent::Kind::Error, l));
    }
    return out;
}

QList<BuildEvent> BuildStreamParser::finish()
{
    QList<BuildEvent> out;
    stamp();
    if (!m_partial.isEmpty()) {
        line(m_partial, out);
        m_partial.clear();
    }
    if (!m_steps.isEmpty() && m_steps.last().elapsedMs < 0)
        m_steps.last().elapsedMs = m_nowMs - m_steps.last().startedMs;
    return out;
}

} // namespace mcpdock::imagebuild
